import {html} from 'lit';
import {deviceCareContent} from '../content/device-care.js';
import {callout, list} from './blocks.js';
import {heading} from './heading.js';
import type {ViewContext} from './context.js';

export function renderDeviceCare(ctx: ViewContext) {
  const c = deviceCareContent();
  return html`${heading(ctx.settings, 2, c.cleanHeading)}
    <ol class="list">
      ${c.cleanSteps.map((step) => html`<li>${step}</li>`)}
    </ol>
    ${list(c.points)} ${callout('caution', html`<p>${c.risks}</p>`)}`;
}
