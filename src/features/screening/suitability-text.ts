import {msg} from '@lit/localize';
import {SCREENING_CONDITIONS, type ConditionId, type ScreeningCondition} from '../../rules/conditions.js';
import {PASSING_CONDITIONS} from '../../rules/result.js';

/** One group of the "Who it suits" summary: the conditions of one verdict. */
export interface SuitabilityGroup {
  id: ScreeningCondition['verdict'];
  heading: string;
  intro: string;
  /** Every condition of this verdict, in the facts sheet's order. */
  conditions: ConditionId[];
  /** For `not-suitable`: the conditions that pass with time, listed apart ("not while"). */
  passing?: {intro: string; conditions: ConditionId[]};
}

/**
 * "Who it suits": complete on its own, since a shop may hide the screening. The
 * groups are built from SCREENING_CONDITIONS (never retyped); the view lists each
 * condition with its screening label, so both always agree.
 */
export interface SuitabilityContent {
  goalsHeading: string;
  clinicGoals: string;
  homeGoals: string;
  groups: SuitabilityGroup[];
  darkMarks: string;
}

const ofVerdict = (verdict: ScreeningCondition['verdict']) =>
  SCREENING_CONDITIONS.filter((c) => c.verdict === verdict).map((c) => c.id);

export function suitabilityContent(): SuitabilityContent {
  const notSuitable = ofVerdict('not-suitable');
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
        id: 'not-suitable',
        heading: msg('Not for home use', {id: 'suitability.not.heading.short'}),
        intro: msg('Home microneedling is not for you if any of these apply:', {id: 'suitability.not.intro'}),
        conditions: notSuitable.filter((id) => !PASSING_CONDITIONS.includes(id)),
        passing: {
          intro: msg('And not while any of these apply:', {id: 'suitability.not.passing.intro'}),
          conditions: notSuitable.filter((id) => PASSING_CONDITIONS.includes(id)),
        },
      },
      {
        id: 'ask-doctor',
        heading: msg('Ask a doctor first', {id: 'suitability.ask.heading.short'}),
        intro: msg('Talk to a doctor before any microneedling if any of these apply:', {id: 'suitability.ask.intro'}),
        conditions: ofVerdict('ask-doctor'),
      },
      {
        id: 'wait',
        heading: msg('Wait first', {id: 'suitability.wait.heading.short'}),
        intro: msg('Wait until your skin has healed, or the time has passed, if any of these apply:', {
          id: 'suitability.wait.intro',
        }),
        conditions: ofVerdict('wait'),
      },
    ],
    darkMarks: msg(
      'Does your skin tend to get dark marks after spots or scratches? This is more common in darker skin. Then there is a higher risk of lasting dark marks. Test a small area first, and ask a dermatologist if you are unsure.',
      {id: 'suitability.dark-marks'}
    ),
  };
}
