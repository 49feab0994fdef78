import {css} from 'lit';

/**
 * Printing: the section on screen becomes a one-page card. Navigation, the
 * header, the form and every button are hidden; the session is printed as a
 * sentence; colours become black on white (no backgrounds needed); the timeline
 * and the doctor list sit beside device care in two columns.
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
    button,
    .care-actions,
    .aftercare__session,
    .aftercare__intro {
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
    .aftercare__session-line {
      margin-block: 0 0.5em;
    }
    .aftercare__layout {
      display: grid;
      grid-template-columns: 3fr 2fr;
      gap: 1.2em;
      align-items: start;
    }
    .milestone {
      break-inside: avoid;
      padding-block-end: 0.45em;
      padding-inline-start: 1.1em;
    }
    .milestone::before {
      inline-size: 0.7em;
      block-size: 0.7em;
      inset-inline-start: calc(-0.35em - 1px);
      border-width: 2px;
    }
    .milestone__kind {
      min-inline-size: 0;
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
    .aftercare__device {
      border: 1px solid #000;
      padding: 0.6em 0.8em;
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
