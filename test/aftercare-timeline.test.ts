import {expect} from '@open-wc/testing';
import {buildAftercareTimeline, aftercareSet, AFTERCARE_MILESTONES, AFTERCARE_RULES} from '../src/rules/index.js';
import {instantFromZoned, addHoursInZone, parseIsoDate, parseIsoTime} from '../src/lib/zoned.js';
import {formatMoment, formatSession} from '../src/features/care/format.js';
import {resolveDateLocale} from '../src/i18n/format-locale.js';
import {formatMillimetres} from '../src/lib/units.js';
import {enGbDates} from './support/engine.js';

const HOUR = 3_600_000;
const at = (id: string, timeline: ReturnType<typeof buildAftercareTimeline>) =>
  timeline.milestones.find((m) => m.id === id)!.at;

describe('aftercare timeline data (facts sheet section 5)', () => {
  it('has the milestones right after, 24 h, 72 h, about a week and 2 weeks', () => {
    expect(AFTERCARE_MILESTONES.map((m) => [m.id, m.hours])).to.deep.equal([
      ['right-after', 0],
      ['day-1', 24],
      ['day-3', 72],
      ['week-1', 168],
      ['week-2', 336],
    ]);
    expect(AFTERCARE_MILESTONES.map((m) => m.approximate)).to.deep.equal([false, false, false, true, false]);
  });

  it('ends each rule where the facts say, at the careful end of a range', () => {
    const ends = Object.fromEntries(AFTERCARE_RULES.map((r) => [r.id, [r.kind, r.untilHours ?? null]]));
    expect(ends).to.deep.equal({
      redness: ['expect', 72], // mostly gone in 24-48 h, rarely after 3 days
      hydrate: ['do', null], // from the same day
      products: ['do', null], // right after: only products made for needled skin
      sunscreen: ['do', 336], // 2 weeks
      makeup: ['avoid', 24],
      sweat: ['avoid', 72], // 48-72 h
      sun: ['avoid', 72], // at least 72 h
      actives: ['avoid', 168], // about a week
      scrubs: ['avoid', 168], // at least a week
    });
    expect(AFTERCARE_RULES.find((r) => r.id === 'sweat')!.fromRangeHours).to.equal(48);
    // Every rule that ends belongs to exactly one later milestone.
    const later = AFTERCARE_MILESTONES.slice(1).flatMap((m) => m.rules);
    expect([...later].sort()).to.deep.equal(AFTERCARE_RULES.filter((r) => r.untilHours).map((r) => r.id).sort());
  });
});

describe('aftercare by depth (facts sheet section 5)', () => {
  it('home depth and unknown depth keep actives and scrubs out while the device is used; upper-home and clinic as after a session', () => {
    expect([undefined, 'home', 'upper-home', 'professional'].map((d) => aftercareSet(d as never))).to.deep.equal([
      'regular-home',
      'regular-home',
      'session',
      'session',
    ]);
    const t = buildAftercareTimeline(new Date('2025-06-02T09:15:00Z'), 'UTC', 'regular-home');
    const rule = (id: string) => t.rules.find((r) => r.id === id)!;
    for (const id of ['actives', 'scrubs']) {
      expect(rule(id).whileRegularUse, id).to.equal(true);
      expect(rule(id).until, id).to.equal(undefined);
    }
    expect(rule('sunscreen').until).to.deep.equal(new Date('2025-06-16T09:15:00Z'));
    // Nothing ends at about a week, so that milestone is not there.
    expect(t.milestones.map((m) => m.id)).to.deep.equal(['right-after', 'day-1', 'day-3', 'week-2']);
    const session = buildAftercareTimeline(new Date('2025-06-02T09:15:00Z'), 'UTC', 'session');
    expect(session.milestones.map((m) => m.id)).to.include('week-1');
  });
});

describe('buildAftercareTimeline', () => {
  it('dates every milestone from the session in UTC', () => {
    const session = new Date('2025-06-02T09:15:00Z');
    const t = buildAftercareTimeline(session, 'UTC');
    expect(t.milestones.map((m) => m.at.toISOString())).to.deep.equal([
      '2025-06-02T09:15:00.000Z',
      '2025-06-03T09:15:00.000Z',
      '2025-06-05T09:15:00.000Z',
      '2025-06-09T09:15:00.000Z',
      '2025-06-16T09:15:00.000Z',
    ]);
    const sweat = t.rules.find((r) => r.id === 'sweat')!;
    expect(sweat.until!.toISOString()).to.equal('2025-06-05T09:15:00.000Z');
  });

  it('keeps the clock time across the spring change in Berlin (Friday 14:00 → Monday 14:00 is 71 hours)', () => {
    const session = instantFromZoned({year: 2025, month: 3, day: 28}, {hour: 14, minute: 0}, 'Europe/Berlin');
    expect(session.toISOString()).to.equal('2025-03-28T13:00:00.000Z'); // CET, UTC+1
    const t = buildAftercareTimeline(session, 'Europe/Berlin');
    expect(at('day-1', t).toISOString()).to.equal('2025-03-29T13:00:00.000Z');
    expect(at('day-3', t).toISOString()).to.equal('2025-03-31T12:00:00.000Z'); // CEST, UTC+2
    expect((at('day-3', t).getTime() - session.getTime()) / HOUR).to.equal(71);
    expect(at('week-2', t).toISOString()).to.equal('2025-04-11T12:00:00.000Z');
  });

  it('keeps the clock time across the autumn change in New York (73 hours)', () => {
    const session = instantFromZoned({year: 2025, month: 10, day: 31}, {hour: 9, minute: 30}, 'America/New_York');
    expect(session.toISOString()).to.equal('2025-10-31T13:30:00.000Z'); // EDT
    const t = buildAftercareTimeline(session, 'America/New_York');
    expect(at('day-3', t).toISOString()).to.equal('2025-11-03T14:30:00.000Z'); // EST
    expect((at('day-3', t).getTime() - session.getTime()) / HOUR).to.equal(73);
  });

  it('gives the same instants in Sydney for a session given in Sydney time', () => {
    // Sydney leaves daylight saving on 6 April 2025 (UTC+11 → UTC+10).
    const session = instantFromZoned({year: 2025, month: 4, day: 4}, {hour: 20, minute: 0}, 'Australia/Sydney');
    const t = buildAftercareTimeline(session, 'Australia/Sydney');
    expect(session.toISOString()).to.equal('2025-04-04T09:00:00.000Z');
    expect(at('day-3', t).toISOString()).to.equal('2025-04-07T10:00:00.000Z');
  });

  it('rejects an invalid date and an unknown time zone', () => {
    expect(() => buildAftercareTimeline(new Date('nope'), 'UTC')).to.throw(RangeError);
    expect(() => buildAftercareTimeline(new Date(), 'Mars/Olympus')).to.throw(RangeError);
  });
});

