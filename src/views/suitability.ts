import {html} from 'lit';
import {suitabilityContent} from '../content/suitability.js';
import type {ViewContext} from './context.js';
import {callout, list} from './blocks.js';

export function renderSuitability(_ctx: ViewContext) {
  const c = suitabilityContent();
  return html`<h4>${c.goalsHeading}</h4>
    <p>${c.clinicGoals}</p>
    <p>${c.homeGoals}</p>
    ${c.groups.map(
      (group) => html`<div class="group group--${group.id}" data-group=${group.id}>
        <h4>${group.heading}</h4>
        ${list(group.items)}
      </div>`
    )}
    ${callout('caution', html`<p>${c.darkMarks}</p>`)}`;
}
