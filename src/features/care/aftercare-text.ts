/**
 * The words of the aftercare timeline (facts sheet section 5). The one place
 * aftercare facts are written; the timeline view, the print card and the
 * calendar file all read them from here.
 */
import {msg, str} from '@lit/localize';
import type {AftercareMilestoneId, AftercareRuleId, AftercareRuleKind} from '../../rules/timeline.js';

/**
 * The advice for a rule right after the session; `until` is the formatted end
 * ("Thursday 14:00"). `whileRegularUse`: the rule lasts as long as a home device
 * is used regularly (timeline.ts, `regular-home`), so it has no date.
 */
export function ruleText(id: AftercareRuleId, until: string, whileRegularUse = false): string {
  if (whileRegularUse && (id === 'actives' || id === 'scrubs')) return regularUseText(id);
  switch (id) {
    case 'redness':
      return msg(
        'Redness like a mild sunburn and some itching are normal. Most of it fades within 24 to 48 hours, and it is rarely still there after 3 days.',
        {id: 'aftercare.redness'}
      );
    case 'hydrate':
      return msg('From the same day, use a mild cleanser and a hydrating serum, and keep your skin hydrated.', {
        id: 'aftercare.hydrate',
      });
    case 'products':
      return msg(
        'Use only products made for use straight after microneedling. Vitamin C serums and other products not made for it have caused lasting bumps (granulomas) when pushed into the skin.',
        {id: 'aftercare.products'}
      );
    case 'sunscreen':
      return msg(
        str`Wear a mineral sunscreen (zinc oxide or titanium dioxide) of SPF 30 or higher every day until ${until}.`,
        {id: 'aftercare.sunscreen.mineral'}
      );
    case 'makeup':
      return msg(
        str`No makeup until ${until}. If it truly cannot wait, later that evening is acceptable, with clean fingers or new tools.`,
        {id: 'aftercare.makeup'}
      );
    case 'sweat':
      return msg(
        str`No workouts or heavy sweating, and no pools, saunas or hot tubs, for 48 to 72 hours: until ${until} to be careful.`,
        {id: 'aftercare.sweat'}
      );
    case 'sun':
      return msg(str`Keep out of strong sun until at least ${until}.`, {id: 'aftercare.sun'});
    case 'actives':
      return msg(
        str`No retinol or other retinoids, no salicylic or glycolic acid and no vitamin C until about ${until}.`,
        {id: 'aftercare.actives'}
      );
    case 'scrubs':
      return msg(
        str`No exfoliating scrubs or cleansing brushes until at least ${until}; after clinic treatment, for a few weeks.`,
        {id: 'aftercare.scrubs'}
      );
  }
}

/** Actives and scrubs for regular home use: out for as long as the device is used, and a week after. */
function regularUseText(id: 'actives' | 'scrubs'): string {
  return id === 'actives'
    ? msg(
        'No retinol or other retinoids, no salicylic or glycolic acid, and no vitamin C. Leave them out while you use your device regularly, and for about a week after your last session.',
        {id: 'aftercare.actives.regular'}
      )
    : msg(
        'No exfoliating scrubs or cleansing brushes: your device already exfoliates. Leave them out while you use it regularly, and for a week after your last session.',
        {id: 'aftercare.scrubs.regular'}
      );
}

/** What changes when a rule ends, shown at its milestone. */
export function ruleEndText(id: AftercareRuleId): string {
  switch (id) {
    case 'redness':
      return msg('Redness is rarely still there now. If it gets worse or comes back, see a doctor.', {
        id: 'aftercare.redness.end',
      });
    case 'sunscreen':
      return msg('You can go back to your usual daily sunscreen.', {id: 'aftercare.sunscreen.end.usual'});
    case 'makeup':
      return msg('Makeup is fine again.', {id: 'aftercare.makeup.end'});
    case 'sweat':
      return msg('Workouts, pools, saunas and hot tubs are fine again.', {id: 'aftercare.sweat.end'});
    case 'sun':
      return msg('The first 72 hours out of strong sun are over; keep up the daily sunscreen.', {
        id: 'aftercare.sun.end',
      });
    case 'actives':
      return msg(
        'Retinol, acids and vitamin C are usually fine again. Some clinics ask you to wait up to 2 weeks for retinoids.',
        {id: 'aftercare.actives.end'}
      );
    case 'scrubs':
      return msg(
        'Scrubs and cleansing brushes are fine again after a home session; after clinic treatment, wait a few weeks.',
        {id: 'aftercare.scrubs.end'}
      );
    case 'hydrate':
    case 'products':
      // These have no end in the facts; they never appear at a later milestone.
      return '';
  }
}

/** The visible label of a line on the timeline, so its meaning never rests on colour or icon. */
export function kindLabel(kind: AftercareRuleKind): string {
  switch (kind) {
    case 'expect':
      return msg('Normal', {id: 'aftercare.kind.expect'});
    case 'do':
      return msg('Do', {id: 'aftercare.kind.do'});
    case 'avoid':
      return msg('Avoid', {id: 'aftercare.kind.avoid'});
  }
}

export function milestoneTitle(id: AftercareMilestoneId): string {
  switch (id) {
    case 'right-after':
      return msg('Right after your session', {id: 'aftercare.milestone.right-after'});
    case 'day-1':
      return msg('After 24 hours', {id: 'aftercare.milestone.day-1'});
    case 'day-3':
      return msg('After 72 hours', {id: 'aftercare.milestone.day-3'});
    case 'week-1':
      return msg('After about a week', {id: 'aftercare.milestone.week-1'});
    case 'week-2':
      return msg('After 2 weeks', {id: 'aftercare.milestone.week-2'});
  }
}

export function doctorHeading(): string {
  return msg('See a doctor if', {id: 'aftercare.doctor.heading'});
}

export function doctorSigns(): string[] {
  return [
    msg('redness or pain gets worse or comes back', {id: 'aftercare.doctor.worse'}),
    msg('swelling grows after day 2 or 3', {id: 'aftercare.doctor.swelling'}),
    msg('you notice pus or discharge, or have a fever or chills', {id: 'aftercare.doctor.infection'}),
    msg('blisters appear (this can be a cold sore)', {id: 'aftercare.doctor.blisters'}),
    msg('itchy red bumps appear days or weeks later', {id: 'aftercare.doctor.bumps'}),
    msg('dark patches appear', {id: 'aftercare.doctor.dark-patches'}),
  ];
}

/** Texts around the timeline: the session form, buttons and the summary line. */
export function aftercareUi() {
  return {
    intro: msg('Say when your session was, and the timeline shows what to do and until when.', {
      id: 'aftercare.ui.intro',
    }),
    sessionLegend: msg('When was your session?', {id: 'aftercare.ui.session.legend'}),
    sessionHint: msg('Today and now, unless you change it.', {id: 'aftercare.ui.session.hint'}),
    dateLabel: msg('Date', {id: 'aftercare.ui.session.date'}),
    timeLabel: msg('Time', {id: 'aftercare.ui.session.time'}),
    timelineLabel: msg('Aftercare timeline', {id: 'aftercare.ui.timeline'}),
    print: msg('Print aftercare', {id: 'aftercare.ui.print'}),
    actionsLabel: msg('Take your aftercare with you', {id: 'aftercare.ui.actions'}),
  };
}

/** "Your session: Monday 14 April 2025, 14:00" above the timeline (and on the printed card). */
export function sessionLine(when: string): string {
  return msg(str`Your session: ${when}`, {id: 'aftercare.ui.session.line'});
}
