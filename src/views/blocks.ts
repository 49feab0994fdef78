import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {icon, type IconName} from './icons.js';
import {heading, type HeadingBase, type HeadingRank} from './heading.js';

/** A bulleted list of plain strings. */
export function list(items: readonly string[], className = 'list'): TemplateResult {
  return html`<ul class=${className}>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

export type Tone = 'info' | 'caution' | 'warning';

/** Each tone has its own shape, so tone is never colour alone: a circle, a triangle, an octagon. */
export const TONE_ICONS: Readonly<Record<Tone, IconName>> = {info: 'info', caution: 'alert', warning: 'stop'};

/**
 * The tone in words, read before a note's text ("Warning: ..."), so the tone is not
 * carried by colour and icon alone. Visually hidden: sighted readers get the shape.
 */
export function tonePrefix(tone: Tone): TemplateResult {
  const text =
    tone === 'info'
      ? msg('Information:', {id: 'callout.prefix.info'})
      : tone === 'caution'
        ? msg('Caution:', {id: 'callout.prefix.caution'})
        : msg('Warning:', {id: 'callout.prefix.warning'});
  return html`<span class="visually-hidden">${text} </span>`;
}

/** A callout's title: a real heading at `rank` (one below the heading the callout sits under). */
export interface CalloutTitle {
  base: HeadingBase;
  rank: HeadingRank;
  text: string;
}

/**
 * A highlighted note. `tone` picks the colour, the icon's shape and the spoken
 * prefix; the icon itself is decorative. A title is a heading, so it shows in a
 * screen reader's list of headings; the prefix is read at its start.
 */
export function callout(tone: Tone, body: TemplateResult | string, title?: CalloutTitle): TemplateResult {
  return html`<div class="callout callout--${tone}" part="callout callout-${tone}" data-tone=${tone}>
    ${icon(TONE_ICONS[tone], 'icon callout__icon')}
    <div class="callout__body">
      ${title
        ? heading(title.base, title.rank, html`${tonePrefix(tone)}${title.text}`, {className: 'callout__heading'})
        : tonePrefix(tone)}
      ${body}
    </div>
  </div>`;
}
