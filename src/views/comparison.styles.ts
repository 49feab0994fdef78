import {css} from 'lit';

/** The home-versus-clinic table: it loads with its section's chunk, not in the first load. */
export const comparisonStyles = css`
  /* Comparison table; stacked cards in a narrow container. */
  .compare {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block: var(--_space);
  }
  .compare caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  .compare th,
  .compare td {
    text-align: start;
    vertical-align: top;
    padding: 0.6em;
    border-block-end: 1px solid var(--_divider);
  }
  .compare thead th {
    border-block-end: 2px solid var(--_border);
  }
  @container (max-width: 36rem) {
    .compare thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .compare tr {
      display: block;
      padding-block: 0.5em;
      border-block-end: 1px solid var(--_divider);
    }
    .compare th,
    .compare td {
      display: block;
      border: 0;
      padding: 0.25em 0;
    }
    /* Alt text "": the label is seen, not read again in each cell (the column header already names it). */
    .compare td::before {
      content: attr(data-label) / '';
      display: block;
      font-weight: 600;
      font-size: 0.9em;
      color: var(--_muted);
    }
    .compare tbody th {
      font-size: 1.05em;
    }
  }

  .compare [data-device] {
    background: var(--_surface-alt);
  }
  .compare thead th[data-device] {
    border-block-end-color: var(--_accent);
  }
  @media (forced-colors: active) {
    /* The tinted column loses its background; an outline keeps it marked. */
    .compare [data-device] {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }
  }
`;
