import {msg, str} from '@lit/localize';
import {HOME_DEPTH_MAX_MM, UPPER_HOME_DEPTH_MAX_MM, type DepthClass} from '../rules/depth.js';
import {formatMillimetres} from '../lib/units.js';
import {plural} from '../i18n/plural.js';
import type {FrequencyRule} from '../rules/frequency.js';

/**
 * The one wording of each frequency rule (rules/frequency.ts). Every text that
 * says how often reads it from here: the "How often" section, the device notice,
 * the plan, the screening result and the calendar file.
 */
export function frequencyRuleText(rule: FrequencyRule): string {
  switch (rule.kind) {
    case 'weekly': {
      const times = rule.maxPerWeek;
      return plural(times, {
        zero: msg(str`At most ${times} times a week, and never on two days in a row.`, {id: 'frequency.rule.weekly.zero'}),
        one: msg(str`At most ${times} time a week, and never on two days in a row.`, {id: 'frequency.rule.weekly.one'}),
        two: msg(str`At most ${times} times a week, and never on two days in a row.`, {id: 'frequency.rule.weekly.two'}),
        few: msg(str`At most ${times} times a week, and never on two days in a row.`, {id: 'frequency.rule.weekly.few'}),
        many: msg(str`At most ${times} times a week, and never on two days in a row.`, {id: 'frequency.rule.weekly.many'}),
        other: msg(str`At most ${times} times a week, and never on two days in a row.`, {id: 'frequency.rule.weekly.other'}),
      });
    }
    case 'spaced': {
      const weeks = rule.everyWeeks;
      return plural(weeks, {
        zero: msg(str`At most once every ${weeks} weeks.`, {id: 'frequency.rule.spaced.zero'}),
        one: msg(str`At most once every ${weeks} week.`, {id: 'frequency.rule.spaced.one'}),
        two: msg(str`At most once every ${weeks} weeks.`, {id: 'frequency.rule.spaced.two'}),
        few: msg(str`At most once every ${weeks} weeks.`, {id: 'frequency.rule.spaced.few'}),
        many: msg(str`At most once every ${weeks} weeks.`, {id: 'frequency.rule.spaced.many'}),
        other: msg(str`At most once every ${weeks} weeks.`, {id: 'frequency.rule.spaced.other'}),
      });
    }
    case 'clinic-only':
      return msg('No home use: this needle length belongs in a clinic.', {id: 'frequency.rule.clinic-only'});
  }
}

/** The needle lengths a depth class covers: "Needles up to 0.3 mm". */
export function depthRangeLabel(depthClass: DepthClass, lang?: string): string {
  const home = formatMillimetres(HOME_DEPTH_MAX_MM, lang);
  const upper = formatMillimetres(UPPER_HOME_DEPTH_MAX_MM, lang);
  switch (depthClass) {
    case 'home':
      return msg(str`Needles up to ${home}`, {id: 'frequency.range.home'});
    case 'upper-home':
      return msg(str`Needles over ${home}, up to ${upper}`, {id: 'frequency.range.upper-home'});
    case 'professional':
      return msg(str`Needles over ${upper}`, {id: 'frequency.range.professional'});
  }
}

/** The line that goes with the upper end of home use wherever its rule is given. */
export function extraCareText(): string {
  return msg('This is the upper end of home use, so take extra care.', {id: 'frequency.extra-care'});
}

/** Never on skin that is still recovering: said with every home rule. */
export function recoveryText(): string {
  return msg('Never use it on skin that has not recovered from the last session.', {id: 'frequency.recovery'});
}

/** What to do if a home device draws blood (facts sheet section 4). */
export function bleedingText(): string {
  return msg(
    'If a home device draws blood, stop. The needles are going deeper than home use should. Let the skin heal before you use it again.',
    {id: 'frequency.bleeding'}
  );
}

export interface FrequencyContent {
  clinicHeading: string;
  clinic: string[];
  homeHeading: string;
  homeIntro: string;
  noHomeScheduleHeading: string;
  clinicSetsSchedule: string;
}

export function frequencyContent(): FrequencyContent {
  return {
    clinicHeading: msg('In a clinic', {id: 'frequency.clinic.heading'}),
    clinic: [
      msg('Skin in good condition: a session every 3 to 6 months.', {id: 'frequency.clinic.maintenance'}),
      msg('Acne scarring: one session a month for 4 to 6 months.', {id: 'frequency.clinic.acne-scars'}),
      msg('Body areas such as stretch marks: 4 to 6 sessions in all.', {id: 'frequency.clinic.body'}),
      msg('After a course: a touch-up once a year.', {id: 'frequency.clinic.after-course'}),
    ],
    homeHeading: msg('At home', {id: 'frequency.home.heading'}),
    homeIntro: msg(
      'There is no official guideline for home devices, so this guide keeps to the careful end of common advice.',
      {id: 'frequency.home.intro'}
    ),
    noHomeScheduleHeading: msg('No home schedule', {id: 'frequency.device.clinic-only.heading'}),
    clinicSetsSchedule: msg('The clinic sets the schedule. The usual pattern is below.', {
      id: 'frequency.device.clinic-sets',
    }),
  };
}
