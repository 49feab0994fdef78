import {html} from 'lit';
import {aftercareSummaryContent} from '../content/aftercare-summary.js';
import {callout, list} from './blocks.js';

export function renderAftercareSummary() {
  const c = aftercareSummaryContent();
  return html`<p>${c.intro}</p>
    <h4>${c.doHeading}</h4>
    ${list(c.dos)}
    <h4>${c.avoidHeading}</h4>
    ${list(c.avoid)} ${callout('warning', list(c.doctor), c.doctorHeading)}`;
}
