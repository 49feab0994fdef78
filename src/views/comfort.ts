import {html} from 'lit';
import {comfortContent} from '../content/comfort.js';
import {callout, list} from './blocks.js';

export function renderComfort() {
  const c = comfortContent();
  return html`<p>${c.pain}</p>
    <p>${c.feeling}</p>
    <h4>${c.sideEffectsHeading}</h4>
    ${list(c.sideEffects)} ${callout('caution', html`<p>${c.worse}</p>`)}`;
}
