import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg, str} from '@lit/localize';
import {plural} from '../../i18n/plural.js';
import type {ViewContext} from '../../views/context.js';
import {callout} from '../../views/blocks.js';
import {icon} from '../../views/icons.js';
import {heading, type HeadingBase} from '../../views/heading.js';
import {suitabilityContent} from './suitability-text.js';
import {conditionVerdict, type ConditionId} from '../../rules/conditions.js';
import {SCREENING_PAGES, pageText} from './questions.js';
import {conditionText} from './conditions-text.js';
import {conditionReason} from './reasons.js';
import {howOftenLabel, verdictTag, verdictText} from './result-text.js';
import {resultAdvice, type ResultAdvice} from '../../rules/result.js';
import {extraCareText, frequencyRuleText} from '../../content/frequency.js';
import {renderClinicLink} from '../../views/device-notice.js';
import type {ScreeningAnnouncement, ScreeningChoice, ScreeningController} from './controller.js';

type Page = (typeof SCREENING_PAGES)[number];

/** The screening section: intro, question pages, check your answers, result. Renders controller state only. */
export function renderScreening(ctx: ViewContext, s: ScreeningController): TemplateResult {
  const step = s.step;
  const page = s.page;
  const advice = s.result && resultAdvice(s.result.verdict, ctx.settings.depthClass, s.result.reasons);
  return html`<div class="screening">
    <p class="visually-hidden" role="status">${announce(s.announcement)}</p>
    ${step === 'intro'
      ? intro(s, ctx.settings)
      : step === 'check'
        ? checkAnswers(s, ctx.settings)
        : step === 'result'
          ? advice
            ? result(ctx, s, advice)
            : nothing
          : page
            ? questionPage(s, ctx.settings, page, step as number)
            : nothing}
  </div>`;
}

function checkHeading(): string {
  return msg('Check your answers', {id: 'screening.check.heading'});
}

function noneLabel(): string {
  return msg('None of these apply to me', {id: 'screening.none'});
}

function pageOf(index: number, total: number): string {
  return msg(str`Question page ${index + 1} of ${total}`, {id: 'screening.page-of'});
}

function announce(a: ScreeningAnnouncement | undefined): string {
  return a?.kind === 'cleared' ? msg('Your answers have been cleared.', {id: 'screening.status.cleared'}) : '';
}

function nextButton(label: string, onClick: () => void): TemplateResult {
  return html`<button type="button" class="button" part="screening-next" @click=${onClick}>
    ${label}
  </button>`;
}

function backLink(s: ScreeningController): TemplateResult {
  return html`<button type="button" class="link-button screening__back" @click=${() => s.back()}>
    ${icon('arrow-start')}${msg('Back', {id: 'screening.back'})}
  </button>`;
}

/** The heading focus moves to on every step. */
function stepHeading(base: HeadingBase, content: unknown): TemplateResult {
  return heading(base, 2, content, {className: 'screening__heading', focusable: true});
}

function intro(s: ScreeningController, base: HeadingBase): TemplateResult {
  const privacy = msg('Your answers are never saved or sent. They stay on this device, and reloading the page forgets them.', {
    id: 'screening.intro.privacy.never',
  });
  const shared = s.sharesVerdict
    ? html`<p>
        ${msg('This shop learns your result, for example “wait”, but never your answers.', {
          id: 'screening.intro.privacy.shared-result',
        })}
      </p>`
    : nothing;
  return html`${stepHeading(base, msg('Before you start', {id: 'screening.intro.heading'}))}
    <p>
      ${introBody(s.pageCount)}
    </p>
    ${callout('info', html`<p>${privacy}</p>${shared}`, {
      base,
      rank: 3,
      text: msg('Your answers are private', {id: 'screening.intro.privacy-heading'}),
    })}
    <div class="screening__actions">${nextButton(msg('Start', {id: 'screening.start'}), () => s.start())}</div>`;
}

