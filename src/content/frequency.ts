import {msg, str} from '@lit/localize';
import {classifyNeedleDepth, homeBand, type HomeBand} from './depth.js';

/** Which home rule applies to a needle length (facts sheet section 4). */
export type HomeFrequencyRule = HomeBand | 'clinic-only';

/**
 * The one home-use rule for a device: up to 0.25 mm at most 2-3 times a week,
 * longer (up to 0.5 mm) no more than once every 3-4 weeks, and no home schedule at
 * all for professional lengths. `undefined` without a known depth.
 */
export function homeFrequencyRule(needleDepth: number | undefined): HomeFrequencyRule | undefined {
  if (needleDepth === undefined) return undefined;
  if (classifyNeedleDepth(needleDepth) === 'professional') return 'clinic-only';
  return homeBand(needleDepth);
}

export interface FrequencyContent {
  clinicHeading: string;
  clinic: string[];
  homeHeading: string;
  homeIntro: string;
  home: {id: 'up-to-0.25' | 'over-0.25'; text: string}[];
  recovery: string;
}

/** What the "how often" section says about the retailer's device. */
export interface DeviceFrequencyContent {
  /** The one home rule for this length. */
  rule: Record<'up-to-0.25' | 'over-0.25', string>;
  /** Replaces the home schedule for professional lengths. */
  clinicOnlyHeading: string;
  clinicOnly: string;
}

export function deviceFrequencyContent(length: string): DeviceFrequencyContent {
  return {
    rule: {
      'up-to-0.25': msg(str`With needles of ${length}: no more than 2 to 3 times a week.`, {
        id: 'frequency.device.short',
      }),
      'over-0.25': msg(str`With needles of ${length}: no more than once every 3 to 4 weeks.`, {
        id: 'frequency.device.long',
      }),
    },
    clinicOnlyHeading: msg('No home schedule', {id: 'frequency.device.clinic-only.heading'}),
    clinicOnly: msg(
      str`Needles of ${length} belong in a clinic, so this guide gives no home schedule for them. The clinic sets the schedule; the usual pattern is below.`,
      {id: 'frequency.device.clinic-only'}
    ),
  };
}

export function frequencyContent(): FrequencyContent {
  return {
    clinicHeading: msg('In a clinic', {id: 'frequency.clinic.heading'}),
    clinic: [
      msg('Skin in good condition: a session every 3 to 6 months.', {id: 'frequency.clinic.maintenance'}),
      msg('Acne scarring: one session a month for 4 to 6 months.', {id: 'frequency.clinic.acne-scars'}),
      msg('Body areas such as stretch marks: 4 to 6 sessions in all.', {id: 'frequency.clinic.body'}),
      msg('Everyone: a touch-up once a year.', {id: 'frequency.clinic.touch-up'}),
    ],
    homeHeading: msg('At home', {id: 'frequency.home.heading'}),
    homeIntro: msg(
      'There is no official guideline for home devices, so this guide keeps to the careful end of common advice.',
      {id: 'frequency.home.intro'}
    ),
    home: [
      {
        id: 'up-to-0.25',
        text: msg('Needles up to 0.25 mm: no more than 2 to 3 times a week.', {id: 'frequency.home.short'}),
      },
      {
        id: 'over-0.25',
        text: msg('Needles longer than 0.25 mm: no more than once every 3 to 4 weeks.', {id: 'frequency.home.long'}),
      },
    ],
    recovery: msg('Never needle skin that has not recovered from the last session.', {id: 'frequency.recovery'}),
  };
}
