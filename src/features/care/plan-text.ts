/**
 * The words of the plan. Numbers come from the plan object
 * (`buildPlan`), so the facts live in one place and these sentences only word them.
 */
import {msg, str} from '@lit/localize';
import {plural} from '../../i18n/plural.js';
import type {ClinicCourse, Goal, TreatmentPlan} from '../../rules/plan.js';

export function goalLabel(goal: Goal): string {
  switch (goal) {
    case 'texture':
      return msg('Smoother, brighter-looking skin', {id: 'plan.goal.texture'});
    case 'fine-lines':
      return msg('Fine lines', {id: 'plan.goal.fine-lines'});
    case 'acne-scars':
      return msg('Acne scars', {id: 'plan.goal.acne-scars'});
    case 'stretch-marks':
      return msg('Stretch marks on the body', {id: 'plan.goal.stretch-marks'});
  }
}

/** The honest answer to "can a home device do this?", first thing in the plan. */
export function goalVerdict(plan: TreatmentPlan): string {
  switch (plan.goal) {
    case 'texture':
      return msg(
        'A home device exfoliates the surface of the skin, for smoother, brighter-looking skin. That is what it can do, and what this plan is for.',
        {id: 'plan.verdict.texture'}
      );
    case 'fine-lines':
      return msg(
        'Lines and wrinkles are a clinic goal. A home device only gives smoother, brighter-looking skin; it will not meaningfully change wrinkles.',
        {id: 'plan.verdict.fine-lines'}
      );
    case 'acne-scars':
      return msg(
        'A home device will not meaningfully change acne scars. They are treated in a clinic, with longer needles in trained hands.',
        {id: 'plan.verdict.acne-scars'}
      );
    case 'stretch-marks':
      return msg(
        'A home device will not meaningfully change stretch marks. They are treated in a clinic, with longer needles in trained hands.',
        {id: 'plan.verdict.stretch-marks'}
      );
  }
}

/** The notice for a professional-depth device; `needleDepth` is the length already formatted for the locale, unit included. */
export function professionalNotice(needleDepth: string | undefined): string {
  return needleDepth != null
    ? msg(
        str`This device's needles are ${needleDepth} long. That is professional depth: it belongs in a clinic, in trained hands, so this plan has no home schedule.`,
        {id: 'plan.professional.depth'}
      )
    : msg(
        'This device has professional-length needles. It belongs in a clinic, in trained hands, so this plan has no home schedule.',
        {id: 'plan.professional'}
      );
}

export function homeHeading(plan: TreatmentPlan): string {
  return plan.goal === 'fine-lines'
    ? msg('For smoother-looking skin at home', {id: 'plan.home.heading.surface'})
    : msg('How often you may use your device', {id: 'plan.home.heading'});
}

/** `needleDepth` is the length already formatted for the locale, unit included ("0,25 mm" in German). */
export function deviceLength(needleDepth: string): string {
  return msg(str`Your device's needles are ${needleDepth} long.`, {id: 'plan.home.device-length'});
}

export function unknownLength(): string {
  return msg(
    'This guide does not know your device’s needle length, so both home rules are here. Check the length on the packaging.',
    {id: 'plan.home.unknown-length'}
  );
}

export function clinicHeading(): string {
  return msg('In a clinic', {id: 'plan.clinic.heading'});
}

