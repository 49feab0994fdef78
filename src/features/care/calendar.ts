/**
 * The shopper's aftercare milestones and planned sessions as calendar events,
 * in the shopper's language. Instants are written in UTC (every calendar app
 * shows them in its own zone); whole days are all-day DATE values.
 */
import {msg, str} from '@lit/localize';
import {formatMoment, formatSession, type FormatZone} from './format.js';
import {doctorHeading, doctorSigns, ruleEndText, ruleText} from './aftercare-text.js';
import {
  aftercareSet,
  buildAftercareTimeline,
  type AftercareMilestoneId,
  type DatedMilestone,
} from '../../rules/timeline.js';
import type {DepthClass} from '../../rules/depth.js';
import {addDays, isoDate, zonedDate} from '../../lib/zoned.js';
import {frequencyRuleText, recoveryText} from '../../content/frequency.js';
import type {TreatmentPlan} from '../../rules/plan.js';
import {planSessions} from '../../rules/sessions.js';
import {buildIcs, utcValue, type IcsEvent} from '../../lib/ics.js';

export const PRODID = '-//microneedle-guide//Aftercare and plan//EN';
/** Timed reminders last a quarter of an hour and never show the shopper as busy. */
const REMINDER_MS = 15 * 60_000;

export interface CareCalendarInput {
  /** When the session was. */
  readonly session: Date;
  /** The shopper's IANA time zone (for dates and all-day events). */
  readonly timeZone: string;
  /** The locale dates in the texts are written in. */
  readonly locale: string;
  /** The plan, when the shopper chose a goal: adds its planned home sessions. */
  readonly plan?: TreatmentPlan;
  /** The device's depth class: picks the aftercare that applies (regular home use when unknown). */
  readonly depthClass?: DepthClass;
  /** When the file is made (DTSTAMP); now by default. */
  readonly stamp?: Date;
}

/** The label of the "Add to calendar" buttons. */
export function addToCalendarLabel(): string {
  return msg('Add to calendar', {id: 'calendar.add'});
}

function footer(): string {
  return msg('From the microneedling guide. This is general guidance, not medical advice.', {id: 'calendar.footer'});
}

function milestoneSummary(id: Exclude<AftercareMilestoneId, 'right-after' | 'week-2'>): string {
  switch (id) {
    case 'day-1':
      return msg('Aftercare: makeup is fine again', {id: 'calendar.day-1.summary'});
    case 'day-3':
      return msg('Aftercare: workouts, pools and saunas are fine again', {id: 'calendar.day-3.summary'});
    case 'week-1':
      return msg('Aftercare: retinol, acids and vitamin C usually fine again', {id: 'calendar.week-1.summary'});
  }
}

/** Every event of the file, in date order within each kind. */
export function careCalendarEvents(input: CareCalendarInput): IcsEvent[] {
  const {session, timeZone, locale, plan} = input;
  const zone: FormatZone = {locale, timeZone};
  const timeline = buildAftercareTimeline(session, timeZone, aftercareSet(input.depthClass ?? plan?.depthClass));
  const uid = (key: string) => `${key}-${utcValue(session)}@microneedle-guide`;
  const heading = doctorHeading();
  // The colon is the language's own ("Consultez un médecin si :"), so it is part of the message.
  const doctor = `${msg(str`${heading}:`, {id: 'calendar.doctor.heading'})}\n${doctorSigns()
    .map((sign) => `- ${sign}`)
    .join('\n')}`;
  const events: IcsEvent[] = [];

  const sunscreen = timeline.rules.find((rule) => rule.id === 'sunscreen')!;
  const sunscreenUntil = formatMoment(sunscreen.until!, session, zone);
  events.push({
    uid: uid('sunscreen'),
    start: {kind: 'date', date: zonedDate(session, timeZone)},
    end: {kind: 'date', date: addDays(zonedDate(sunscreen.until!, timeZone), 1)},
    summary: msg(str`Mineral sunscreen SPF 30+ every day until ${sunscreenUntil}`, {id: 'calendar.sunscreen.summary'}),
    // Regular home use: what stays out while the device is in use has no end date, so it travels with this event.
    description: [
      ruleText('sunscreen', sunscreenUntil),
      ...timeline.rules.filter((rule) => rule.whileRegularUse).map((rule) => ruleText(rule.id, '', true)),
      doctor,
      footer(),
    ].join('\n\n'),
    transparent: true,
  });

  for (const milestone of timeline.milestones) {
    if (milestone.id === 'right-after' || milestone.id === 'week-2') continue;
    events.push(milestoneEvent(milestone, milestoneSummary(milestone.id), uid(milestone.id), timeZone));
  }

  if (plan) events.push(...sessionEvents(plan, input, zone, uid));
  return events;
}

function milestoneEvent(milestone: DatedMilestone, summary: string, uid: string, timeZone: string): IcsEvent {
  const description = [...milestone.rules.map(ruleEndText).filter(Boolean), footer()].join('\n\n');
  if (milestone.approximate) {
    // "About a week": the day, not the minute.
    const day = zonedDate(milestone.at, timeZone);
    return {uid, summary, description, transparent: true, start: {kind: 'date', date: day}, end: {kind: 'date', date: addDays(day, 1)}};
  }
  return {
    uid,
    summary,
    description,
    transparent: true,
    start: {kind: 'utc', at: milestone.at},
    end: {kind: 'utc', at: new Date(milestone.at.getTime() + REMINDER_MS)},
  };
}

/** The plan's next home sessions, each on its earliest day. A clinic course is never dated: the clinic sets the dates. */
function sessionEvents(
  plan: TreatmentPlan,
  input: CareCalendarInput,
  zone: FormatZone,
  uid: (key: string) => string
): IcsEvent[] {
  const when = formatSession(input.session, zone);
  return planSessions(plan, input.session, input.timeZone).map((planned) => {
    const n = planned.number;
    const lines = [
      msg(str`Counted from your session on ${when}. Go ahead only if your skin is fully back to normal.`, {
        id: 'calendar.home.intro',
      }),
      ...plan.homeSchedules.map(frequencyRuleText),
      recoveryText(),
    ];
    return {
      uid: uid(`home-session-${n}`),
      summary: msg(str`Earliest day for home microneedling session ${n}`, {id: 'calendar.home.summary'}),
      description: [...lines, footer()].join('\n\n'),
      transparent: true,
      start: {kind: 'date', date: planned.date},
      end: {kind: 'date', date: addDays(planned.date, 1)},
    };
  });
}

/** The whole `.ics` text for the shopper's session (and plan, when chosen). */
export function buildCareCalendar(input: CareCalendarInput): string {
  return buildIcs({
    prodId: PRODID,
    name: msg('Microneedling aftercare', {id: 'calendar.name'}),
    stamp: input.stamp ?? new Date(),
    events: careCalendarEvents(input),
  });
}

/** `microneedling-aftercare-2025-04-14.ics`, dated by the session's day. */
export function careCalendarFileName(session: Date, timeZone: string): string {
  return `microneedling-aftercare-${isoDate(zonedDate(session, timeZone))}.ics`;
}
