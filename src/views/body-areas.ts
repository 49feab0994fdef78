import {html} from 'lit';
import {bodyAreasContent} from '../content/body-areas.js';
import {list} from './blocks.js';

export function renderBodyAreas() {
  const c = bodyAreasContent();
  return html`<p>${c.face}</p>
    <p>${c.body}</p>
    ${list(c.areas)}
    <p>${c.stretchMarks}</p>`;
}
