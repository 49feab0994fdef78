import {html} from 'lit';
import {comfortContent} from '../content/comfort.js';
import {bleedingText} from '../content/frequency.js';
import {callout, list} from './blocks.js';
import {heading} from './heading.js';
import type {ViewContext} from './context.js';

export function renderComfort(ctx: ViewContext) {
  const c = comfortContent(ctx.locale);
  return html`<p>${c.pain}</p>
    <p>${c.homeNumbing}</p>
    ${callout('caution', html`<p>${bleedingText()}</p>`)}
    <p>${c.feeling}</p>
    ${heading(ctx.settings, 2, c.sideEffectsHeading)}
    ${list(c.sideEffects)} ${callout('caution', html`<p>${c.worse}</p>`)}`;
}
