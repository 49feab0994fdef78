import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import fc from 'fast-check';
import {buildPlan} from '../src/rules/index.js';
import {buildIcs, type IcsEvent} from '../src/lib/ics.js';
import {buildCareCalendar} from '../src/features/care/calendar.js';
import {escapeText, foldLine, MAX_LINE_OCTETS} from '../src/lib/ics.js';
import {downloadIcs} from '../src/lib/download.js';
import {careCalendarFileName} from '../src/features/care/calendar.js';
import {instantFromZoned} from '../src/lib/zoned.js';
import {engine, enGbDates} from './support/engine.js';

const STAMP = new Date('2025-04-14T12:34:56Z');

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return {calendar, events};
}

/** Every physical line of the file as UTF-8 bytes: at most 75 octets, and valid UTF-8 on its own. */
function expectWellFolded(text: string) {
  expect(text.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  expect(/[^\r]\n/.test(text), 'bare LF').to.equal(false);
  expect(/\r[^\n]/.test(text), 'bare CR').to.equal(false);
  const strict = new TextDecoder('utf-8', {fatal: true});
  for (const line of text.slice(0, -2).split('\r\n')) {
    const bytes = new TextEncoder().encode(line);
    expect(bytes.length, line).to.be.at.most(MAX_LINE_OCTETS);
    expect(() => strict.decode(bytes), `split UTF-8 in ${line}`).not.to.throw();
  }
}

const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'test-1@microneedle-guide',
  start: {kind: 'utc', at: new Date('2025-04-17T12:00:00Z')},
  end: {kind: 'utc', at: new Date('2025-04-17T12:15:00Z')},
  summary: 'Summary',
  ...over,
});

