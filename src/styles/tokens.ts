import {css} from 'lit';

/**
 * Design tokens. Every colour is a public custom property with a private
 * fallback, so a retailer can set `--mng-color-accent` on the element or any
 * ancestor. Defaults meet WCAG AA contrast in both schemes.
 */
export const tokens = css`
  :host {
    --_text: var(--mng-color-text, #1d2730);
    --_muted: var(--mng-color-muted, #4b5863);
    --_surface: var(--mng-color-surface, #ffffff);
    --_surface-alt: var(--mng-color-surface-alt, #f3f6f7);
    --_accent: var(--mng-color-accent, #0a6660);
    --_accent-text: var(--mng-color-accent-text, #ffffff);
    --_border: var(--mng-color-border, #8b99a3);
    --_divider: var(--mng-color-divider, #dde4e8);
    --_focus: var(--mng-color-focus, #1a56b8);
    --_info: var(--mng-color-info, #1a56b8);
    --_caution: var(--mng-color-caution, #8a5300);
    --_warning: var(--mng-color-warning, #b3261e);
    --_suitable: var(--mng-color-suitable, #1d7336);
    --_wait: var(--mng-color-wait, #8a5300);
    --_ask-doctor: var(--mng-color-ask-doctor, #1a56b8);
    --_not-suitable: var(--mng-color-not-suitable, #b3261e);
    --_radius: var(--mng-radius, 12px);
    --_space: var(--mng-space, 1rem);
    --_font: var(--mng-font-family, inherit);
    --_max-width: var(--mng-max-width, 60rem);
    color-scheme: light;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_text: var(--mng-color-text, #e6ecef);
      --_muted: var(--mng-color-muted, #b4c0c7);
      --_surface: var(--mng-color-surface, #141a1e);
      --_surface-alt: var(--mng-color-surface-alt, #1d252b);
      --_accent: var(--mng-color-accent, #5fcfc6);
      --_accent-text: var(--mng-color-accent-text, #0b1a19);
      --_border: var(--mng-color-border, #71808a);
      --_divider: var(--mng-color-divider, #2c373e);
      --_focus: var(--mng-color-focus, #8ab4ff);
      --_info: var(--mng-color-info, #8ab4ff);
      --_caution: var(--mng-color-caution, #f0b45a);
      --_warning: var(--mng-color-warning, #ff9a8f);
      --_suitable: var(--mng-color-suitable, #74d38f);
      --_wait: var(--mng-color-wait, #f0b45a);
      --_ask-doctor: var(--mng-color-ask-doctor, #8ab4ff);
      --_not-suitable: var(--mng-color-not-suitable, #ff9a8f);
      color-scheme: dark;
    }
  }
`;
