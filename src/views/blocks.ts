import {html, nothing, type TemplateResult} from 'lit';
import {icon, type IconName} from './icons.js';

/** A bulleted list of plain strings. */
export function list(items: readonly string[], className = 'list'): TemplateResult {
  return html`<ul class=${className}>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/**
 * A highlighted note. `tone` picks the colour; the icon is decorative, so the
 * optional heading carries the meaning in text.
 */
export function callout(
  tone: 'info' | 'caution' | 'warning',
  body: TemplateResult | string,
  heading?: string
): TemplateResult {
  const name: IconName = tone === 'info' ? 'info' : 'alert';
  return html`<div class="callout callout--${tone}" part="callout callout-${tone}">
    ${icon(name, 'icon callout__icon')}
    <div class="callout__body">
      ${heading ? html`<p class="callout__heading">${heading}</p>` : nothing} ${body}
    </div>
  </div>`;
}
