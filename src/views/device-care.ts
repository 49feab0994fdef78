import {html} from 'lit';
import {deviceCareContent} from '../content/device-care.js';
import {callout, list} from './blocks.js';
import {heading} from './heading.js';
import type {ViewContext} from './context.js';

export function renderDeviceCare(ctx: ViewContext) {
  const c = deviceCareContent();
  return html`${heading(ctx.settings, 2, c.cleanHeading)} ${cleaningSteps(c)} ${list(c.points)}
    ${callout('caution', html`<p>${c.risks}</p>`)}`;
}

/** How to clean the device, step by step: this section and the aftercare's device hygiene show the one list. */
export function cleaningSteps(c = deviceCareContent()) {
  return html`<ol class="list">
    ${c.cleanSteps.map((step) => html`<li>${step}</li>`)}
  </ol>`;
}