function questionPage(s: ScreeningController, base: HeadingBase, page: Page, index: number): TemplateResult {
  const text = pageText(page.id);
  const chosen = s.choices(page.id);
  const hintId = `screening-${page.id}-hint`;
  const errorId = `screening-${page.id}-error`;
  const firstId = inputId(page.id, page.conditions[0]);
  const errorText = msg('Select all that apply, or select “None of these apply to me”', {id: 'screening.error.empty'});
  // One string: a space in a text node of its own between two texts is lost from the accessibility tree.
  const hint = [text.why, msg('Select all that apply.', {id: 'screening.hint.select-all'})].filter(Boolean).join(' ');
  const onChange = (e: Event) => {
    const input = e.target as HTMLInputElement;
    s.toggle(page.id, input.value as ScreeningChoice, input.checked);
  };
  return html`${backLink(s)}
    ${s.hasError
      ? html`<div class="error-summary" tabindex="-1" aria-labelledby="screening-error-title">
          ${heading(base, 2, msg('There is a problem', {id: 'screening.error.title'}), {
            id: 'screening-error-title',
            className: 'error-summary__title',
          })}
          <ul>
            <li><a href="#${firstId}" @click=${focusTarget}>${errorText}</a></li>
          </ul>
        </div>`
      : nothing}
    ${stepHeading(base, html`<span class="screening__caption">${pageOf(index, s.pageCount)}</span> ${text.title}`)}
    <div class="field ${s.hasError ? 'field--error' : ''}">
      <fieldset aria-describedby=${s.hasError ? `${hintId} ${errorId}` : hintId} @change=${onChange}>
        <legend>${text.question}</legend>
        <p class="hint" id=${hintId}>
          ${hint}
        </p>
        ${s.hasError
          ? html`<p class="error-message" id=${errorId}>
              <span class="visually-hidden">${msg('Error:', {id: 'screening.error.prefix'})}</span> ${errorText}
            </p>`
          : nothing}
        <div class="checkboxes">
          ${page.conditions.map((id) => checkbox(page.id, id, chosen.has(id)))}
          <p class="checkboxes__divider">${msg('or', {id: 'screening.or'})}</p>
          ${checkbox(page.id, 'none', chosen.has('none'))}
        </div>
      </fieldset>
    </div>
    <div class="screening__actions">${nextButton(msg('Continue', {id: 'screening.continue'}), () => s.next())}</div>`;
}

function inputId(page: string, choice: ScreeningChoice): string {
  return `screening-${page}-${choice}`;
}

function checkbox(page: string, choice: ScreeningChoice, checked: boolean): TemplateResult {
  const id = inputId(page, choice);
  const text =
    choice === 'none' ? {label: noneLabel(), hint: undefined} : conditionText(choice);
  return html`<div class="checkbox">
    <input
      type="checkbox"
      id=${id}
      name="screening-${page}"
      value=${choice}
      .checked=${live(checked)}
      aria-describedby=${text.hint ? `${id}-hint` : nothing}
    />
    <label for=${id}>${text.label}</label>
    ${text.hint ? html`<p class="checkbox__hint" id="${id}-hint">${text.hint}</p>` : nothing}
  </div>`;
}

/** Error summary links move focus to the field without touching the page's URL. */
function focusTarget(e: Event): void {
  e.preventDefault();
  const link = e.currentTarget as HTMLAnchorElement;
  const root = link.getRootNode() as ShadowRoot | Document;
  const target = root.getElementById(link.getAttribute('href')!.slice(1));
  target?.focus();
  target?.scrollIntoView({block: 'center'});
}

function chosenLabels(s: ScreeningController, page: Page): string[] {
  const chosen = s.choices(page.id);
  if (chosen.has('none') || chosen.size === 0) return [noneLabel()];
  return page.conditions.filter((id) => chosen.has(id)).map((id) => conditionText(id).label);
}