export function courseText(course: ClinicCourse): string {
  switch (course.kind) {
    case 'every-few-months': {
      const {min, max} = course.everyMonths;
      return plural(max, {
        zero: msg(str`While your skin is in good condition: a session every ${min} to ${max} months.`, {id: 'plan.clinic.every-few-months.zero'}),
        one: msg(str`While your skin is in good condition: a session every ${min} to ${max} month.`, {id: 'plan.clinic.every-few-months.one'}),
        two: msg(str`While your skin is in good condition: a session every ${min} to ${max} months.`, {id: 'plan.clinic.every-few-months.two'}),
        few: msg(str`While your skin is in good condition: a session every ${min} to ${max} months.`, {id: 'plan.clinic.every-few-months.few'}),
        many: msg(str`While your skin is in good condition: a session every ${min} to ${max} months.`, {id: 'plan.clinic.every-few-months.many'}),
        other: msg(str`While your skin is in good condition: a session every ${min} to ${max} months.`, {id: 'plan.clinic.every-few-months.other'}),
      });
    }
    case 'monthly': {
      const {min, max} = course.months;
      return plural(max, {
        zero: msg(str`One session a month for ${min} to ${max} months.`, {id: 'plan.clinic.monthly.zero'}),
        one: msg(str`One session a month for ${min} to ${max} month.`, {id: 'plan.clinic.monthly.one'}),
        two: msg(str`One session a month for ${min} to ${max} months.`, {id: 'plan.clinic.monthly.two'}),
        few: msg(str`One session a month for ${min} to ${max} months.`, {id: 'plan.clinic.monthly.few'}),
        many: msg(str`One session a month for ${min} to ${max} months.`, {id: 'plan.clinic.monthly.many'}),
        other: msg(str`One session a month for ${min} to ${max} months.`, {id: 'plan.clinic.monthly.other'}),
      });
    }
    case 'sessions-in-all': {
      const {min, max} = course.sessions;
      return plural(max, {
        zero: msg(str`${min} to ${max} sessions in all; in studies they were about a month apart.`, {id: 'plan.clinic.sessions-in-all.zero'}),
        one: msg(str`${min} to ${max} session in all; in studies they were about a month apart.`, {id: 'plan.clinic.sessions-in-all.one'}),
        two: msg(str`${min} to ${max} sessions in all; in studies they were about a month apart.`, {id: 'plan.clinic.sessions-in-all.two'}),
        few: msg(str`${min} to ${max} sessions in all; in studies they were about a month apart.`, {id: 'plan.clinic.sessions-in-all.few'}),
        many: msg(str`${min} to ${max} sessions in all; in studies they were about a month apart.`, {id: 'plan.clinic.sessions-in-all.many'}),
        other: msg(str`${min} to ${max} sessions in all; in studies they were about a month apart.`, {id: 'plan.clinic.sessions-in-all.other'}),
      });
    }
    case 'clinic-advises':
      return msg('The clinic sets the number of sessions after seeing your skin.', {id: 'plan.clinic.advises'});
  }
}

export function touchUpText(): string {
  return msg('After that, a touch-up once a year.', {id: 'plan.clinic.touch-up'});
}

export function planUi() {
  return {
    intro: msg(
      'Choose what you would like to change. The plan says plainly whether a home device can do it, and how often to use it.',
      {id: 'plan.ui.intro'}
    ),
    legend: msg('What would you like to change?', {id: 'plan.ui.legend'}),
    empty: msg('Choose a goal to see your plan.', {id: 'plan.ui.empty'}),
    nextHeading: msg('Your next sessions', {id: 'plan.ui.next.heading'}),
    changeSession: msg('Change the session date', {id: 'plan.ui.next.change'}),
  };
}

export function planHeading(goal: Goal): string {
  const label = goalLabel(goal);
  return msg(str`Your plan: ${label}`, {id: 'plan.ui.heading'});
}

export function nextIntro(session: string): string {
  return msg(
    str`Counted from your session on ${session}. Each date is the earliest day: wait longer if your skin has not recovered.`,
    {id: 'plan.ui.next.intro'}
  );
}

export function plannedSessionText(n: number, date: string): string {
  return msg(str`Home session ${n}: from ${date}`, {id: 'plan.ui.next.home'});
}

/** Said instead of dates for a clinic course: the shopper has had no clinic session to count from. */
export function clinicDatesText(): string {
  return msg('Your clinic sets the dates.', {id: 'plan.clinic.dates'});
}
