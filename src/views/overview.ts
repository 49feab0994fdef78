import {html} from 'lit';
import {overviewContent} from '../content/overview.js';
import {callout, list} from './blocks.js';

export function renderOverview() {
  const c = overviewContent();
  return html`<p class="lede">${c.intro}</p>
    ${callout('info', html`<p>${c.homeDevice}</p>`)}
    <h4>${c.keyPointsHeading}</h4>
    ${list(c.keyPoints)}
    <p>${c.notVampireFacial}</p>`;
}
