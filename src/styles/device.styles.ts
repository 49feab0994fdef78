import {css} from 'lit';

/**
 * The device-aware blocks: the notice above the sections, the "Your device" badge,
 * the marked comparison column and the clinic link. The meaning is always in the
 * text; colour and borders only echo it, and forced-colors mode keeps the borders.
 */
export const deviceStyles = css`
  .device-notice {
    display: flex;
    gap: 0.75em;
    margin-block: var(--_space) 0;
    padding: calc(var(--_space) * 0.9);
    border: 2px solid var(--_caution);
    border-inline-start-width: 6px;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-alt);
  }
  .device-notice--warning {
    border-color: var(--_warning);
  }
  .device-notice__icon {
    color: var(--_caution);
    margin-block-start: 0.15em;
  }
  .device-notice--warning .device-notice__icon {
    color: var(--_warning);
  }
  .device-notice__body {
    min-inline-size: 0;
  }
  .device-notice__heading {
    font-weight: 700;
    font-size: 1.1em;
  }
  .device-notice__points {
    margin-block: 0.5em;
    padding-inline-start: 1.25em;
  }
  .device-notice__body > :last-child {
    margin-block-end: 0;
  }

  .device-badge {
    display: inline-block;
    max-inline-size: 100%;
    padding-block: 0.3em;
    padding-inline: 0.8em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.66);
    background: var(--_surface-alt);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .device-badge[data-depth-class='upper-home'] {
    border-color: var(--_caution);
  }
  .device-badge[data-depth-class='professional'] {
    border-color: var(--_warning);
  }

  .device-mark {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
    white-space: nowrap;
  }

  .clinic-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    color: var(--_accent);
    font-weight: 600;
    text-underline-offset: 0.2em;
  }

  .home-rule {
    font-size: 1.08em;
  }

  @media (forced-colors: active) {
    .device-notice,
    .device-badge {
      border-color: CanvasText;
    }
    .device-notice__icon {
      color: CanvasText;
    }
  }
`;
