import {msg} from '@lit/localize';
import type {ConditionId} from '../../rules/conditions.js';

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
