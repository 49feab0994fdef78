import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {suitabilityContent} from '../content/suitability.js';
import type {ViewContext} from './context.js';
import {callout, list} from './blocks.js';
import {heading} from './heading.js';

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
        ${list(group.items)}
      </div>`
    )}
    ${callout('caution', html`<p>${c.darkMarks}</p>`)}`;
}
