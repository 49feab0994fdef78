/**
 * Dates for the next home sessions of a plan, counted from the session the
 * shopper entered. Every date is the earliest day, never a target: skin that has
 * not recovered waits longer. Clinic sessions are never dated: the shopper has
 * not had one, and the clinic sets the dates.
 */
import {addDays, zonedDate, type PlainDate} from '../lib/zoned.js';
import {homeSessionOffsets} from './frequency.js';
import type {TreatmentPlan} from './plan.js';

export interface PlannedSession {
  /** A session with the home device (clinic sessions are not dated). */
  readonly kind: 'home';
  /** The earliest day for it, in the shopper's calendar. */
  readonly date: PlainDate;
  /** 1 for the first session after the one entered, 2 for the next... */
  readonly number: number;
}

/** How many sessions ahead: two weeks at home depth, three months at the upper end of home use. */
const COUNT = {weekly: 6, spaced: 3} as const;

/**
 * The next home sessions a plan leads to, under the one rule of the device's
 * depth class (rules/frequency.ts). Planned only when that rule is known (one
 * home schedule); none for a clinic course.
 */
export function planSessions(plan: TreatmentPlan, session: Date, timeZone: string): PlannedSession[] {
  if (plan.homeSchedules.length !== 1) return [];
  const [rule] = plan.homeSchedules;
  const from = zonedDate(session, timeZone);
  return homeSessionOffsets(rule, COUNT[rule.kind]).map((offset, i) => ({
    kind: 'home',
    date: addDays(from, offset),
    number: i + 1,
  }));
}
