import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {formatPlainDate, formatSession} from './format.js';
import {formatMillimetres} from '../../lib/units.js';
import {renderCalendarButton, SESSION_DATE_FIELD} from './aftercare-view.js';
import {depthRangeLabel, extraCareText, frequencyRuleText, recoveryText} from '../../content/frequency.js';
import {
  clinicDatesText,
  clinicHeading,
  courseText,
  deviceLength,
  goalLabel,
  goalVerdict,
  homeHeading,
  nextIntro,
  planHeading,
  plannedSessionText,
  planUi,
  professionalNotice,
  touchUpText,
  unknownLength,
} from './plan-text.js';
import {buildPlan, GOALS, type TreatmentPlan} from '../../rules/plan.js';
import {planSessions} from '../../rules/sessions.js';
import type {CareState} from './state.js';
import {callout, list} from '../../views/blocks.js';
import type {ViewContext} from '../../views/context.js';
import {renderClinicLink} from '../../views/device-notice.js';
import {heading} from '../../views/heading.js';

/**
 * The plan: the shopper picks a goal (native radios); the plan for
 * that goal and this device appears below. The plan itself is not a live region
 * (arrowing through the radios would queue its hundred-odd words each time); a
 * short status says a plan is shown, and the shopper reads on at their own pace.
 */
export function renderPlan(ctx: ViewContext, care: CareState) {
  const ui = planUi();
  const {needleDepth, depthClass, clinicUrl} = ctx.settings;
  const plan = care.goal ? buildPlan({goal: care.goal, needleDepth, depthClass, clinicUrl}) : undefined;

  return html`<div class="plan" part="plan">
    <p>${ui.intro}</p>
    <fieldset class="care-fieldset plan__goals" part="plan-goals">
      <legend>${ui.legend}</legend>
      ${GOALS.map(
        (goal) => html`<label class="plan__choice">
          <input
            type="radio"
            name="plan-goal"
            value=${goal}
            .checked=${care.goal === goal}
            @change=${() => care.setGoal(goal)}
          />
          <span>${goalLabel(goal)}</span>
        </label>`
      )}
    </fieldset>
    <p class="visually-hidden" role="status">${plan ? planShown(plan.goal) : ''}</p>
    <div class="plan__result" part="plan-result" data-goal=${plan?.goal ?? nothing}>
      ${plan ? renderResult(plan, ctx, care) : html`<p class="plan__hint">${ui.empty}</p>`}
    </div>
    ${plan
      ? html`<div class="care-actions">
          ${renderCalendarButton(ctx, care)}
        </div>`
      : nothing}
  </div>`;
}

/** The one short sentence announced when the shopper picks a goal. */
function planShown(goal: TreatmentPlan['goal']): string {
  const label = goalLabel(goal);
  return msg(str`Plan for ${label} shown below.`, {id: 'plan.status.shown'});
}

function renderResult(plan: TreatmentPlan, ctx: ViewContext, care: CareState) {
  const mm = ctx.settings.needleDepth != null ? formatMillimetres(ctx.settings.needleDepth, ctx.locale) : undefined;
  return html`${heading(ctx.settings, 2, planHeading(plan.goal), {className: 'plan__heading'})}
    ${plan.deviceBelongsInClinic ? callout('warning', html`<p>${professionalNotice(mm)}</p>`) : nothing}
    ${plan.setting === 'home' || plan.goal !== 'texture'
      ? callout(plan.setting === 'clinic' ? 'caution' : 'info', html`<p>${goalVerdict(plan)}</p>`)
      : nothing}
    ${plan.homeSchedules.length ? renderHome(ctx, plan, mm) : nothing} ${renderNextSessions(plan, ctx, care)}
    ${plan.clinicCourse ? renderClinic(ctx, plan) : nothing}`;
}

function renderHome(ctx: ViewContext, plan: TreatmentPlan, mm: string | undefined) {
  const single = plan.homeSchedules.length === 1;
  return html`${heading(ctx.settings, 3, homeHeading(plan))}
    ${single && mm ? html`<p>${deviceLength(mm)}</p>` : nothing}
    ${single ? nothing : html`<p>${unknownLength()}</p>`}
    <ul class="list plan__schedules">
      ${plan.homeSchedules.map(
        (rule) => html`<li data-rule=${rule.kind}>
          ${single ? nothing : html`${depthRangeLabel(rule.depthClass, ctx.locale)}: `}<strong>${frequencyRuleText(rule)}</strong>
        </li>`
      )}
    </ul>
    ${plan.extraCare ? callout('caution', html`<p>${extraCareText()}</p>`) : nothing}
    <p>${recoveryText()}</p>`;
}

function renderNextSessions(plan: TreatmentPlan, ctx: ViewContext, care: CareState) {
  const sessions = planSessions(plan, care.session, care.timeZone);
  if (!sessions.length) return nothing;
  const ui = planUi();
  const zone = {locale: care.locale, timeZone: care.timeZone};
  return html`${heading(ctx.settings, 3, ui.nextHeading)}
    <p>${nextIntro(formatSession(care.session, zone))}</p>
    ${list(sessions.map((s) => plannedSessionText(s.number, formatPlainDate(s.date, care.locale))), 'list plan__sessions')}
    ${ctx.has('aftercare')
      ? html`<p>
          <button type="button" class="link-button" @click=${() => ctx.goTo('aftercare', SESSION_DATE_FIELD)}>${ui.changeSession}</button>
        </p>`
      : nothing}`;
}

function renderClinic(ctx: ViewContext, plan: TreatmentPlan) {
  const course = plan.clinicCourse!;
  return html`${heading(ctx.settings, 3, clinicHeading())}
    ${list([courseText(course), touchUpText(), clinicDatesText()], 'list plan__course')}
    ${renderClinicLink(plan.clinicUrl)}`;
}
