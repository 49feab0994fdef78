import {msg} from '@lit/localize';
import type {ConditionId} from './conditions.js';

/** The questionnaire's pages, in order, and which conditions each asks about. Every condition appears once. */
export const SCREENING_PAGES = Object.freeze([
  {id: 'skin', conditions: ['inflamed-skin', 'skin-infection', 'broken-skin', 'very-sensitive-skin', 'skin-cancer']},
  {
    id: 'health',
    conditions: [
      'eczema',
      'rosacea',
      'psoriasis',
      'keloid',
      'cold-sore-history',
      'bleeding-disorder',
      'diabetes',
      'autoimmune',
      'metal-allergy',
    ],
  },
  {
    id: 'medicines',
    conditions: [
      'blood-thinners',
      'isotretinoin-current',
      'isotretinoin-recent',
      'immunosuppressed',
      'active-retinoid',
      'recent-procedure',
    ],
  },
  {id: 'about', conditions: ['under-18', 'pregnant', 'regular-alcohol']},
] as const satisfies readonly {id: string; conditions: readonly ConditionId[]}[]);

export type ScreeningPageId = (typeof SCREENING_PAGES)[number]['id'];

export interface PageText {
  /** The page heading, also the row name on the check-answers page. */
  title: string;
  /** The fieldset's legend. */
  question: string;
  /** "Why we ask", where it helps. */
  why?: string;
}

export function pageText(id: ScreeningPageId): PageText {
  switch (id) {
    case 'skin':
      return {
        title: msg('Your skin right now', {id: 'screening.page.skin.title'}),
        question: msg('Does any of this apply to the skin you want to treat?', {id: 'screening.page.skin.question'}),
        why: msg('Why we ask: skin that is inflamed, infected or broken has to heal before any microneedling.', {
          id: 'screening.page.skin.why',
        }),
      };
    case 'health':
      return {
        title: msg('Your health', {id: 'screening.page.health.title'}),
        question: msg('Do you have any of these?', {id: 'screening.page.health.question'}),
        why: msg(
          'Why we ask: some long-term conditions mean home microneedling is not for you, or that a doctor should advise you first.',
          {id: 'screening.page.health.why'}
        ),
      };
    case 'medicines':
      return {
        title: msg('Medicines and recent treatments', {id: 'screening.page.medicines.title'}),
        question: msg('Do any of these medicines or treatments apply to you?', {id: 'screening.page.medicines.question'}),
        why: msg(
          'Why we ask: some medicines and recent treatments mean you should wait, or should not use a home device at all.',
          {id: 'screening.page.medicines.why'}
        ),
      };
    case 'about':
      return {
        title: msg('About you', {id: 'screening.page.about.title'}),
        question: msg('Does any of this apply to you?', {id: 'screening.page.about.question'}),
        why: msg(
          'Why we ask: home microneedling is not for anyone under 18, pregnant or breastfeeding, or drinking alcohol on most days.',
          {id: 'screening.page.about.why'}
        ),
      };
  }
}

export interface ConditionText {
  /** The checkbox label, short and plain. */
  label: string;
  /** Examples or limits that help the shopper answer. */
  hint?: string;
  /** The reason as shown on the result: what the shopper told us. */
  reason: string;
}

