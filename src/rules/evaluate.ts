import {
  CONDITION_IDS,
  conditionVerdict,
  isConditionId,
  verdictRank,
  type ConditionId,
  type ScreeningVerdict,
} from './conditions.js';
import {describe} from '../warn.js';

/** The conditions a shopper said apply: a list (any iterable) of ids, or `{id: true}` flags. */
export type ScreeningAnswers = Iterable<string> | Readonly<Record<string, boolean>>;

export interface ScreeningResult {
  /** The most severe verdict among the answers; `suitable` when none apply. */
  readonly verdict: ScreeningVerdict;
  /** The conditions that apply, most severe first (ties in the facts sheet's order), without duplicates. */
  readonly reasons: readonly ConditionId[];
}

/**
 * Screens a shopper for home microneedling. Pure and synchronous: the same answers,
 * in any order, always give the same result.
 *
 * @throws {TypeError} for an unknown condition id (the message names it), a flag that
 *   is not a boolean, or answers that are neither an iterable nor a plain object.
 *
 * @example
 * evaluateScreening(['cold-sore-history', 'inflamed-skin']);
 * // {verdict: 'ask-doctor', reasons: ['cold-sore-history', 'inflamed-skin']}
 * evaluateScreening({pregnant: true, eczema: false}); // {verdict: 'not-suitable', reasons: ['pregnant']}
 */
export function evaluateScreening(answers: ScreeningAnswers): ScreeningResult {
  const chosen = new Set<ConditionId>();
  for (const id of answeredIds(answers)) {
    if (!isConditionId(id)) {
      throw new TypeError(`evaluateScreening: unknown condition id ${describe(id)}; expected one of ${CONDITION_IDS.join(', ')}.`);
    }
    chosen.add(id);
  }
  // CONDITION_IDS order breaks ties, so the result never depends on the order of the answers.
  const reasons = CONDITION_IDS.filter((id) => chosen.has(id)).sort(
    (a, b) => verdictRank(conditionVerdict(a)) - verdictRank(conditionVerdict(b))
  );
  const verdict: ScreeningVerdict = reasons.length ? conditionVerdict(reasons[0]) : 'suitable';
  return Object.freeze({verdict, reasons: Object.freeze(reasons)});
}

function* answeredIds(answers: ScreeningAnswers): Iterable<unknown> {
  if (typeof answers === 'string') {
    // A bare string is iterable by character, which would name a confusing "unknown id".
    throw new TypeError('evaluateScreening: expected a list of condition ids or an {id: boolean} object, received a string.');
  }
  if (answers !== null && typeof answers === 'object' && Symbol.iterator in answers) {
    yield* answers as Iterable<unknown>;
    return;
  }
  if (answers === null || typeof answers !== 'object') {
    throw new TypeError(`evaluateScreening: expected a list of condition ids or an {id: boolean} object, received ${describe(answers)}.`);
  }
  for (const [id, flag] of Object.entries(answers)) {
    if (!isConditionId(id)) yield id; // reported as unknown above
    if (typeof flag !== 'boolean') {
      throw new TypeError(`evaluateScreening: the answer for ${describe(id)} must be true or false, received ${describe(flag)}.`);
    }
    if (flag) yield id;
  }
}

