import {expect} from '@open-wc/testing';
import {type DepthClass} from '../src/element.js';
import {buildPlan, GOALS, planSessions, type Goal, type TreatmentPlan} from '../src/rules/index.js';
import {instantFromZoned, isoDate} from '../src/lib/zoned.js';
import {FREQUENCY_RULES, homeSessionOffsets, type HomeFrequencyRule} from '../src/rules/frequency.js';

/**
 * Facts sheet section 4, home: up to 0.3 mm at most 3 times a week, never two days in a row;
 * over 0.3 up to 0.5 mm at most once every 4 weeks. No separate 0.25 mm band.
 */
const SHORT = {depthClass: 'home', kind: 'weekly', maxPerWeek: 3, minGapDays: 2};
const LONG = {depthClass: 'upper-home', kind: 'spaced', everyWeeks: 4, minGapDays: 28};
/** Facts sheet section 4, clinic (seed): every course ends in a yearly touch-up. */
const MAINTENANCE = {kind: 'every-few-months', everyMonths: {min: 3, max: 6}, yearlyTouchUp: true};
const ACNE = {kind: 'monthly', months: {min: 4, max: 6}, yearlyTouchUp: true};
const BODY = {kind: 'sessions-in-all', sessions: {min: 4, max: 6}, apartMonths: 1, yearlyTouchUp: true};
const ADVISES = {kind: 'clinic-advises', yearlyTouchUp: true};

interface Device {
  label: string;
  needleDepth?: number;
  depthClass?: DepthClass;
}
const DEVICES: Device[] = [
  {label: 'no depth'},
  {label: '0.2 mm (home)', needleDepth: 0.2},
  {label: '0.25 mm (home)', needleDepth: 0.25},
  {label: '0.3 mm (home, its upper edge)', needleDepth: 0.3},
  {label: 'class home, length unknown', depthClass: 'home'},
  {label: '0.5 mm (upper home)', needleDepth: 0.5},
  {label: 'class upper-home, length unknown', depthClass: 'upper-home'},
  {label: '1.5 mm (professional)', needleDepth: 1.5},
  {label: 'class professional, length unknown', depthClass: 'professional'},
];

type Expected = Pick<TreatmentPlan, 'setting' | 'homeEffect' | 'deviceBelongsInClinic' | 'extraCare'> & {
  homeSchedules: unknown[];
  clinicCourse?: unknown;
};

/** The expected plan, written out from the facts sheet rather than from the code. */
function expected(goal: Goal, device: Device): Expected {
  const cls = device.depthClass ?? (device.needleDepth === undefined ? undefined : device.needleDepth <= 0.3 ? 'home' : device.needleDepth <= 0.5 ? 'upper-home' : 'professional');
  const professional = cls === 'professional';
  const bands = cls === 'upper-home' ? [LONG] : cls === 'home' ? [SHORT] : [SHORT, LONG];
  switch (goal) {
    case 'texture':
      return professional
        ? {setting: 'clinic', homeEffect: 'smoother-brighter', deviceBelongsInClinic: true, extraCare: false, homeSchedules: [], clinicCourse: MAINTENANCE}
        : {setting: 'home', homeEffect: 'smoother-brighter', deviceBelongsInClinic: false, extraCare: cls === 'upper-home', homeSchedules: bands};
    case 'fine-lines':
      return {
        setting: 'clinic',
        homeEffect: 'smoother-brighter',
        deviceBelongsInClinic: professional,
        extraCare: cls === 'upper-home',
        homeSchedules: professional ? [] : bands,
        clinicCourse: ADVISES,
      };
    case 'acne-scars':
      return {setting: 'clinic', homeEffect: 'not-meaningful', deviceBelongsInClinic: professional, extraCare: false, homeSchedules: [], clinicCourse: ACNE};
    case 'stretch-marks':
      return {setting: 'clinic', homeEffect: 'not-meaningful', deviceBelongsInClinic: professional, extraCare: false, homeSchedules: [], clinicCourse: BODY};
  }
}

