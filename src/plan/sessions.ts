/**
 * Dates for the next sessions of a plan, counted from the session the shopper
 * entered. Every date is the earliest day, never a target: skin that has not
 * recovered waits longer.
 */
import {addDays, addMonths, zonedParts, type PlainDate} from '../aftercare/zoned.js';
import type {TreatmentPlan} from './plan.js';

export interface PlannedSession {
  /** A session with the home device, or one in a clinic. */
  readonly kind: 'home' | 'clinic';
  /** The earliest day for it, in the shopper's calendar. */
  readonly date: PlainDate;
  /** 1 for the first session after the one entered, 2 for the next... */
  readonly number: number;
}

/** Twice a week, alternating gaps (3 then 4 days), over two weeks. */
const FREQUENT_GAPS = [3, 4, 3, 4];
/** Three more sessions at the minimum gap. */
const SPACED_COUNT = 3;
/** Clinic courses: the sessions still to come to reach the smallest course (4 in all, counting this one). */
const CLINIC_FOLLOW_UPS = 3;

/**
 * The next sessions a plan leads to. Home sessions are planned only when the
 * device's band is known (one home schedule); a clinic course is planned
 * monthly (acne scars; stretch marks, as in studies), or once after a few
 * months (skin in good condition); a course the clinic decides is not dated.
 */
export function planSessions(plan: TreatmentPlan, session: Date, timeZone: string): PlannedSession[] {
  const day = zonedParts(session, timeZone);
  const from: PlainDate = {year: day.year, month: day.month, day: day.day};
  const sessions: PlannedSession[] = [];

  if (plan.homeSchedules.length === 1) {
    const [schedule] = plan.homeSchedules;
    const gaps = schedule.band === 'up-to-0.25' ? FREQUENT_GAPS : Array(SPACED_COUNT).fill(schedule.minGapDays);
    let offset = 0;
    for (const gap of gaps) {
      offset += gap;
      sessions.push({kind: 'home', date: addDays(from, offset), number: sessions.length + 1});
    }
  }

  const course = plan.clinicCourse;
  if (course && course.kind !== 'clinic-advises') {
    const months =
      course.kind === 'every-few-months'
        ? [course.everyMonths.min]
        : Array.from({length: CLINIC_FOLLOW_UPS}, (_, i) => (i + 1) * (course.kind === 'sessions-in-all' ? course.apartMonths : 1));
    months.forEach((m, i) => sessions.push({kind: 'clinic', date: addMonths(from, m), number: i + 1}));
  }
  return sessions;
}
