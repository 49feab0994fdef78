import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {suitabilityContent} from './suitability-text.js';
import type {ConditionId} from '../../rules/conditions.js';
import {conditionText} from './conditions-text.js';
import type {ViewContext} from '../../views/context.js';
import {callout} from '../../views/blocks.js';
import {heading} from '../../views/heading.js';

/** A condition as the screening names it, with its hint (the times to wait, examples). */
function conditionList(ids: readonly ConditionId[]) {
  return html`<ul class="list">
    ${ids.map((id) => {
      const {label, hint} = conditionText(id);
      return html`<li data-condition=${id}>${label}${hint ? html` <span class="hint">(${hint})</span>` : nothing}</li>`;
    })}
  </ul>`;
}

export function renderSuitability(ctx: ViewContext) {
  const c = suitabilityContent();
  return html`${heading(ctx.settings, 2, c.goalsHeading)}
    <p>${c.clinicGoals}</p>
    <p>${c.homeGoals}</p>
    ${ctx.has('screening')
      ? html`<div class="screening-cta">
          <p>
            ${msg('Answer a few private questions to see whether home microneedling suits you. Your answers stay on this page.', {
              id: 'suitability.screening.prompt',
            })}
          </p>
          <button type="button" class="button" data-goto="screening" @click=${() => ctx.goTo('screening')}>
            ${msg('Check if home microneedling suits you', {id: 'suitability.screening.start'})}
          </button>
        </div>`
      : nothing}
    ${c.groups.map(
      (group) => html`<div class="group group--${group.id}" data-group=${group.id}>
        ${heading(ctx.settings, 2, group.heading)}
        <p>${group.intro}</p>
        ${conditionList(group.conditions)}
        ${group.passing ? html`<p>${group.passing.intro}</p>${conditionList(group.passing.conditions)}` : nothing}
      </div>`
    )}
    ${callout('caution', html`<p>${c.darkMarks}</p>`)}`;
}
