import {html} from 'lit';
import {overviewContent} from '../content/overview.js';
import {callout, list} from './blocks.js';
import {heading} from './heading.js';
import type {ViewContext} from './context.js';

export function renderOverview(ctx: ViewContext) {
  const c = overviewContent();
  return html`<p class="lede">${c.intro}</p>
    ${callout('info', html`<p>${c.homeDevice}</p>`)}
    ${heading(ctx.settings, 2, c.keyPointsHeading)}
    ${list(c.keyPoints)}
    <p>${c.notVampireFacial}</p>`;
}
