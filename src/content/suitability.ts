import {msg} from '@lit/localize';

/** A short summary of who microneedling suits; the full screening is its own section. */
export interface SuitabilityContent {
  goalsHeading: string;
  clinicGoals: string;
  homeGoals: string;
  groups: {id: 'wait' | 'not-suitable' | 'ask-doctor'; heading: string; items: string[]}[];
  darkMarks: string;
}

export function suitabilityContent(): SuitabilityContent {
  return {
    goalsHeading: msg('What it is used for', {id: 'suitability.goals.heading'}),
    clinicGoals: msg(
      'In a clinic, microneedling is used for acne scarring, for smoothing the skin and for the small bumps left by clogged pores.',
      {id: 'suitability.goals.clinic'}
    ),
    homeGoals: msg(
      'A home device works on the surface: it exfoliates and leaves skin looking smoother and brighter.',
      {id: 'suitability.goals.home'}
    ),
    groups: [
      {
        id: 'wait',
        heading: msg('Wait until your skin has healed if you have', {id: 'suitability.wait.heading'}),
        items: [
          msg('inflamed skin or an active breakout', {id: 'suitability.wait.inflamed'}),
          msg('a skin infection, such as a cold sore', {id: 'suitability.wait.infection'}),
          msg('cuts, sunburn or irritated skin', {id: 'suitability.wait.broken'}),
          msg('had a peel, laser, waxing or injections recently', {id: 'suitability.wait.procedure'}),
        ],
      },
      {
        id: 'not-suitable',
        heading: msg('Home microneedling is not for you if you', {id: 'suitability.not.heading'}),
        items: [
          msg('have very sensitive skin, eczema or rosacea', {id: 'suitability.not.skin'}),
          msg('take blood thinners or have a bleeding disorder', {id: 'suitability.not.blood'}),
          msg('drink alcohol regularly', {id: 'suitability.not.alcohol'}),
          msg('take isotretinoin, or tend to form keloid scars', {id: 'suitability.not.isotretinoin-keloid'}),
          msg('are pregnant, breastfeeding or under 18', {id: 'suitability.not.pregnant-age'}),
        ],
      },
      {
        id: 'ask-doctor',
        heading: msg('Ask a doctor first if you have', {id: 'suitability.ask.heading'}),
        items: [
          msg('psoriasis, diabetes or an autoimmune disease', {id: 'suitability.ask.conditions'}),
          msg('cold sores from time to time', {id: 'suitability.ask.cold-sores'}),
          msg('stopped taking isotretinoin in the last 6 months', {id: 'suitability.ask.isotretinoin'}),
        ],
      },
    ],
    darkMarks: msg(
      'If your skin tends to get dark marks after spots or scratches (more common in darker skin), there is a higher risk of lasting dark marks. Test a small area first, and ask a dermatologist if you are unsure.',
      {id: 'suitability.dark-marks'}
    ),
  };
}
