/**
 * How often a device may be used: one rule per depth class (guidance-facts.md
 * section 4), the one place these numbers live. Every text that names a
 * frequency (the "How often" section, the device notice, the plan and its dates,
 * the screening result, the calendar file) reads it from here and words it with
 * `frequencyRuleText` (content/frequency.ts). Pure: no Lit, no msg.
 */
import {classifyNeedleDepth, type DepthClass} from './depth.js';

/** Home depth (up to 0.3 mm): at most 3 times a week, never on two days in a row. */
export interface WeeklyRule {
  readonly depthClass: 'home';
  readonly kind: 'weekly';
  /** At most this many sessions in any 7 days. */
  readonly maxPerWeek: number;
  /** At least this many days between two sessions (2: never two days in a row, 48 hours apart). */
  readonly minGapDays: number;
}

/** The upper end of home use (over 0.3 up to 0.5 mm): at most once every 4 weeks. */
export interface SpacedRule {
  readonly depthClass: 'upper-home';
  readonly kind: 'spaced';
  /** At most once every this many weeks. */
  readonly everyWeeks: number;
  /** At least this many days between two sessions. */
  readonly minGapDays: number;
}

/** Professional depth (over 0.5 mm): no home schedule at all; the length belongs in a clinic. */
export interface ClinicOnlyRule {
  readonly depthClass: 'professional';
  readonly kind: 'clinic-only';
}

export type FrequencyRule = WeeklyRule | SpacedRule | ClinicOnlyRule;

/** A rule that allows home use. */
export type HomeFrequencyRule = WeeklyRule | SpacedRule;

const WEEKLY: WeeklyRule = Object.freeze({depthClass: 'home', kind: 'weekly', maxPerWeek: 3, minGapDays: 2});
const SPACED: SpacedRule = Object.freeze({depthClass: 'upper-home', kind: 'spaced', everyWeeks: 4, minGapDays: 28});
const CLINIC_ONLY: ClinicOnlyRule = Object.freeze({depthClass: 'professional', kind: 'clinic-only'});

/** The rule of each depth class. */
export const FREQUENCY_RULES: Readonly<Record<DepthClass, FrequencyRule>> = Object.freeze({
  home: WEEKLY,
  'upper-home': SPACED,
  professional: CLINIC_ONLY,
});

/** The depth classes in order of needle length, for texts that list every rule. */
export const DEPTH_CLASSES: readonly DepthClass[] = Object.freeze(['home', 'upper-home', 'professional']);

/** The rule for a depth class. */
export function frequencyRule(depthClass: DepthClass): FrequencyRule {
  return FREQUENCY_RULES[depthClass];
}

/**
 * The rule for a device: from its depth class when known, else from its needle
 * length; `undefined` when neither is known.
 */
export function deviceFrequencyRule(device: {
  readonly needleDepth?: number;
  readonly depthClass?: DepthClass;
}): FrequencyRule | undefined {
  const depthClass = device.depthClass ?? (device.needleDepth != null ? classifyNeedleDepth(device.needleDepth) : undefined);
  return depthClass ? FREQUENCY_RULES[depthClass] : undefined;
}

/**
 * The next `count` session days after a session on day 0 under a home rule,
 * earliest first: `minGapDays` apart, later where the next would make more than
 * `maxPerWeek` sessions in 7 days (so 2, 4, 7, 9, 11, 14 for home depth).
 * Each is the earliest day, never a target.
 */
export function homeSessionOffsets(rule: HomeFrequencyRule, count: number): number[] {
  const offsets: number[] = [];
  const taken = [0];
  let day = 0;
  while (offsets.length < count) {
    day += rule.minGapDays;
    if (rule.kind === 'weekly') {
      // Any 7-day window holds at most maxPerWeek sessions.
      while (taken.filter((d) => d > day - 7).length >= rule.maxPerWeek) day += 1;
    }
    taken.push(day);
    offsets.push(day);
  }
  return offsets;
}
