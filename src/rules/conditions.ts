/**
 * The suitability screening's rules: every condition a shopper is asked about and
 * the verdict it leads to (guidance-facts.md section 3). Plain data with no Lit
 * import, so retailers can build their own flow on the same rules.
 */

/** Verdicts from most to least severe. The overall verdict is the most severe one among the answers. */
export const SCREENING_VERDICTS = Object.freeze(['not-suitable', 'ask-doctor', 'wait', 'suitable'] as const);

/** The outcome of a screening: `suitable`, `wait`, `ask-doctor` or `not-suitable`. */
export type ScreeningVerdict = (typeof SCREENING_VERDICTS)[number];

/** Condition ids, in the order of the facts sheet's table. A public contract: never rename one. */
export const CONDITION_IDS = Object.freeze([
  'inflamed-skin',
  'skin-infection',
  'broken-skin',
  'recent-procedure',
  'active-retinoid',
  'very-sensitive-skin',
  'eczema',
  'rosacea',
  'psoriasis',
  'blood-thinners',
  'bleeding-disorder',
  'regular-alcohol',
  'isotretinoin-current',
  'isotretinoin-recent',
  'keloid',
  'skin-cancer',
  'pregnant',
  'metal-allergy',
  'immunosuppressed',
  'diabetes',
  'autoimmune',
  'cold-sore-history',
  'under-18',
] as const);

export type ConditionId = (typeof CONDITION_IDS)[number];

/** One screening question's rule: the condition and the verdict it gives on its own. */
export interface ScreeningCondition {
  readonly id: ConditionId;
  readonly verdict: Exclude<ScreeningVerdict, 'suitable'>;
}

const VERDICT_OF: Readonly<Record<ConditionId, ScreeningCondition['verdict']>> = {
  'inflamed-skin': 'wait',
  'skin-infection': 'wait',
  'broken-skin': 'wait',
  'recent-procedure': 'wait',
  'active-retinoid': 'wait',
  // The seed is stricter than clinical sources for sensitive skin, eczema, rosacea,
  // blood thinners and alcohol; the facts sheet says the seed wins.
  'very-sensitive-skin': 'not-suitable',
  eczema: 'not-suitable',
  rosacea: 'not-suitable',
  psoriasis: 'ask-doctor',
  'blood-thinners': 'not-suitable',
  'bleeding-disorder': 'not-suitable',
  'regular-alcohol': 'not-suitable',
  'isotretinoin-current': 'not-suitable',
  'isotretinoin-recent': 'ask-doctor',
  keloid: 'not-suitable',
  'skin-cancer': 'not-suitable',
  pregnant: 'not-suitable',
  'metal-allergy': 'not-suitable',
  immunosuppressed: 'not-suitable',
  diabetes: 'ask-doctor',
  autoimmune: 'ask-doctor',
  'cold-sore-history': 'ask-doctor',
  'under-18': 'not-suitable',
};

/** Every condition with its verdict, frozen, in the facts sheet's order. */
export const SCREENING_CONDITIONS: readonly ScreeningCondition[] = Object.freeze(
  CONDITION_IDS.map((id) => Object.freeze({id, verdict: VERDICT_OF[id]}))
);

export function isConditionId(value: unknown): value is ConditionId {
  return typeof value === 'string' && Object.hasOwn(VERDICT_OF, value);
}

/** The verdict a single condition gives. */
export function conditionVerdict(id: ConditionId): ScreeningCondition['verdict'] {
  return VERDICT_OF[id];
}

/** 0 for the most severe verdict (`not-suitable`), 3 for `suitable`. */
export function verdictRank(verdict: ScreeningVerdict): number {
  return SCREENING_VERDICTS.indexOf(verdict);
}