describe('buildPlan: every goal × device (facts sheet section 4)', () => {
  for (const goal of GOALS) {
    for (const device of DEVICES) {
      it(`${goal} with ${device.label}`, () => {
        const plan = buildPlan({goal, needleDepth: device.needleDepth, depthClass: device.depthClass, clinicUrl: 'https://clinic.example/book'});
        const want = expected(goal, device);
        expect(plan.goal).to.equal(goal);
        expect(plan.setting, 'setting').to.equal(want.setting);
        expect(plan.homeEffect, 'homeEffect').to.equal(want.homeEffect);
        expect(plan.deviceBelongsInClinic, 'deviceBelongsInClinic').to.equal(want.deviceBelongsInClinic);
        expect(plan.extraCare, 'extraCare').to.equal(want.extraCare);
        expect(plan.homeSchedules, 'homeSchedules').to.deep.equal(want.homeSchedules);
        expect(plan.clinicCourse, 'clinicCourse').to.deep.equal(want.clinicCourse);
        // The clinic link goes with every plan that sends the shopper to a clinic, and only there.
        expect(plan.clinicUrl, 'clinicUrl').to.equal(want.clinicCourse ? 'https://clinic.example/book' : undefined);
      });
    }
  }

  it('never gives a home schedule for scars or stretch marks, nor for a professional device', () => {
    for (const goal of GOALS) {
      for (const device of DEVICES) {
        const plan = buildPlan({goal, ...device});
        if (goal === 'acne-scars' || goal === 'stretch-marks' || plan.deviceBelongsInClinic) {
          expect(plan.homeSchedules, `${goal} ${device.label}`).to.have.length(0);
        }
      }
    }
  });

  it('keeps only http(s) clinic links', () => {
    expect(buildPlan({goal: 'acne-scars', clinicUrl: 'javascript:alert(1)'}).clinicUrl).to.equal(undefined);
    expect(buildPlan({goal: 'acne-scars', clinicUrl: 'not a url'}).clinicUrl).to.equal(undefined);
    expect(buildPlan({goal: 'acne-scars', clinicUrl: 'http://clinic.example'}).clinicUrl).to.equal('http://clinic.example/');
    expect(buildPlan({goal: 'acne-scars'}).clinicUrl).to.equal(undefined);
  });

  it('rejects unknown goals and impossible depths with a clear error', () => {
    expect(() => buildPlan({goal: 'wrinkles' as Goal})).to.throw(TypeError, /wrinkles/);
    expect(() => buildPlan({goal: 'texture', depthClass: 'deep' as DepthClass})).to.throw(TypeError, /deep/);
    expect(() => buildPlan({goal: 'texture', needleDepth: -1})).to.throw(RangeError);
  });

  it('returns a frozen plan', () => {
    const plan = buildPlan({goal: 'texture', needleDepth: 0.2});
    expect(Object.isFrozen(plan)).to.equal(true);
    expect(Object.isFrozen(plan.homeSchedules)).to.equal(true);
  });
});

describe('planSessions', () => {
  const session = instantFromZoned({year: 2025, month: 1, day: 31}, {hour: 18, minute: 0}, 'Europe/Berlin');
  const dates = (plan: TreatmentPlan) =>
    planSessions(plan, session, 'Europe/Berlin').map((s) => `${s.kind} ${s.number} ${isoDate(s.date)}`);

  it('plans home-depth sessions at most 3 in any 7 days and never on two days in a row, for two weeks', () => {
    // Friday 31 January: Sunday, Tuesday, Friday, Sunday, Tuesday, Friday.
    for (const needleDepth of [0.2, 0.3]) {
      expect(dates(buildPlan({goal: 'texture', needleDepth}))).to.deep.equal([
        'home 1 2025-02-02',
        'home 2 2025-02-04',
        'home 3 2025-02-07',
        'home 4 2025-02-09',
        'home 5 2025-02-11',
        'home 6 2025-02-14',
      ]);
    }
  });

  it('keeps every home-depth schedule inside the rule, whatever the count', () => {
    const offsets = homeSessionOffsets(FREQUENCY_RULES.home as HomeFrequencyRule, 30);
    const days = [0, ...offsets];
    for (let i = 1; i < days.length; i++) expect(days[i] - days[i - 1]).to.be.at.least(2);
    for (const day of days) expect(days.filter((d) => d >= day && d < day + 7).length).to.be.at.most(3);
  });

  it('plans home sessions four weeks apart for longer needles', () => {
    expect(dates(buildPlan({goal: 'texture', needleDepth: 0.5}))).to.deep.equal([
      'home 1 2025-02-28',
      'home 2 2025-03-28',
      'home 3 2025-04-25',
    ]);
  });

  it('does not date home sessions when the needle length is unknown', () => {
    expect(dates(buildPlan({goal: 'texture'}))).to.deep.equal([]);
  });

  it('never dates clinic sessions: the shopper had none to count from, and the clinic sets the dates', () => {
    for (const goal of GOALS) {
      for (const device of DEVICES) {
        const kinds = planSessions(buildPlan({goal, ...device}), session, 'Europe/Berlin').map((s) => s.kind);
        expect(kinds.filter((k) => k !== 'home'), `${goal} ${device.label}`).to.deep.equal([]);
      }
    }
    expect(dates(buildPlan({goal: 'acne-scars', needleDepth: 0.25}))).to.deep.equal([]);
    expect(dates(buildPlan({goal: 'texture', needleDepth: 1}))).to.deep.equal([]);
  });

  it('counts from the shopper\'s calendar day, not UTC', () => {
    // 00:30 on 1 February in Tokyo is still 31 January in UTC.
    const tokyo = instantFromZoned({year: 2025, month: 2, day: 1}, {hour: 0, minute: 30}, 'Asia/Tokyo');
    const [first] = planSessions(buildPlan({goal: 'texture', needleDepth: 0.2}), tokyo, 'Asia/Tokyo');
    expect(isoDate(first.date)).to.equal('2025-02-03');
  });
});
