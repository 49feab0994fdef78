import {css} from 'lit';

/**
 * "Who it suits", the screening questionnaire and its result card. Uses the guide's tokens; logical
 * properties only, so right-to-left needs no overrides.
 */
export const screeningStyles = css`
  .screening {
    max-inline-size: 40rem;
  }
  .screening__heading {
    font-size: 1.2em;
    margin-block-start: 0.25em;
  }
  /* The page caption sits inside the heading (as GOV.UK's caption does), so it is read with it. */
  .screening__caption {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 400;
    margin-block-end: 0.25em;
  }

  .screening__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.5em;
    margin-block-start: calc(var(--_space) * 1.25);
  }

  /* Error summary and inline error (GOV.UK pattern). */
  .error-summary {
    border: 4px solid var(--_warning);
    border-radius: calc(var(--_radius) * 0.5);
    padding: var(--_space);
    margin-block: var(--_space);
  }
  /* Focus moves here when a page is sent empty: show it, as GOV.UK does (headings stay unringed). */
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .error-summary__title {
    margin-block: 0 0.5em;
  }
  .error-summary ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .error-summary a {
    color: var(--_warning);
    font-weight: 600;
  }
  .error-message {
    color: var(--_warning);
    font-weight: 600;
    margin-block: 0.5em;
  }
  .field--error {
    border-inline-start: 4px solid var(--_warning);
    padding-inline-start: calc(var(--_space) * 0.75);
  }

  /* Question pages (scoped: the care feature has fieldsets of its own) */
  .screening fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  .screening legend {
    font-weight: 600;
    font-size: 1.05em;
    padding: 0;
    margin-block-end: 0.25em;
  }
  .screening .hint,
  .group .hint {
    color: var(--_muted);
    margin-block-end: 0.75em;
  }
  /* "Who it suits": one group of conditions a verdict */
  .group {
    margin-block-start: var(--_space);
  }
  .checkboxes {
    display: grid;
    gap: 0.35em;
  }
  .checkbox {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.6em;
    align-items: start;
  }
  .checkbox input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.6rem 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .checkbox label {
    display: flex;
    align-items: center;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .checkbox__hint {
    grid-column: 2;
    color: var(--_muted);
    margin-block: -0.35em 0.35em;
    font-size: 0.95em;
  }
  .checkboxes__divider {
    margin-block: 0.25em;
    padding-inline-start: 0.3em;
  }

  /* Check your answers: a summary list that stacks on a phone. */
  .summary {
    margin-block: var(--_space);
  }
  .summary__row {
    display: grid;
    gap: 0.25em 1em;
    padding-block: 0.75em;
    border-block-end: 1px solid var(--_divider);
  }
  .summary__row dt {
    font-weight: 600;
  }
  .summary__row dd {
    margin: 0;
  }
  .summary__row ul {
    margin: 0;
  }
  @container (min-width: 36rem) {
    .summary__row {
      grid-template-columns: 12rem 1fr auto;
      align-items: start;
    }
  }

  /* Result card: a banner in the verdict's colour; the heading names the verdict in words. */
  .result {
    --_verdict: var(--_suitable);
    border: 2px solid var(--_verdict);
    border-radius: var(--_radius);
    overflow: hidden;
    margin-block: var(--_space);
  }
  .result--wait {
    --_verdict: var(--_wait);
  }
  .result--ask-doctor {
    --_verdict: var(--_ask-doctor);
  }
  .result--not-suitable {
    --_verdict: var(--_not-suitable);
  }
  /* Nothing rules microneedling out, but the device belongs in a clinic: the colour of professional advice, not of "go". */
  .result--suitable[data-route='professional'] {
    --_verdict: var(--_ask-doctor);
  }
  .result__banner {
    background: var(--_verdict);
    color: var(--_surface);
    padding-block: 0.75em;
    padding-inline: var(--_space);
  }
  .result__banner .screening__heading {
    margin: 0;
  }
  .result__body {
    padding: var(--_space);
  }
  .result__body .heading--rank3 {
    font-size: 1em;
    margin-block: var(--_space) 0.5em;
  }
  .result__body .heading--rank3:first-child {
    margin-block-start: 0;
  }
  .reasons {
    list-style: none;
    padding: 0;
  }
  .reasons li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
  }
  .reason__tag {
    flex: none;
    font-size: 0.85em;
    font-weight: 700;
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .reason__tag--wait {
    color: var(--_wait);
  }
  .reason__tag--ask-doctor {
    color: var(--_ask-doctor);
  }
  .reason__tag--not-suitable {
    color: var(--_not-suitable);
  }
  .result__disclaimer {
    font-weight: 600;
    margin-block-end: 0;
  }

  /* The way in from "Who it suits". */
  .screening-cta {
    margin-block: var(--_space);
  }

  @media (forced-colors: active) {
    .result__banner {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-block-end: 2px solid CanvasText;
    }
  }
`;