export function conditionText(id: ConditionId): ConditionText {
  switch (id) {
    case 'inflamed-skin':
      return {
        label: msg('Inflamed skin or a breakout', {id: 'screening.condition.inflamed-skin.label'}),
        hint: msg('Red, swollen spots, pustules (spots filled with pus) or cysts (deep, painful lumps).', {
          id: 'screening.condition.inflamed-skin.hint.explained',
        }),
        reason: msg('Your skin is inflamed or breaking out.', {id: 'screening.condition.inflamed-skin.reason'}),
      };
    case 'skin-infection':
      return {
        label: msg('A skin infection', {id: 'screening.condition.skin-infection.label'}),
        hint: msg('For example a cold sore, warts, or a fungal or bacterial infection.', {
          id: 'screening.condition.skin-infection.hint',
        }),
        reason: msg('You have a skin infection.', {id: 'screening.condition.skin-infection.reason'}),
      };
    case 'broken-skin':
      return {
        label: msg('Cuts, wounds, sunburn or irritated skin', {id: 'screening.condition.broken-skin.label'}),
        reason: msg('You have cuts, wounds, sunburn or irritated skin.', {id: 'screening.condition.broken-skin.reason'}),
      };
    case 'very-sensitive-skin':
      return {
        label: msg('Extremely sensitive skin', {id: 'screening.condition.very-sensitive-skin.label'}),
        reason: msg('Your skin is extremely sensitive.', {id: 'screening.condition.very-sensitive-skin.reason'}),
      };
    case 'skin-cancer':
      return {
        label: msg('Skin cancer, or a mole that is changing, raised or bleeding', {
          id: 'screening.condition.skin-cancer.label',
        }),
        reason: msg('You have skin cancer, or a mole that is changing, raised or bleeding, in the area.', {
          id: 'screening.condition.skin-cancer.reason',
        }),
      };
    case 'eczema':
      return {
        label: msg('Eczema (also called atopic dermatitis)', {id: 'screening.condition.eczema.label.atopic'}),
        hint: msg('Dermatitis means inflamed skin.', {id: 'screening.condition.eczema.hint'}),
        reason: msg('You have eczema (atopic dermatitis).', {id: 'screening.condition.eczema.reason.atopic'}),
      };
    case 'rosacea':
      return {
        label: msg('Rosacea', {id: 'screening.condition.rosacea.label'}),
        reason: msg('You have rosacea.', {id: 'screening.condition.rosacea.reason'}),
      };
    case 'psoriasis':
      return {
        label: msg('Psoriasis, or another long-lasting skin inflammation', {
          id: 'screening.condition.psoriasis.label.inflammation',
        }),
        reason: msg('You have psoriasis, or another long-lasting skin inflammation.', {
          id: 'screening.condition.psoriasis.reason.inflammation',
        }),
      };
    case 'keloid':
      return {
        label: msg('A tendency to form keloids or raised scars', {id: 'screening.condition.keloid.label'}),
        reason: msg('You tend to form keloids or raised scars.', {id: 'screening.condition.keloid.reason'}),
      };
    case 'cold-sore-history':
      return {
        label: msg('Cold sores from time to time', {id: 'screening.condition.cold-sore-history.label'}),
        hint: msg('Even if you do not have one now.', {id: 'screening.condition.cold-sore-history.hint'}),
        reason: msg('You get cold sores from time to time.', {id: 'screening.condition.cold-sore-history.reason'}),
      };
    case 'bleeding-disorder':
      return {
        label: msg('A bleeding or clotting disorder', {id: 'screening.condition.bleeding-disorder.label'}),
        reason: msg('You have a bleeding or clotting disorder.', {id: 'screening.condition.bleeding-disorder.reason'}),
      };
    case 'diabetes':
      return {
        label: msg('Diabetes, or wounds that heal slowly', {id: 'screening.condition.diabetes.label'}),
        reason: msg('You have diabetes, or wounds that heal slowly.', {id: 'screening.condition.diabetes.reason'}),
      };
    case 'autoimmune':
      return {
        label: msg('An autoimmune or connective-tissue disease', {id: 'screening.condition.autoimmune.label'}),
        hint: msg('For example lupus or scleroderma.', {id: 'screening.condition.autoimmune.hint'}),
        reason: msg('You have an autoimmune or connective-tissue disease.', {id: 'screening.condition.autoimmune.reason'}),
      };
    case 'metal-allergy':
      return {
        label: msg('An allergy to nickel or stainless steel', {id: 'screening.condition.metal-allergy.label'}),
        reason: msg('You are allergic to nickel or stainless steel.', {id: 'screening.condition.metal-allergy.reason'}),
      };
    case 'blood-thinners':
      return {
        label: msg('Taking blood thinners', {id: 'screening.condition.blood-thinners.label'}),
        hint: msg('For example warfarin, heparin or a daily aspirin.', {id: 'screening.condition.blood-thinners.hint'}),
        reason: msg('You take blood thinners.', {id: 'screening.condition.blood-thinners.reason'}),
      };
    case 'isotretinoin-current':
      return {
        label: msg('Taking isotretinoin now', {id: 'screening.condition.isotretinoin-current.label'}),
        hint: msg('Also sold as Accutane or Roaccutane.', {id: 'screening.condition.isotretinoin-current.hint'}),
        reason: msg('Not while you take isotretinoin.', {id: 'screening.condition.isotretinoin-current.reason.not-while'}),
      };
    case 'isotretinoin-recent':
      return {
        label: msg('Stopped isotretinoin in the last 6 months', {id: 'screening.condition.isotretinoin-recent.label'}),
        reason: msg('You stopped isotretinoin in the last 6 months.', {id: 'screening.condition.isotretinoin-recent.reason'}),
      };
    case 'immunosuppressed':
      return {
        label: msg('Treatment that weakens the immune system', {id: 'screening.condition.immunosuppressed.label'}),
        hint: msg('Chemotherapy, radiotherapy to the area, high-dose steroids, or immune-suppressing medicine.', {
          id: 'screening.condition.immunosuppressed.hint',
        }),
        reason: msg('You have treatment that weakens the immune system.', {
          id: 'screening.condition.immunosuppressed.reason',
        }),
      };
    case 'active-retinoid':
      return {
        label: msg('Retinol, retinoids, AHAs or BHAs in the last 5 days', {
          id: 'screening.condition.active-retinoid.label',
        }),
        hint: msg('For example glycolic or salicylic acid.', {id: 'screening.condition.active-retinoid.hint'}),
        reason: msg('You used retinol, a retinoid, an AHA or a BHA in the last 5 days. Leave 5 days after the last use.', {
          id: 'screening.condition.active-retinoid.reason',
        }),
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
        reason: msg(
          'You had a peel, laser, waxing, Botox or filler recently. Leave 4 weeks after a peel or laser, 1 week after waxing, and 2 weeks after Botox or filler.',
          {id: 'screening.condition.recent-procedure.reason'}
        ),
      };
    case 'under-18':
      return {
        label: msg('You are younger than 18', {id: 'screening.condition.under-18.label'}),
        reason: msg('Not while you are younger than 18.', {id: 'screening.condition.under-18.reason.not-while'}),
      };
    case 'pregnant':
      return {
        label: msg('You are pregnant or breastfeeding', {id: 'screening.condition.pregnant.label'}),
        reason: msg('Not while you are pregnant or breastfeeding.', {id: 'screening.condition.pregnant.reason.not-while'}),
      };
    case 'regular-alcohol':
      return {
        label: msg('You drink alcohol on most days of the week', {id: 'screening.condition.regular-alcohol.label.most-days'}),
        reason: msg('You drink alcohol on most days of the week.', {
          id: 'screening.condition.regular-alcohol.reason.most-days',
        }),
      };
  }
}
