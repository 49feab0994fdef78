import {css} from 'lit';

/**
 * Design tokens. Every public custom property `--mng-*` feeds a private `--_*` that
 * the styles use, so a retailer can set `--mng-color-accent` on the element or any
 * ancestor and it wins in both themes. Defaults meet WCAG AA in both themes
 * (test/theme.test.ts measures them): text 4.5:1 against the surfaces, control
 * outlines and the focus ring 3:1.
 *
 * Each palette is written once and applied by selector:
 * - `:host` is light; the dark palette follows `prefers-color-scheme: dark` unless
 *   `theme="light"` is set, and always applies with `theme="dark"`.
 * - The wrapper carries `data-theme` from the resolved settings, so a theme given in the
 *   `config` property or JSON child (which no host selector can see) applies too.
 */

/** Light theme, the default. */
const light = css`
  /* Body text. */
  --_text: var(--mng-color-text, #1d2730);
  /* Secondary text: subtitle, hints, disclaimer. */
  --_muted: var(--mng-color-muted, #4b5863);
  /* Card background. */
  --_surface: var(--mng-color-surface, #ffffff);
  /* Callouts, badges, hover. */
  --_surface-alt: var(--mng-color-surface-alt, #f3f6f7);
  /* Current section, links, icons, step numbers. */
  --_accent: var(--mng-color-accent, #0a6660);
  /* Text on the accent colour. */
  --_accent-text: var(--mng-color-accent-text, #ffffff);
  /* Control outlines: 3:1 against the surfaces (WCAG 1.4.11). */
  --_border: var(--mng-color-border, #76848e);
  /* Decorative rules between blocks; carries no meaning, so no contrast minimum. */
  --_divider: var(--mng-color-divider, #dde4e8);
  /* Focus ring. */
  --_focus: var(--mng-color-focus, #1a56b8);
  /* Callout tones. */
  --_info: var(--mng-color-info, #1a56b8);
  --_caution: var(--mng-color-caution, #8a5300);
  --_warning: var(--mng-color-warning, #b3261e);
  /* The four screening verdicts; the verdict is always also said in words. */
  --_suitable: var(--mng-color-suitable, #1d7336);
  --_wait: var(--mng-color-wait, #8a5300);
  --_ask-doctor: var(--mng-color-ask-doctor, #1a56b8);
  --_not-suitable: var(--mng-color-not-suitable, #b3261e);
  color-scheme: light;
`;

/** Dark theme: the same roles, lighter inks on dark surfaces. */
const dark = css`
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
`;

export const tokens = css`
  :host {
    /* Corner radius of the card; inner blocks use fractions of it. */
    --_radius: var(--mng-radius, 12px);
    /* Base spacing unit. */
    --_space: var(--mng-space, 1rem);
    /* Inherits the page's font unless set. */
    --_font: var(--mng-font-family, inherit);
    /* Widest the card grows. */
    --_max-width: var(--mng-max-width, 60rem);
    /* Room kept above whatever focus or a section change scrolls to, for a page's sticky header. */
    --_scroll-margin: var(--mng-scroll-margin, 5rem);
  }

  :host,
  [data-theme='light'] {
    ${light}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([theme='dark']),
  [data-theme='dark'] {
    ${dark}
  }
`;
