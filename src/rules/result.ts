/**
 * What a screening result asks of the shopper, given the shop's device
 * (guidance-facts.md sections 2-4): whether it leads to home use, to a
 * professional or to a doctor, and which frequency rule goes with it. Pure: no
 * Lit, no msg; features/screening/result-text.ts words it.
 */
import type {DepthClass} from './depth.js';
import {conditionVerdict, type ConditionId, type ScreeningVerdict} from './conditions.js';
import {FREQUENCY_RULES, type HomeFrequencyRule} from './frequency.js';

/**
 * `home`: the device may be used at home (now, or once the wait is over);
 * `professional`: nothing rules microneedling out, but the device's length
 * belongs in a clinic, so never home use; `doctor`: a doctor or dermatologist first.
 */
export type ResultRoute = 'home' | 'professional' | 'doctor';

export interface ResultAdvice {
  readonly verdict: ScreeningVerdict;
  readonly route: ResultRoute;
  /** The frequency rule to give with a home route, when the device's depth is known. */
  readonly frequency?: HomeFrequencyRule;
  /** The upper end of home use: the extra-care line goes with the rule. */
  readonly extraCare: boolean;
  /** Every `not-suitable` reason passes with time (pregnancy, age, isotretinoin now): "not while", not "not for you". */
  readonly passing: boolean;
}

/** Conditions that end by themselves: home microneedling is out while they last, not for good. */
export const PASSING_CONDITIONS: readonly ConditionId[] = Object.freeze(['pregnant', 'under-18', 'isotretinoin-current']);

/**
 * The advice for a verdict and a device. Over 0.5 mm, `suitable` and `wait`
 * send the shopper to a professional, never to home use; over 0.3 mm the home
 * route carries the once-every-4-weeks rule and extra care.
 */
export function resultAdvice(
  verdict: ScreeningVerdict,
  depthClass: DepthClass | undefined,
  reasons: readonly ConditionId[] = []
): ResultAdvice {
  const notSuitable = reasons.filter((id) => conditionVerdict(id) === 'not-suitable');
  const passing =
    verdict === 'not-suitable' && notSuitable.length > 0 && notSuitable.every((id) => PASSING_CONDITIONS.includes(id));
  if (verdict === 'ask-doctor' || verdict === 'not-suitable') {
    return Object.freeze({verdict, route: 'doctor', extraCare: false, passing});
  }
  if (depthClass === 'professional') return Object.freeze({verdict, route: 'professional', extraCare: false, passing});
  const rule = depthClass ? FREQUENCY_RULES[depthClass] : undefined;
  const frequency = rule && rule.kind !== 'clinic-only' ? rule : undefined;
  return Object.freeze({
    verdict,
    route: 'home',
    ...(frequency ? {frequency} : {}),
    extraCare: depthClass === 'upper-home',
    passing,
  });
}
