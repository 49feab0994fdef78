import {css} from 'lit';

/** The aftercare section on screen, and the buttons it shares with the plan. Logical properties only. */
export const aftercareStyles = css`
  /* The care feature's two fieldsets (session time, plan goal): a framed group with a bold legend. */
  .care-fieldset {
    min-inline-size: 0;
    border: 1px solid var(--_divider);
    border-radius: calc(var(--_radius) * 0.66);
    padding: var(--_space);
    margin-block: var(--_space);
  }
  .care-fieldset legend {
    padding-inline: 0.35em;
    margin-inline-start: -0.35em;
    margin-block-end: 0.25em;
    font-weight: 600;
    font-size: 1.05em;
  }
  .aftercare__hint {
    color: var(--_muted);
    margin-block: 0 0.75em;
  }
  .aftercare__fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .aftercare__field {
    display: grid;
    gap: 0.25em;
    flex: 1 1 9rem;
    max-inline-size: 14rem;
  }
  .aftercare__field-label {
    font-weight: 600;
  }
  .aftercare__field input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    min-block-size: 2.75rem;
    padding-block: 0.35em;
    padding-inline: 0.6em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.4);
    color-scheme: inherit;
  }
  /* The whole field shows focus, also while its calendar button inside has it (only :focus-within then). */
  .aftercare__field input:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .aftercare__session-line {
    margin-block: var(--_space) calc(var(--_space) * 0.5);
  }

  .aftercare__layout {
    display: grid;
    gap: var(--_space);
  }
  .aftercare__main,
  .aftercare__side {
    min-inline-size: 0;
  }
  .aftercare__side > .callout {
    margin-block-start: 0;
  }

  .timeline {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .milestone {
    position: relative;
    padding-inline-start: 1.5em;
    padding-block-end: var(--_space);
    border-inline-start: 2px solid var(--_divider);
    margin-inline-start: 0.5em;
  }
  .milestone + .milestone {
    margin-block-start: 0;
  }
  .milestone:last-child {
    border-inline-start-color: transparent;
  }
  .milestone::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.5em - 1px);
    inset-block-start: 0.3em;
    inline-size: 1em;
    block-size: 1em;
    border-radius: 50%;
    background: var(--_surface);
    border: 3px solid var(--_accent);
  }
  .milestone__title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
    margin-block: 0 0.4em;
  }
  .milestone__when {
    color: var(--_accent);
    font-weight: 600;
  }
  .milestone__items {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .milestone__item:has(.milestone__kind) {
    display: grid;
    /* Grows past 4.25rem only when a reader's text spacing widens the label ("NORMAL"). */
    grid-template-columns: minmax(4.25rem, max-content) 1fr;
    column-gap: 0.5em;
  }
  .milestone__kind {
    padding-block-start: 0.2em;
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .milestone__item--expect .milestone__kind {
    color: var(--_info);
  }
  .milestone__item--do .milestone__kind {
    color: var(--_suitable);
  }
  .milestone__item--avoid .milestone__kind {
    color: var(--_warning);
  }

  .aftercare__device {
    border: 1px solid var(--_divider);
    border-radius: calc(var(--_radius) * 0.66);
    padding: var(--_space);
    background: var(--_surface-alt);
  }
  .aftercare__device .heading {
    margin-block-start: 0;
  }
  .aftercare__device .callout {
    background: var(--_surface);
  }

  .care-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block-start: calc(var(--_space) * 1.25);
  }
  @media (forced-colors: active) {
    .milestone::before {
      border-color: CanvasText;
    }
  }
`;
