import {css} from 'lit';

/** Layout and typography of the guide. Logical properties throughout, so right-to-left needs no overrides. */
export const guideStyles = css`
  /*
   * The host is a plain block, with no size containment of its own: a contained host has no
   * content width, so a container that sizes to its content (a centred flex row, an
   * inline-block, a float, a centred grid) shrank it to 0 px. The query container is the
   * frame inside. The sizer gives the host its intrinsic widths: as wide as the card grows
   * (its max-content), and down to nothing when space is short (its min-content: a replaced
   * element's percentage max size counts as zero there), so it fills such containers and
   * still fits a phone.
   */
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.55;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  /* Whatever focus lands on (a Tab, a section's heading) scrolls clear of a sticky page header (WCAG 2.4.11). */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  * {
    scroll-margin-block-start: var(--_scroll-margin);
  }
  .frame {
    container-type: inline-size;
  }
  .sizer {
    display: block;
    inline-size: var(--_max-width);
    max-inline-size: 100%;
    block-size: 0;
  }

  .guide {
    max-inline-size: var(--_max-width);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25);
    /* At 320 px with WCAG 1.4.12 text spacing a long German or pseudo-locale word is wider than the
       column: break it (hyphenated where the browser knows the language) rather than scroll sideways. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  /* Headings look like their rank, not their tag: heading-level changes only the outline. */
  .heading,
  p,
  ul,
  ol {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  .heading {
    font-size: 1em;
    font-weight: 700;
  }
  .heading--rank0 {
    font-size: 1.5em;
    line-height: 1.25;
  }
  .heading--rank1 {
    font-size: 1.3em;
    line-height: 1.3;
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .heading--rank2 {
    font-size: 1.05em;
    margin-block-start: calc(var(--_space) * 1.25);
  }
  ul,
  ol {
    padding-inline-start: 1.4em;
  }
  li + li {
    margin-block-start: 0.35em;
  }
  .lede {
    font-size: 1.08em;
  }
  .header__subtitle {
    color: var(--_muted);
  }
  .language-picker {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .language-picker select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    min-block-size: 2.75rem;
    padding-inline: 0.6em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.4);
  }

  /* Read by screen readers, not shown: tone prefixes, the rest of a "Change" button's name. */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }
  .heading--rank1 .icon {
    color: var(--_accent);
  }

  /* Contents: wraps as chips on a phone, a sidebar on a wide column. */
  .layout {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    margin-block-start: var(--_space);
  }
  /* Phone: the contents fold behind a button that says where the shopper is. */
  .contents-toggle {
    display: flex;
    align-items: center;
    gap: 0.6em;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.5em;
    padding-inline: 0.9em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.66);
    background: var(--_surface-alt);
    text-align: start;
  }
  .contents-toggle__text {
    display: flex;
    flex-direction: column;
    flex: 1;
    font-weight: 600;
  }
  .contents-toggle__label,
  .contents-toggle__position {
    font-size: 0.85em;
    font-weight: 400;
    color: var(--_muted);
  }
  .contents-toggle__position {
    white-space: nowrap;
  }
  .contents:not(.is-open) {
    display: none;
  }
  .contents.is-open {
    margin-block-start: 0.75em;
  }
  .contents__label {
    font-weight: 600;
    margin-block-end: 0.5em;
  }
  .contents ol {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .contents li + li {
    margin: 0;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .contents button {
    display: flex;
    align-items: center;
    gap: 0.45em;
    min-block-size: 2.75rem;
    padding-block: 0.4em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    text-align: start;
  }
  .contents button:hover {
    background: var(--_surface-alt);
  }
  .contents button[aria-current='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  /* Action buttons shared by every section: filled to move forward, outlined beside it, and link-looking. */
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-block-size: 2.75rem;
    padding-block: 0.5em;
    padding-inline: 1.2em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    text-align: start;
  }
  .button--secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  .link-button {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-block-size: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    text-align: start;
  }
  .link-button .icon:dir(rtl) {
    transform: scaleX(-1);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The headings focus moves to show the ring after a key press (keyboard users need to see where
     they landed), not after a click. */
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  @container (min-width: 44rem) {
    .layout {
      grid-template-columns: minmax(12rem, 15rem) 1fr;
      align-items: start;
    }
    .contents-toggle {
      display: none;
    }
    .contents:not(.is-open),
    .contents.is-open {
      display: block;
      margin: 0;
    }
    .contents ol {
      flex-direction: column;
      gap: 0.25em;
    }
    .contents button {
      inline-size: 100%;
      border-radius: calc(var(--_radius) * 0.66);
      border-color: transparent;
    }
  }

  .section {
    min-inline-size: 0;
  }
  /* While a feature's chunk loads, or after it failed: a quiet line (and Try again). */
  .section__load {
    color: var(--_muted);
  }

  /* Prev / next */
  .pager {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.75em;
    margin-block-start: calc(var(--_space) * 1.5);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_divider);
  }
  .pager button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.75rem;
    padding-inline: 0.5em;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    text-align: start;
  }
  .pager .pager__next {
    margin-inline-start: auto;
    text-align: end;
  }
  .pager__hint {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
    text-decoration: none;
  }
  .pager .icon:dir(rtl) {
    transform: scaleX(-1);
  }

  /* Callouts */
  .callout {
    display: flex;
    gap: 0.75em;
    padding: calc(var(--_space) * 0.9);
    margin-block: var(--_space);
    border-inline-start: 5px solid var(--_info);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-alt);
  }
  .callout--caution {
    border-inline-start-color: var(--_caution);
  }
  .callout--warning {
    border-inline-start-color: var(--_warning);
  }
  .callout__icon {
    color: var(--_info);
    margin-block-start: 0.15em;
  }
  .callout--caution .callout__icon {
    color: var(--_caution);
  }
  .callout--warning .callout__icon {
    color: var(--_warning);
  }
  .callout__body > :last-child {
    margin-block-end: 0;
  }
  .callout__heading {
    font-size: 1em;
    font-weight: 600;
    margin-block: 0 0.4em;
  }

  .disclaimer {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    margin-block: calc(var(--_space) * 1.25) 0;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_divider);
    color: var(--_muted);
    font-size: 0.92em;
  }

  /* Only hovering fades; the current section changes at once (a fading old highlight reads as two current sections). */
  @media (prefers-reduced-motion: no-preference) {
    .contents button:hover:not([aria-current='true']) {
      transition: background-color 120ms ease;
    }
  }
  @media (forced-colors: active) {
    .contents button[aria-current='true'] {
      border: 2px solid CanvasText;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    /* The tone bar keeps its width in system colours; the shape and words carry the tone. */
    .callout {
      border: 1px solid CanvasText;
      border-inline-start-width: 5px;
    }
    .callout .callout__icon {
      color: CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
  }
`;
