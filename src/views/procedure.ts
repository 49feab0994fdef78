import {html} from 'lit';
import {procedureContent} from '../content/procedure.js';

export function renderProcedure() {
  const c = procedureContent();
  return html`<p>${c.intro}</p>
    <ol class="steps">
      ${c.steps.map(
        (step) => html`<li class="steps__item" data-step=${step.id}>
          <p class="steps__title">${step.title}</p>
          <p>${step.text}</p>
        </li>`
      )}
    </ol>
    <p>${c.note}</p>`;
}

export {procedureStyles} from './procedure.styles.js';
