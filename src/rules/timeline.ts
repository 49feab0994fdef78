/**
 * The aftercare timeline as data (facts sheet section 5). Every rule starts
 * right after the session and, where the facts give an end, ends a number of
 * hours later; the milestones are the moments where something changes. Texts
 * live in `content.ts`; this module is plain data and date arithmetic.
 */
import {addHoursInZone} from '../lib/zoned.js';
import type {DepthClass} from './depth.js';

/** One piece of aftercare advice. */
export type AftercareRuleId =
  | 'redness'
  | 'hydrate'
  | 'products'
  | 'sunscreen'
  | 'makeup'
  | 'sweat'
  | 'sun'
  | 'actives'
  | 'scrubs';

/** `expect`: what is normal; `do`: what to use; `avoid`: what to leave out, and until when. */
export type AftercareRuleKind = 'expect' | 'do' | 'avoid';

export interface AftercareRule {
  readonly id: AftercareRuleId;
  readonly kind: AftercareRuleKind;
  /**
   * Hours after the session when the rule stops applying, at the careful end of
   * the range the facts give; absent when the facts give no end.
   */
  readonly untilHours?: number;
  /** The short end of the range where the facts give one (48 of "48-72 hours"). */
  readonly fromRangeHours?: number;
  /** The end is approximate ("about a week") or a minimum ("at least 72 hours"). */
  readonly bound?: 'about' | 'at-least';
  /**
   * Regular home use: the rule lasts as long as the device is used regularly, and
   * about a week after the last session, so it has no end on this timeline.
   */
  readonly whileRegularUse?: true;
}

/**
 * Which aftercare applies (facts sheet section 5): `session` after a clinic or an
 * upper-home session (over 0.3 mm); `regular-home` for home depth, where a device
 * used up to 3 times a week leaves no week-long pause between sessions.
 */
export type AftercareSet = 'session' | 'regular-home';

/** The set for a device; home depth, and a device of unknown depth, get the stricter `regular-home`. */
export function aftercareSet(depthClass: DepthClass | undefined): AftercareSet {
  return depthClass === 'upper-home' || depthClass === 'professional' ? 'session' : 'regular-home';
}

/** The rules after a clinic or upper-home session, in the order a shopper reads them right after it. */
export const AFTERCARE_RULES: readonly AftercareRule[] = Object.freeze([
  {id: 'redness', kind: 'expect', untilHours: 72},
  {id: 'hydrate', kind: 'do'},
  {id: 'sunscreen', kind: 'do', untilHours: 14 * 24},
  {id: 'products', kind: 'do'},
  {id: 'makeup', kind: 'avoid', untilHours: 24},
  {id: 'sweat', kind: 'avoid', untilHours: 72, fromRangeHours: 48},
  {id: 'sun', kind: 'avoid', untilHours: 72, bound: 'at-least'},
  {id: 'actives', kind: 'avoid', untilHours: 7 * 24, bound: 'about'},
  {id: 'scrubs', kind: 'avoid', untilHours: 7 * 24, bound: 'at-least'},
] satisfies AftercareRule[]);

/** The rules for regular home use: as after a session, but actives and scrubs stay out while the device is in use. */
export const AFTERCARE_RULES_REGULAR_HOME: readonly AftercareRule[] = Object.freeze(
  AFTERCARE_RULES.map((rule) =>
    rule.id === 'actives' || rule.id === 'scrubs' ? Object.freeze({id: rule.id, kind: rule.kind, whileRegularUse: true as const}) : rule
  )
);

/** The rules of a set. */
export function aftercareRules(set: AftercareSet): readonly AftercareRule[] {
  return set === 'session' ? AFTERCARE_RULES : AFTERCARE_RULES_REGULAR_HOME;
}

export type AftercareMilestoneId = 'right-after' | 'day-1' | 'day-3' | 'week-1' | 'week-2';

export interface AftercareMilestone {
  readonly id: AftercareMilestoneId;
  /** Hours after the session. */
  readonly hours: number;
  /** "About a week": shown as a day rather than a minute. */
  readonly approximate: boolean;
  /** Rules that end here (for `right-after`: every rule, since all start then). */
  readonly rules: readonly AftercareRuleId[];
}

const MILESTONE_HOURS: readonly {id: AftercareMilestoneId; hours: number}[] = [
  {id: 'right-after', hours: 0},
  {id: 'day-1', hours: 24},
  {id: 'day-3', hours: 72},
  {id: 'week-1', hours: 7 * 24},
  {id: 'week-2', hours: 14 * 24},
];

/** The milestones of a set of rules: right after, then every moment where a rule ends. */
function milestonesOf(rules: readonly AftercareRule[]): readonly AftercareMilestone[] {
  return Object.freeze(
    MILESTONE_HOURS.map(({id, hours}) => {
      const ending = rules.filter((rule) => (hours === 0 ? true : rule.untilHours === hours));
      return Object.freeze({
        id,
        hours,
        approximate: hours > 0 && ending.some((rule) => rule.bound === 'about'),
        rules: Object.freeze(ending.map((rule) => rule.id)),
      });
    }).filter((milestone) => milestone.rules.length > 0)
  );
}

/**
 * Right after, 24 hours, 72 hours (the careful end of 48-72), about a week, two
 * weeks: the milestones after a clinic or upper-home session.
 */
export const AFTERCARE_MILESTONES: readonly AftercareMilestone[] = milestonesOf(AFTERCARE_RULES);

/** The milestones of a set (regular home use has none at a week: nothing ends then). */
export function aftercareMilestones(set: AftercareSet): readonly AftercareMilestone[] {
  return set === 'session' ? AFTERCARE_MILESTONES : milestonesOf(AFTERCARE_RULES_REGULAR_HOME);
}

/** A milestone on the shopper's calendar. */
export interface DatedMilestone extends AftercareMilestone {
  /** The moment, as an instant. */
  readonly at: Date;
}

/** A rule with the moment it ends on the shopper's calendar. */
export interface DatedRule extends AftercareRule {
  readonly until?: Date;
}

export interface AftercareTimeline {
  readonly session: Date;
  /** Which aftercare applies. */
  readonly set: AftercareSet;
  readonly timeZone: string;
  readonly milestones: readonly DatedMilestone[];
  readonly rules: readonly DatedRule[];
}

/**
 * Dates the aftercare timeline from the moment a session ended.
 *
 * Offsets are in hours; whole days are counted as calendar days at the same
 * clock time in `timeZone`, so "72 hours after Monday 14:00" is Thursday 14:00
 * even across a daylight-saving change.
 *
 * @param session when the session was (an instant)
 * @param timeZone the shopper's IANA time zone, e.g. `Europe/Berlin`
 * @param set which aftercare applies (`aftercareSet(depthClass)`); after a session by default
 * @throws {RangeError} when `session` is not a valid date or `timeZone` is unknown
 */
export function buildAftercareTimeline(
  session: Date,
  timeZone: string,
  set: AftercareSet = 'session'
): AftercareTimeline {
  if (!(session instanceof Date) || Number.isNaN(session.getTime())) {
    throw new RangeError('buildAftercareTimeline: session must be a valid Date');
  }
  const at = (hours: number) => addHoursInZone(session, hours, timeZone);
  return {
    session,
    set,
    timeZone,
    milestones: aftercareMilestones(set).map((milestone) => ({...milestone, at: at(milestone.hours)})),
    rules: aftercareRules(set).map((rule) => ({
      ...rule,
      ...(rule.untilHours != null ? {until: at(rule.untilHours)} : {}),
    })),
  };
}
