/**
 * The treatment plan (facts sheet sections 2 and 4) as a pure function of the
 * shopper's goal and the device's needle depth. No texts here: the view words
 * the plan, tests check the numbers.
 */
import {classifyNeedleDepth, type DepthClass} from './depth.js';
import {DEPTH_CLASSES, FREQUENCY_RULES, type HomeFrequencyRule} from './frequency.js';

/** What the shopper wants to change. */
export type Goal = 'texture' | 'fine-lines' | 'acne-scars' | 'stretch-marks';

/** Every goal, in the order the guide offers them. */
export const GOALS: readonly Goal[] = Object.freeze(['texture', 'fine-lines', 'acne-scars', 'stretch-marks']);

export function isGoal(value: unknown): value is Goal {
  return typeof value === 'string' && (GOALS as readonly string[]).includes(value);
}

/** An inclusive range of whole numbers. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** How often a home device may be used: the rule of its depth class (rules/frequency.ts). */
export type HomeSchedule = HomeFrequencyRule;

/** The professional course a clinic typically follows (seed, consistent with studies). */
export type ClinicCourse =
  | {
      /** Skin in good condition: a session every few months. */
      readonly kind: 'every-few-months';
      readonly everyMonths: Range;
      readonly yearlyTouchUp: true;
    }
  | {
      /** Acne scarring: one session a month for some months. */
      readonly kind: 'monthly';
      readonly months: Range;
      readonly yearlyTouchUp: true;
    }
  | {
      /** Body areas such as stretch marks: a number of sessions in all, about a month apart in studies. */
      readonly kind: 'sessions-in-all';
      readonly sessions: Range;
      readonly apartMonths: number;
      readonly yearlyTouchUp: true;
    }
  | {
      /** No course in the facts for this goal: the clinic decides after seeing the skin. */
      readonly kind: 'clinic-advises';
      readonly yearlyTouchUp: true;
    };

export interface TreatmentPlan {
  readonly goal: Goal;
  /** Where the goal is realistically met: with the home device, or in a clinic. */
  readonly setting: 'home' | 'clinic';
  /**
   * What a home device can do toward this goal: `smoother-brighter` (surface
   * exfoliation, smoother and brighter-looking skin) or `not-meaningful`.
   */
  readonly homeEffect: 'smoother-brighter' | 'not-meaningful';
  /** The device's needles are professional length: the device belongs in a clinic. */
  readonly deviceBelongsInClinic: boolean;
  /** The device is at the upper end of home use: less often, extra care. */
  readonly extraCare: boolean;
  /** The depth class the plan used, when one was known. */
  readonly depthClass?: DepthClass;
  /**
   * How often the home device may be used: the rule of its depth class (both
   * home rules when the depth is unknown); empty when home use is not part of
   * the plan.
   */
  readonly homeSchedules: readonly HomeSchedule[];
  /** The clinic course, when the goal needs a clinic or the device belongs in one. */
  readonly clinicCourse?: ClinicCourse;
  /** Where to find professional treatment, when the retailer gave an http(s) link. */
  readonly clinicUrl?: string;
}

export interface PlanInput {
  readonly goal: Goal;
  /** The device's needle length in millimetres. */
  readonly needleDepth?: number;
  /** The depth class; derived from `needleDepth` when absent. */
  readonly depthClass?: DepthClass;
  /** The retailer's clinic link; kept only when it is an http: or https: URL. */
  readonly clinicUrl?: string;
}


const range = (min: number, max: number): Range => Object.freeze({min, max});

const COURSES: {readonly [K in ClinicCourse['kind']]: Extract<ClinicCourse, {kind: K}>} = Object.freeze({
  'every-few-months': Object.freeze({kind: 'every-few-months', everyMonths: range(3, 6), yearlyTouchUp: true}),
  monthly: Object.freeze({kind: 'monthly', months: range(4, 6), yearlyTouchUp: true}),
  'sessions-in-all': Object.freeze({kind: 'sessions-in-all', sessions: range(4, 6), apartMonths: 1, yearlyTouchUp: true}),
  'clinic-advises': Object.freeze({kind: 'clinic-advises', yearlyTouchUp: true}),
});

/**
 * Builds the plan for a goal and a device.
 *
 * - `texture` (smoother, brighter skin) is a home goal: how often the device may
 *   be used, the rule of its depth class.
 * - `fine-lines`: a home device only gives smoother, brighter-looking skin and
 *   will not meaningfully change wrinkles, so the goal is a clinic goal; the home
 *   schedule is kept for the smoother-looking skin it can give.
 * - `acne-scars` and `stretch-marks`: a home device will not meaningfully change
 *   them; the clinic course (monthly for 4-6 months; 4-6 sessions in all; a
 *   yearly touch-up) and the clinic link.
 * - A professional-depth device belongs in a clinic: no home schedule at all.
 * - Without a needle length, both home rules are given.
 *
 * @throws {TypeError} on an unknown goal or depth class
 * @throws {RangeError} on a needle depth that is not a positive number
 */
export function buildPlan(input: PlanInput): TreatmentPlan {
  const {goal} = input;
  if (!isGoal(goal)) throw new TypeError(`buildPlan: unknown goal ${JSON.stringify(goal)}; expected one of ${GOALS.join(', ')}`);
  if (input.depthClass != null && !DEPTH_CLASSES.includes(input.depthClass)) {
    throw new TypeError(`buildPlan: unknown depthClass ${JSON.stringify(input.depthClass)}`);
  }
  const depthClass = input.depthClass ?? (input.needleDepth != null ? classifyNeedleDepth(input.needleDepth) : undefined);
  const deviceBelongsInClinic = depthClass === 'professional';
  const homeGoal = goal === 'texture';
  const homeUseHelps = goal === 'texture' || goal === 'fine-lines';

  const homeSchedules = deviceBelongsInClinic || !homeUseHelps ? [] : schedulesFor(depthClass);
  const clinicCourse: ClinicCourse | undefined =
    goal === 'acne-scars'
      ? COURSES.monthly
      : goal === 'stretch-marks'
        ? COURSES['sessions-in-all']
        : goal === 'fine-lines'
          ? COURSES['clinic-advises']
          : deviceBelongsInClinic
            ? COURSES['every-few-months']
            : undefined;
  const setting = homeGoal && !deviceBelongsInClinic ? 'home' : 'clinic';
  const clinicUrl = setting === 'clinic' || clinicCourse ? safeUrl(input.clinicUrl) : undefined;

  return Object.freeze({
    goal,
    setting,
    homeEffect: homeUseHelps ? 'smoother-brighter' : 'not-meaningful',
    deviceBelongsInClinic,
    extraCare: depthClass === 'upper-home' && homeSchedules.length > 0,
    ...(depthClass ? {depthClass} : {}),
    homeSchedules: Object.freeze(homeSchedules),
    ...(clinicCourse ? {clinicCourse} : {}),
    ...(clinicUrl ? {clinicUrl} : {}),
  });
}

function schedulesFor(depthClass: DepthClass | undefined): HomeSchedule[] {
  const rules = depthClass ? [FREQUENCY_RULES[depthClass]] : [FREQUENCY_RULES.home, FREQUENCY_RULES['upper-home']];
  return rules.filter((rule): rule is HomeSchedule => rule.kind !== 'clinic-only');
}

function safeUrl(value: string | undefined): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
