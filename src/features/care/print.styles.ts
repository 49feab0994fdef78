import {css} from 'lit';

/**
 * The aftercare card on paper: the form and its buttons hidden, the session printed as
 * a sentence, the timeline and the doctor list beside device care in two columns. The
 * care chunk adopts this last, so it wins over the chunk's screen rules; the shell's
 * print rules (styles/print.styles.ts) do the rest.
 */
export const carePrintStyles = css`
  @media print {
    .care-actions,
    .aftercare__session,
    .aftercare__intro {
      display: none !important;
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
    .aftercare__device {
      border: 1px solid #000;
      padding: 0.6em 0.8em;
    }
  }
`;