describe('buildIcs (RFC 5545)', () => {
  it('writes the calendar frame and one VEVENT with UID, DTSTAMP, DTSTART, DTEND, SUMMARY', () => {
    const text = buildIcs({prodId: '-//test//EN', stamp: STAMP, events: [event({description: 'Details'})]});
    expect(text.split('\r\n')).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:test-1@microneedle-guide',
      'DTSTAMP:20250414T123456Z',
      'DTSTART:20250417T120000Z',
      'DTEND:20250417T121500Z',
      'SUMMARY:Summary',
      'DESCRIPTION:Details',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf\rg')).to.equal('a\\,b\\;c\\\\d\\ne\\nf\\ng');
    expect(escapeText('bell\u0007tab\tok')).to.equal('belltab\tok');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'ä'.repeat(40)}${'م'.repeat(40)}${'😀'.repeat(10)}`;
    const folded = foldLine(line);
    expectWellFolded(`${folded}\r\n`);
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
    // The first line holds 8 ASCII octets and 33 two-octet umlauts (74 octets): the next 'ä' would make 76.
    expect(folded.split('\r\n')[0]).to.equal(`SUMMARY:${'ä'.repeat(33)}`);
    expect(foldLine('short')).to.equal('short');
  });

  it('round-trips Arabic, German umlauts, escapes and newlines through ical.js', () => {
    const summary = 'تذكير: واقي الشمس كل يوم، حتى الإثنين; Größe, Übung\\Öl';
    const description = 'Zeile eins: Hautpflege für empfindliche Haut, täglich; bitte.\nالسطر الثاني: لا مكياج لمدة ٢٤ ساعة.\n\nEnde';
    const text = buildIcs({prodId: '-//test//EN', stamp: STAMP, name: 'Nachsorge', events: [event({summary, description})]});
    expectWellFolded(text);
    expect(text).to.contain('\r\n '); // it really was folded
    const {calendar, events} = parse(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Nachsorge');
    expect(events[0].summary).to.equal(summary);
    expect(events[0].description).to.equal(description);
  });

  it('round-trips any text (property test)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', minLength: 1, maxLength: 200}), fc.string({unit: 'grapheme', maxLength: 400}), (summary, description) => {
        const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/\r\n?/g, '\n');
        fc.pre(clean(summary).trim() !== '');
        const text = buildIcs({prodId: '-//test//EN', stamp: STAMP, events: [event({summary, description})]});
        expectWellFolded(text);
        const {events} = parse(text);
        expect(events[0].summary).to.equal(clean(summary));
        if (clean(description)) expect(events[0].description).to.equal(clean(description));
      }),
      {numRuns: 150}
    );
  });

  it('writes UTC instants and all-day dates as their own kinds', () => {
    const text = buildIcs({
      prodId: '-//test//EN',
      stamp: STAMP,
      events: [
        event({uid: 'utc'}),
        event({
          uid: 'date',
          start: {kind: 'date', date: {year: 2025, month: 4, day: 14}},
          end: {kind: 'date', date: {year: 2025, month: 4, day: 29}},
        }),
      ],
    });
    expect(text).to.contain('DTSTART;VALUE=DATE:20250414\r\n');
    const [utc, date] = parse(text).events;
    expect(utc.startDate.zone.tzid).to.equal('UTC');
    expect(utc.startDate.toJSDate().toISOString()).to.equal('2025-04-17T12:00:00.000Z');
    expect(date.startDate.isDate).to.equal(true);
    expect(date.startDate.toString()).to.equal('2025-04-14');
    expect(date.endDate.toString()).to.equal('2025-04-29');
  });

  it('refuses events that end before they start or mix kinds of time', () => {
    const build = (e: IcsEvent) => () => buildIcs({prodId: '-//t//EN', stamp: STAMP, events: [e]});
    expect(build(event({end: {kind: 'utc', at: new Date('2025-04-17T11:00:00Z')}}))).to.throw(RangeError);
    expect(build(event({end: {kind: 'date', date: {year: 2025, month: 4, day: 18}}}))).to.throw(RangeError, /utc.*date/);
  });
});

describe('the care calendar', () => {
  // Monday 14 April 2025, 14:00 in Berlin.
  const session = instantFromZoned({year: 2025, month: 4, day: 14}, {hour: 14, minute: 0}, 'Europe/Berlin');
  const input = {session, timeZone: 'Europe/Berlin', locale: 'en-GB', stamp: STAMP};
  const FOOTER = 'From the microneedling guide. This is general guidance, not medical advice.';

  type Row = [summary: string, start: string, end: string, descriptionIncludes: string[]];
  const when = (t: ICAL.Time) => (t.isDate ? t.toString() : t.toJSDate().toISOString());
  const rows = (text: string): Row[] =>
    parse(text).events.map((e) => [e.summary, when(e.startDate), when(e.endDate), [e.description]]);

  const SUNSCREEN = enGbDates('Wear a mineral sunscreen (zinc oxide or titanium dioxide) of SPF 30 or higher every day until Monday 28 April at 14:00.');
  const DOCTOR = ['See a doctor if:\n- redness or pain gets worse or comes back', '- dark patches appear'];
  const COMMON: Row[] = [
    ['Aftercare: makeup is fine again', '2025-04-15T12:00:00.000Z', '2025-04-15T12:15:00.000Z', ['Makeup is fine again.']],
    ['Aftercare: workouts, pools and saunas are fine again', '2025-04-17T12:00:00.000Z', '2025-04-17T12:15:00.000Z', [
      'Redness is rarely still there now.',
      'Workouts, pools, saunas and hot tubs are fine again.',
      'The first 72 hours out of strong sun are over; keep up the daily sunscreen.',
    ]],
  ];
  /** Regular home use (home depth, or depth unknown): actives and scrubs stay out while the device is used, so no end date. */
  const AFTERCARE: Row[] = [
    [enGbDates('Mineral sunscreen SPF 30+ every day until Monday 28 April at 14:00'), '2025-04-14', '2025-04-29', [
      SUNSCREEN,
      'Leave them out while you use your device regularly, and for about a week after your last session.',
      'your device already exfoliates. Leave them out while you use it regularly, and for a week after your last session.',
      ...DOCTOR,
    ]],
    ...COMMON,
  ];
  /** After an upper-home or clinic session: actives and scrubs back after about a week. */
  const SESSION_AFTERCARE: Row[] = [
    [enGbDates('Mineral sunscreen SPF 30+ every day until Monday 28 April at 14:00'), '2025-04-14', '2025-04-29', [SUNSCREEN, ...DOCTOR]],
    ...COMMON,
    ['Aftercare: retinol, acids and vitamin C usually fine again', '2025-04-21', '2025-04-22', [
      'Retinol, acids and vitamin C are usually fine again.',
      'Scrubs and cleansing brushes are fine again after a home session',
    ]],
  ];

  function check(text: string, want: Row[]) {
    expectWellFolded(text);
    const {calendar, events} = parse(text);
    expect(calendar.getFirstPropertyValue('prodid')).to.equal('-//microneedle-guide//Aftercare and plan//EN');
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Microneedling aftercare');
    const got = rows(text);
    expect(got.map(([s, a, b]) => [s, a, b])).to.deep.equal(want.map(([s, a, b]) => [s, a, b]));
    got.forEach(([summary, , , [description]], i) => {
      for (const part of want[i][3]) expect(description, summary).to.contain(part);
      expect(description, summary).to.contain(FOOTER);
    });
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).to.equal(uids.length);
    for (const e of events) {
      expect(e.uid).to.match(/-20250414T120000Z@microneedle-guide$/);
      expect(String(e.component.getFirstPropertyValue('dtstamp'))).to.equal('2025-04-14T12:34:56Z');
      expect(e.component.getFirstPropertyValue('transp')).to.equal('TRANSPARENT');
    }
  }

  it('holds the regular-home aftercare when no goal is chosen and the depth is home or unknown', () => {
    check(buildCareCalendar(input), AFTERCARE);
    check(buildCareCalendar({...input, depthClass: 'home'}), AFTERCARE);
  });

  it('holds the after-a-session aftercare for upper-home and professional devices', () => {
    check(buildCareCalendar({...input, depthClass: 'upper-home'}), SESSION_AFTERCARE);
    check(buildCareCalendar({...input, depthClass: 'professional'}), SESSION_AFTERCARE);
  });

  it('adds the next home sessions of a 0.2 mm device under the one home-depth rule', () => {
    const plan = buildPlan({goal: 'texture', needleDepth: 0.2});
    const home = (n: number, day: string): Row => [`Earliest day for home microneedling session ${n}`, day, nextDay(day), [
      'Counted from your session on Monday, 14 April 2025 at 14:00. Go ahead only if your skin is fully back to normal.',
      'At most 3 times a week, and never on two days in a row.',
      'Never use it on skin that has not recovered from the last session.',
    ]];
    check(buildCareCalendar({...input, plan}), [
      ...AFTERCARE,
      home(1, '2025-04-16'),
      home(2, '2025-04-18'),
      home(3, '2025-04-21'),
      home(4, '2025-04-23'),
      home(5, '2025-04-25'),
      home(6, '2025-04-28'),
    ]);
  });

  it('adds no dated clinic sessions for acne scars: the clinic sets the dates', () => {
    const plan = buildPlan({goal: 'acne-scars', needleDepth: 0.25, clinicUrl: 'https://clinic.example/'});
    const text = buildCareCalendar({...input, plan});
    check(text, AFTERCARE);
    expect(text).not.to.contain('Clinic microneedling session');
  });

  it('is named after the session day', () => {
    expect(careCalendarFileName(session, 'Europe/Berlin')).to.equal('microneedling-aftercare-2025-04-14.ics');
  });
});

function nextDay(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe('downloadIcs', () => {
  it('clicks a download link to a Blob URL of the file, then revokes the URL', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    let revoke: (() => void) | undefined;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      const name = downloadIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'aftercare', {schedule: (fn) => (revoke = fn)});
      expect(name).to.equal('aftercare.ics');
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(clicked.length).to.equal(1);
    const [link] = clicked;
    expect(link.download).to.equal('aftercare.ics');
    expect(link.href).to.match(/^blob:/);
    expect(link.isConnected).to.equal(false);
    const blob = await (await fetch(link.href)).blob();
    // WebKit's fetch of a Blob URL answers with the Blob's type stripped of its parameters
    // (the Blob itself keeps "text/calendar;charset=utf-8"); the bytes are the same UTF-8.
    expect(blob.type).to.equal(engine === 'webkit' ? 'text/calendar' : 'text/calendar;charset=utf-8');
    expect(await blob.text()).to.equal('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(revoke).to.be.a('function');
    revoke!();
    let failed = false;
    await fetch(link.href).catch(() => (failed = true));
    expect(failed, 'the Blob URL is revoked').to.equal(true);
  });
});