describe('wall-clock helpers', () => {
  it('resolves times skipped or repeated by a clock change like Temporal "compatible"', () => {
    // 02:30 does not exist in Berlin on 30 March 2025: it becomes 03:30 CEST.
    expect(instantFromZoned({year: 2025, month: 3, day: 30}, {hour: 2, minute: 30}, 'Europe/Berlin').toISOString()).to.equal(
      '2025-03-30T01:30:00.000Z'
    );
    // 02:30 happens twice on 26 October 2025: the earlier (CEST) one.
    expect(instantFromZoned({year: 2025, month: 10, day: 26}, {hour: 2, minute: 30}, 'Europe/Berlin').toISOString()).to.equal(
      '2025-10-26T00:30:00.000Z'
    );
  });

  it('adds elapsed hours for offsets that are not whole days', () => {
    const start = new Date('2025-03-30T00:00:00Z');
    expect(addHoursInZone(start, 5, 'Europe/Berlin').toISOString()).to.equal('2025-03-30T05:00:00.000Z');
  });

  it('parses input values and rejects impossible ones', () => {
    expect(parseIsoDate('2024-02-29')).to.deep.equal({year: 2024, month: 2, day: 29});
    expect(parseIsoDate('2025-02-29')).to.equal(undefined);
    expect(parseIsoDate('')).to.equal(undefined);
    expect(parseIsoTime('07:05')).to.deep.equal({hour: 7, minute: 5});
    expect(parseIsoTime('24:00')).to.equal(undefined);
  });
});

describe('dates in the shopper\'s locale and time zone', () => {
  const session = new Date('2025-04-14T12:00:00Z'); // a Monday
  const thursday = new Date('2025-04-17T12:00:00Z');
  const twoWeeks = new Date('2025-04-28T12:00:00Z');

  it('writes "Thursday 14:00" in British English in Berlin, and adds the date beyond six days', () => {
    const zone = {locale: 'en-GB', timeZone: 'Europe/Berlin'};
    expect(formatMoment(thursday, session, zone)).to.equal('Thursday 14:00');
    expect(formatMoment(twoWeeks, session, zone)).to.equal(enGbDates('Monday 28 April at 14:00'));
    expect(formatMoment(twoWeeks, session, zone, true)).to.equal(enGbDates('Monday 28 April'));
  });

  it('writes the same instant as New York sees it, in US English', () => {
    const zone = {locale: 'en-US', timeZone: 'America/New_York'};
    expect(formatMoment(thursday, session, zone)).to.equal('Thursday 8:00 AM');
  });

  it('writes German and Arabic with their own words and digits', () => {
    expect(formatMoment(thursday, session, {locale: 'de-DE', timeZone: 'Europe/Berlin'})).to.equal('Donnerstag, 14:00');
    const arabic = formatMoment(thursday, session, {locale: 'ar-EG', timeZone: 'Asia/Dubai'});
    expect(arabic).to.contain('الخميس');
    expect(arabic).to.contain('٤:٠٠'); // 16:00 in Dubai, Arabic-Indic digits, 12-hour clock
    expect(formatSession(session, {locale: 'de-DE', timeZone: 'Europe/Berlin'})).to.equal('Montag, 14. April 2025 um 14:00');
  });

  it('takes the language from the page and the region from the browser', () => {
    expect(resolveDateLocale('en', ['en-GB', 'de-DE'])).to.equal('en-GB');
    expect(resolveDateLocale('de', ['en-GB'])).to.equal('de');
    expect(resolveDateLocale('pt-BR', ['pt-PT'])).to.equal('pt-BR');
    expect(resolveDateLocale(undefined, ['fr-CA'])).to.equal('fr-CA');
    expect(resolveDateLocale('not a tag!', [])).to.equal('en');
    expect(formatMillimetres(0.25, 'de')).to.equal('0,25\u00a0mm');
  });
});
