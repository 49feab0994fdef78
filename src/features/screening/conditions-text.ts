import {msg} from '@lit/localize';
import type {ConditionId} from '../../rules/conditions.js';

/**
 * What each screening condition is called, shown in "Who it suits" and in the screening.
 * The reason a result gives is the screening's own (features/screening/reasons.ts).
 */
export interface ConditionText {
  /** The checkbox label, short and plain. */
  label: string;
  /** Examples or limits that help the shopper answer. */
  hint?: string;
}

export function conditionText(id: ConditionId): ConditionText {
  switch (id) {
    case 'inflamed-skin':
      return {
        label: msg('Inflamed skin or a breakout', {id: 'screening.condition.inflamed-skin.label'}),
        hint: msg('Red, swollen spots, pustules (spots filled with pus) or cysts (deep, painful lumps).', {
          id: 'screening.condition.inflamed-skin.hint.explained',
        }),
      };
    case 'skin-infection':
      return {
        label: msg('A skin infection', {id: 'screening.condition.skin-infection.label'}),
        hint: msg('For example a cold sore, warts, or a fungal or bacterial infection.', {
          id: 'screening.condition.skin-infection.hint',
        }),
      };
    case 'broken-skin':
      return {
        label: msg('Cuts, wounds, sunburn or irritated skin', {id: 'screening.condition.broken-skin.label'}),
      };
    case 'very-sensitive-skin':
      return {
        label: msg('Extremely sensitive skin', {id: 'screening.condition.very-sensitive-skin.label'}),
      };
    case 'skin-cancer':
      return {
        label: msg('Skin cancer, or a mole that is changing, raised or bleeding', {
          id: 'screening.condition.skin-cancer.label',
        }),
      };
    case 'eczema':
      return {
        label: msg('Eczema (also called atopic dermatitis)', {id: 'screening.condition.eczema.label.atopic'}),
        hint: msg('Dermatitis means inflamed skin.', {id: 'screening.condition.eczema.hint'}),
      };
    case 'rosacea':
      return {
        label: msg('Rosacea', {id: 'screening.condition.rosacea.label'}),
      };
    case 'psoriasis':
      return {
        label: msg('Psoriasis, or another long-lasting skin inflammation', {
          id: 'screening.condition.psoriasis.label.inflammation',
        }),
      };
    case 'keloid':
      return {
        label: msg('A tendency to form keloids or raised scars', {id: 'screening.condition.keloid.label'}),
      };
    case 'cold-sore-history':
      return {
        label: msg('Cold sores from time to time', {id: 'screening.condition.cold-sore-history.label'}),
        hint: msg('Even if you do not have one now.', {id: 'screening.condition.cold-sore-history.hint'}),
      };
    case 'bleeding-disorder':
      return {
        label: msg('A bleeding or clotting disorder', {id: 'screening.condition.bleeding-disorder.label'}),
      };
    case 'diabetes':
      return {
        label: msg('Diabetes, or wounds that heal slowly', {id: 'screening.condition.diabetes.label'}),
      };
    case 'autoimmune':
      return {
        label: msg('An autoimmune or connective-tissue disease', {id: 'screening.condition.autoimmune.label'}),
        hint: msg('For example lupus or scleroderma.', {id: 'screening.condition.autoimmune.hint'}),
      };
    case 'metal-allergy':
      return {
        label: msg('An allergy to nickel or stainless steel', {id: 'screening.condition.metal-allergy.label'}),
      };
    case 'blood-thinners':
      return {
        label: msg('Taking blood thinners', {id: 'screening.condition.blood-thinners.label'}),
        hint: msg('For example warfarin, heparin or a daily aspirin.', {id: 'screening.condition.blood-thinners.hint'}),
      };
    case 'isotretinoin-current':
      return {
        label: msg('Taking isotretinoin now', {id: 'screening.condition.isotretinoin-current.label'}),
        hint: msg('Also sold as Accutane or Roaccutane.', {id: 'screening.condition.isotretinoin-current.hint'}),
      };
    case 'isotretinoin-recent':
      return {
        label: msg('Stopped isotretinoin in the last 6 months', {id: 'screening.condition.isotretinoin-recent.label'}),
      };
    case 'immunosuppressed':
      return {
        label: msg('Treatment that weakens the immune system', {id: 'screening.condition.immunosuppressed.label'}),
        hint: msg('Chemotherapy, radiotherapy to the area, high-dose steroids, or immune-suppressing medicine.', {
          id: 'screening.condition.immunosuppressed.hint',
        }),
      };
    case 'active-retinoid':
      return {
        label: msg('Retinol, retinoids, AHAs or BHAs in the last 5 days', {
          id: 'screening.condition.active-retinoid.label',
        }),
        hint: msg('For example glycolic or salicylic acid.', {id: 'screening.condition.active-retinoid.hint'}),
      };
    case 'recent-procedure':
      return {
        label: msg('A recent peel, laser, waxing, or Botox or filler injections', {
          id: 'screening.condition.recent-procedure.label.botox',
        }),
        hint: msg(
          'A chemical peel or laser in the last 4 weeks, waxing in the last week, or Botox or filler in the last 2 weeks.',
          {id: 'screening.condition.recent-procedure.hint'}
        ),
      };
    case 'under-18':
      return {
        label: msg('You are younger than 18', {id: 'screening.condition.under-18.label'}),
      };
    case 'pregnant':
      return {
        label: msg('You are pregnant or breastfeeding', {id: 'screening.condition.pregnant.label'}),
      };
    case 'regular-alcohol':
      return {
        label: msg('You drink alcohol on most days of the week', {id: 'screening.condition.regular-alcohol.label.most-days'}),
      };
  }
}
