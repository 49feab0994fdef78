import {html} from 'lit';
import {deviceCareContent} from '../content/device-care.js';
import {callout, list} from './blocks.js';

export function renderDeviceCare() {
  const c = deviceCareContent();
  return html`<h4>${c.cleanHeading}</h4>
    <ol class="list">
      ${c.cleanSteps.map((step) => html`<li>${step}</li>`)}
    </ol>
    ${list(c.points)} ${callout('caution', html`<p>${c.risks}</p>`)}`;
}