function checkAnswers(s: ScreeningController, base: HeadingBase): TemplateResult {
  return html`${backLink(s)}
    ${stepHeading(base, checkHeading())}
    <p>${msg('You can change any answer before you see your result.', {id: 'screening.check.body'})}</p>
    <dl class="summary">
      ${SCREENING_PAGES.map((page) => {
        const title = pageText(page.id).title;
        const labels = chosenLabels(s, page);
        return html`<div class="summary__row" data-page=${page.id}>
          <dt>${title}</dt>
          <dd>${labels.length === 1 ? labels[0] : html`<ul>${labels.map((l) => html`<li>${l}</li>`)}</ul>`}</dd>
          <dd>
            <button type="button" class="link-button" data-change=${page.id} @click=${() => s.change(page.id)}>
              ${msg('Change', {id: 'screening.change'})}<span class="visually-hidden"> ${title}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>
    <div class="screening__actions">
      ${nextButton(msg('See my result', {id: 'screening.see-result'}), () => s.seeResult())}
    </div>`;
}

function result(ctx: ViewContext, s: ScreeningController, advice: ResultAdvice): TemplateResult {
  const r = s.result!;
  const text = verdictText(advice);
  const clinicUrl = ctx.settings.clinicUrl;
  const toProfessional = advice.route === 'professional';
  const home = advice.route === 'home';
  return html`<div
      class="result result--${r.verdict}"
      part="screening-result"
      data-verdict=${r.verdict}
      data-route=${advice.route}
    >
      <div class="result__banner">
        ${stepHeading(ctx.settings, text.heading)}
      </div>
      <div class="result__body">
        ${r.reasons.length
          ? html`${heading(ctx.settings, 3, msg('Why', {id: 'screening.result.why'}))}
              <ul class="reasons">
                ${r.reasons.map((id) => reason(id))}
              </ul>`
          : nothing}
        ${heading(ctx.settings, 3, msg('What to do next', {id: 'screening.result.next'}))}
        ${text.nextSteps.map((step) => html`<p>${step}</p>`)}
        ${home && advice.frequency
          ? html`<p class="result__rule" data-rule=${advice.frequency.kind}>
              <strong>${howOftenLabel()}</strong> ${frequencyRuleText(advice.frequency)}
            </p>`
          : nothing}
        ${home && advice.extraCare ? html`<p class="result__extra-care">${extraCareText()}</p>` : nothing}
        ${toProfessional || (advice.route === 'doctor' && clinicUrl) ? renderClinicLink(clinicUrl) : nothing}
        ${r.verdict === 'suitable' && home ? callout('caution', html`<p>${suitabilityContent().darkMarks}</p>`) : nothing}
        ${r.verdict === 'suitable' && home && ctx.has('aftercare')
          ? html`<p>
              <button type="button" class="link-button" @click=${() => ctx.goTo('aftercare')}>
                ${msg('Read the aftercare', {id: 'screening.result.aftercare'})}${icon('arrow-end')}
              </button>
            </p>`
          : nothing}
        <p class="result__disclaimer">
          ${msg('This is general guidance, not a diagnosis.', {id: 'screening.result.disclaimer'})}
        </p>
      </div>
    </div>
    <div class="screening__actions">
      <button type="button" class="button button--secondary" @click=${() => s.restart()}>
        ${msg('Start again', {id: 'screening.restart'})}
      </button>
      <button type="button" class="link-button" @click=${() => s.review()}>
        ${msg('Change your answers', {id: 'screening.review'})}
      </button>
    </div>`;
}

function reason(id: ConditionId): TemplateResult {
  const verdict = conditionVerdict(id);
  return html`<li data-condition=${id}>
    <span class="reason__tag reason__tag--${verdict}">${verdictTag(verdict)}</span>
    <span>${conditionReason(id)}</span>
  </li>`;
}

function introBody(pages: number): string {
  return plural(pages, {
    zero: msg(str`Answer ${pages} short pages of questions about your skin, your health, your medicines and you. You then get a clear result: suitable, wait, ask a doctor first, or not for you, with what to do next.`, {id: 'screening.intro.body.zero'}),
    one: msg(str`Answer ${pages} short page of questions about your skin, your health, your medicines and you. You then get a clear result: suitable, wait, ask a doctor first, or not for you, with what to do next.`, {id: 'screening.intro.body.one'}),
    two: msg(str`Answer ${pages} short pages of questions about your skin, your health, your medicines and you. You then get a clear result: suitable, wait, ask a doctor first, or not for you, with what to do next.`, {id: 'screening.intro.body.two'}),
    few: msg(str`Answer ${pages} short pages of questions about your skin, your health, your medicines and you. You then get a clear result: suitable, wait, ask a doctor first, or not for you, with what to do next.`, {id: 'screening.intro.body.few'}),
    many: msg(str`Answer ${pages} short pages of questions about your skin, your health, your medicines and you. You then get a clear result: suitable, wait, ask a doctor first, or not for you, with what to do next.`, {id: 'screening.intro.body.many'}),
    other: msg(str`Answer ${pages} short pages of questions about your skin, your health, your medicines and you. You then get a clear result: suitable, wait, ask a doctor first, or not for you, with what to do next.`, {id: 'screening.intro.body.other'}),
  });
}
