import {html, nothing} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg} from '@lit/localize';
import {
  aftercareUi,
  doctorHeading,
  doctorSigns,
  kindLabel,
  milestoneTitle,
  ruleEndText,
  ruleText,
  sessionLine,
} from './aftercare-text.js';
import {formatMoment, formatSession, type FormatZone} from './format.js';
import {printAftercare} from './print.js';
import {aftercareSet, buildAftercareTimeline, type DatedMilestone, type DatedRule} from '../../rules/timeline.js';
import {downloadCareCalendar} from './calendar-download.js';
import {inLocale} from '../../i18n/active-locale.js';
import {addToCalendarLabel} from './calendar.js';
import {deviceCare} from '../../sections/device-care.js';
import {deviceCareContent} from '../../content/device-care.js';
import {cleaningSteps} from '../../views/device-care.js';
import type {CareState} from './state.js';
import {callout, list} from '../../views/blocks.js';
import type {ViewContext} from '../../views/context.js';
import {icon} from '../../views/icons.js';
import {heading} from '../../views/heading.js';

/** The session date field, which "Change the session date" in the plan moves focus to. */
export const SESSION_DATE_FIELD = 'input[name="session-date"]';


/**
 * A date or time field's `input` listener: follows a complete value at once. WebKit fires only
 * `input` while the shopper steps the field with the arrow keys (`change` waits until they leave
 * it); an empty value, half-typed, waits for `change`, which resets it to today or now.
 */
const whenComplete = (set: (value: string) => void) => (e: Event) => {
  const {value} = e.target as HTMLInputElement;
  if (value) set(value);
};

/** The session's date or time field: follows every complete value, and `change` resets an empty one. */
function sessionField(type: 'date' | 'time', label: string, value: string, set: (value: string) => void) {
  return html`<label class="aftercare__field">
    <span class="aftercare__field-label">${label}</span>
    <input
      type=${type}
      name="session-${type}"
      aria-describedby="aftercare-session-hint"
      .value=${live(value)}
      @change=${(e: Event) => set((e.target as HTMLInputElement).value)}
      @input=${whenComplete(set)}
    />
  </label>`;
}

/**
 * The aftercare section: when the session was, the dated timeline, when to see
 * a doctor, device care beside it for home devices, and the calendar and print
 * buttons. Everything but the form and the buttons prints.
 */
export function renderAftercare(ctx: ViewContext, care: CareState) {
  const ui = aftercareUi();
  const zone: FormatZone = {locale: care.locale, timeZone: care.timeZone};
  const timeline = buildAftercareTimeline(care.session, zone.timeZone, aftercareSet(ctx.settings.depthClass));
  const homeDevice = ctx.settings.depthClass !== 'professional';

  return html`<div class="aftercare" part="aftercare">
    <p class="aftercare__intro">${ui.intro}</p>
    <fieldset class="care-fieldset aftercare__session" part="aftercare-session">
      <legend>${ui.sessionLegend}</legend>
      <p class="aftercare__hint" id="aftercare-session-hint">${ui.sessionHint}</p>
      <div class="aftercare__fields">
        ${sessionField('date', ui.dateLabel, care.sessionDateValue, (value) => care.setSessionDate(value))}
        ${sessionField('time', ui.timeLabel, care.sessionTimeValue, (value) => care.setSessionTime(value))}
      </div>
    </fieldset>
    <p class="aftercare__session-line"><strong>${sessionLine(formatSession(timeline.session, zone))}</strong></p>

    <div class="aftercare__layout">
      <div class="aftercare__main">
        <ol class="timeline" part="aftercare-timeline" aria-label=${ui.timelineLabel}>
          ${timeline.milestones.map((m) => renderMilestone(ctx, m, timeline.rules, timeline.session, zone))}
        </ol>
      </div>
      <div class="aftercare__side">
        ${callout('warning', list(doctorSigns()), {base: ctx.settings, rank: 2, text: doctorHeading()})} ${homeDevice ? renderDeviceHygiene(ctx) : nothing}
      </div>
    </div>

    <div class="care-actions" role="group" aria-label=${ui.actionsLabel}>
      ${renderCalendarButton(ctx, care)}
      <button
        type="button"
        class="button button--secondary"
        data-action="print"
        @click=${(e: Event) => printAftercare(hostOf(e.currentTarget as Element))}
      >
        ${icon('print')}<span>${ui.print}</span>
      </button>
    </div>
  </div>`;
}

/**
 * Device hygiene beside the timeline, for home devices: the cleaning steps and
 * points of the device-care content (read from it, not copied), and a link to the
 * full section when it is shown.
 */
function renderDeviceHygiene(ctx: ViewContext) {
  const c = deviceCareContent();
  return html`<aside class="aftercare__device" part="aftercare-device-care" aria-labelledby="aftercare-device-care">
    ${heading(ctx.settings, 2, deviceCare.title(), {id: 'aftercare-device-care'})}
    <p class="aftercare__device-lead">${c.cleanHeading}</p>
    ${cleaningSteps(c)} ${list(c.points)}
    ${ctx.has('device-care')
      ? html`<button type="button" class="link-button" @click=${() => ctx.goTo('device-care')}>
          ${msg('More on caring for your device', {id: 'aftercare.ui.device-care.more'})}
        </button>`
      : nothing}
  </aside>`;
}

function hostOf(node: Element): Element {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : node;
}

function renderMilestone(ctx: ViewContext, milestone: DatedMilestone, rules: readonly DatedRule[], session: Date, zone: FormatZone) {
  const first = milestone.id === 'right-after';
  const when = formatMoment(milestone.at, session, zone, milestone.approximate);
  const items = first
    ? rules.map((rule) => ({
        kind: rule.kind,
        text: ruleText(
          rule.id,
          rule.until ? formatMoment(rule.until, session, zone, rule.bound === 'about') : '',
          rule.whileRegularUse
        ),
      }))
    : milestone.rules.map((id) => ({kind: 'ended' as const, text: ruleEndText(id)}));
  return html`<li class="milestone" data-milestone=${milestone.id}>
    ${heading(
      ctx.settings,
      2,
      html`<span>${milestoneTitle(milestone.id)}</span>
        <time class="milestone__when" datetime=${milestone.at.toISOString()}>${when}</time>`,
      {className: 'milestone__title'}
    )}
    <ul class="milestone__items">
      ${items.map(
        (item) => html`<li class="milestone__item milestone__item--${item.kind}">
          ${item.kind === 'ended' ? nothing : html`<span class="milestone__kind">${kindLabel(item.kind)}</span> `}<span
            class="milestone__text"
            >${item.text}</span
          >
        </li>`
      )}
    </ul>
  </li>`;
}

/** "Add to calendar": the planned sessions and aftercare milestones as an .ics download. Shared with the plan. */
export function renderCalendarButton(ctx: ViewContext, care: CareState) {
  return html`<button
    type="button"
    class="button"
    data-action="calendar"
    @click=${() => inLocale(ctx.language, () => downloadCareCalendar(care, ctx.settings))}
  >
    ${icon('calendar')}<span>${addToCalendarLabel()}</span>
  </button>`;
}
