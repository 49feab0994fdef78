import {css} from 'lit';

/**
 * Printing: the section on screen becomes a one-page card. Navigation, the
 * header and every button are hidden and colours become black on white (no
 * backgrounds needed). The aftercare card's own print rules (the session as a
 * sentence, the timeline beside device care) come with the care chunk:
 * features/care/print.styles.ts.
 */
export const printStyles = css`
  @media print {
    :host {
      --_text: #000;
      --_muted: #000;
      --_surface: transparent;
      --_surface-alt: transparent;
      --_accent: #000;
      --_accent-text: #000;
      --_border: #000;
      --_divider: #777;
      --_info: #000;
      --_caution: #000;
      --_warning: #000;
      --_suitable: #000;
      color: #000;
      font-size: 9pt;
      line-height: 1.3;
    }
    .guide {
      border: 0;
      padding: 0;
      max-inline-size: none;
    }
    .guide > header,
    .contents-area,
    .contents,
    .pager,
    [part~='device-notice'],
    button {
      display: none !important;
    }
    .layout {
      display: block;
      margin: 0;
    }
    .heading--rank1 {
      font-size: 1.5em;
      margin-block-end: 0.2em;
    }
    .heading--rank2 {
      font-size: 1.05em;
      margin-block: 0 0.2em;
    }
    p,
    ul,
    ol {
      margin-block-end: 0.35em;
    }
    li + li {
      margin-block-start: 0.1em;
    }
    .callout {
      border: 1px solid #000;
      padding: 0.5em 0.7em;
      margin-block: 0 0.6em;
      break-inside: avoid;
    }
    .callout .icon {
      display: none;
    }
    .disclaimer {
      margin-block-start: 0.6em;
      padding-block-start: 0.4em;
    }
    .icon {
      inline-size: 1em;
      block-size: 1em;
    }
    a {
      color: #000;
    }
  }
`;
