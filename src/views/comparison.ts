import {html} from 'lit';
import {comparisonContent} from '../content/comparison.js';

/**
 * The home-versus-clinic comparison as a real table. Narrow containers restyle it
 * as stacked cards; the explicit roles keep the table semantics that some browsers
 * drop once `display` changes.
 */
export function renderComparison() {
  const c = comparisonContent();
  return html`<p>${c.intro}</p>
    <table class="compare" part="comparison" role="table">
      <caption>${c.caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <td role="cell"></td>
          <th scope="col" role="columnheader">${c.homeHeading}</th>
          <th scope="col" role="columnheader">${c.clinicHeading}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${c.rows.map(
          (row) => html`<tr role="row" data-row=${row.id}>
            <th scope="row" role="rowheader">${row.label}</th>
            <td role="cell" data-label=${c.homeHeading}>${row.home}</td>
            <td role="cell" data-label=${c.clinicHeading}>${row.clinic}</td>
          </tr>`
        )}
      </tbody>
    </table>
    <p>${c.analogy}</p>`;
}
