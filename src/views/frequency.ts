import {html} from 'lit';
import {frequencyContent} from '../content/frequency.js';
import {callout, list} from './blocks.js';

export function renderFrequency() {
  const c = frequencyContent();
  return html`<h4>${c.homeHeading}</h4>
    <p>${c.homeIntro}</p>
    ${list(c.home.map((rule) => rule.text))} ${callout('caution', html`<p>${c.recovery}</p>`)}
    <h4>${c.clinicHeading}</h4>
    ${list(c.clinic)}`;
}
