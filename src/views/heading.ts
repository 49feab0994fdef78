import {html, nothing, type TemplateResult} from 'lit';

/**
 * How deep a heading sits in the guide: 0 the guide's title, 1 a section (or the
 * device notice beside it), 2 a part of a section, 3 a part of that.
 */
export type HeadingRank = 0 | 1 | 2 | 3;

/** What a heading needs to know about the guide: the level its title sits at (the settings have it). */
export interface HeadingBase {
  readonly headingLevel: number;
}

export interface HeadingOptions {
  id?: string;
  className?: string;
  /** Takes focus from script (`tabindex="-1"`), for headings focus moves to. */
  focusable?: boolean;
}

/** The HTML level of a heading: the title at `heading-level`, one deeper per rank, never past h6. */
export function headingLevel(base: HeadingBase, rank: HeadingRank): number {
  return Math.min(6, Math.max(1, base.headingLevel) + rank);
}

/**
 * A real heading at the level the host page asked for. Its look comes from its rank
 * (`heading--rank0` to `heading--rank3`), never from its tag, so a guide under an
 * `<h3>` on the page looks the same as one under an `<h1>`. One template per level:
 * Lit cannot vary a tag name, and the strict-CSP build parses templates itself.
 */
export function heading(
  base: HeadingBase,
  rank: HeadingRank,
  content: unknown,
  {id, className, focusable}: HeadingOptions = {}
): TemplateResult {
  const cls = `heading heading--rank${rank}${className ? ` ${className}` : ''}`;
  const tabindex = focusable ? '-1' : nothing;
  const i = id ?? nothing;
  switch (headingLevel(base, rank)) {
    case 1:
      return html`<h1 class=${cls} id=${i} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 class=${cls} id=${i} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls} id=${i} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} id=${i} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} id=${i} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 class=${cls} id=${i} tabindex=${tabindex}>${content}</h6>`;
  }
}
