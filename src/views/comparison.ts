import {html, nothing} from 'lit';
import {comparisonContent, deviceColumn} from '../content/comparison.js';
import {deviceFacts, yourDeviceMark} from '../content/device.js';
import type {ViewContext} from './context.js';
import {renderClinicLink, renderDeviceBadge} from './device-notice.js';

/**
 * The home-versus-clinic comparison as a real table. Narrow containers restyle it
 * as stacked cards; the explicit roles keep the table semantics that some browsers
 * drop once `display` changes. With a known needle depth, a badge says where the
 * device stands and its column is marked in words, not by colour alone.
 */
export function renderComparison(ctx: ViewContext) {
  const c = comparisonContent();
  const facts = deviceFacts(ctx.settings, ctx.locale);
  const column = facts && deviceColumn(facts.depthClass);
  const mark = yourDeviceMark();
  const heading = (id: 'home' | 'clinic', text: string) =>
    id === column
      ? html`${text} <span class="device-mark">(${mark})</span>`
      : text;
  const label = (id: 'home' | 'clinic', text: string) => (id === column ? `${text} (${mark})` : text);
  const cell = (id: 'home' | 'clinic', text: string) =>
    html`<td role="cell" data-label=${label(id, id === 'home' ? c.homeHeading : c.clinicHeading)} data-device=${
      id === column ? 'true' : nothing
    }>${text}</td>`;
  return html`<p>${c.intro}</p>
    ${facts ? renderDeviceBadge(facts) : nothing}
    <table class="compare" part="comparison" role="table">
      <caption>${c.caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <td role="cell"></td>
          <th scope="col" role="columnheader" data-device=${column === 'home' ? 'true' : nothing}>
            ${heading('home', c.homeHeading)}
          </th>
          <th scope="col" role="columnheader" data-device=${column === 'clinic' ? 'true' : nothing}>
            ${heading('clinic', c.clinicHeading)}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${c.rows.map(
          (row) => html`<tr role="row" data-row=${row.id}>
            <th scope="row" role="rowheader">${row.label}</th>
            ${cell('home', row.home)} ${cell('clinic', row.clinic)}
          </tr>`
        )}
      </tbody>
    </table>
    <p>${c.analogy}</p>
    ${ctx.settings.clinicUrl ? renderClinicLink(ctx.settings.clinicUrl) : nothing}`;
}

export {comparisonStyles} from './comparison.styles.js';
