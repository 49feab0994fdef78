import {svg, html, type TemplateResult} from 'lit';
import type {SectionId} from '../content/sections.js';

/** Stroke paths for 24x24 line icons; colour follows the text (currentColor). */
const PATHS: Record<string, ReturnType<typeof svg>> = {
  overview: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.01"/>`,
  'home-vs-clinic': svg`<path d="M3 11l5-4 5 4v9H3z"/><path d="M14 20V8h7v12M16.5 11h2M17.5 10v2"/>`,
  procedure: svg`<path d="M8 6h12M8 12h12M8 18h12"/><path d="M4 6h.01M4 12h.01M4 18h.01"/>`,
  comfort: svg`<circle cx="12" cy="12" r="9"/><path d="M8.5 14.5a4.5 4.5 0 0 0 7 0M9 9.5h.01M15 9.5h.01"/>`,
  suitability: svg`<path d="M12 3l7 3v5c0 4.5-3 8-7 10-4-2-7-5.5-7-10V6z"/><path d="M9 12l2 2 4-4"/>`,
  screening: svg`<rect x="5" y="4" width="14" height="17" rx="2"/><path d="M9 4V3h6v1M8.5 12.5l2 2 4-4.5"/>`,
  'body-areas': svg`<circle cx="12" cy="4.5" r="2"/><path d="M8 9h8l-1 6h-2l-.5 6h-1L11 15H9z"/>`,
  frequency: svg`<rect x="3.5" y="5" width="17" height="15" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4"/>`,
  plan: svg`<path d="M4 19V5M4 19h16"/><path d="M8 15l3.5-4 3 2.5L20 7"/>`,
  print: svg`<path d="M7 9V4h10v5M7 17H5a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2"/><path d="M7 14h10v6H7z"/>`,
  aftercare: svg`<path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z"/>`,
  'device-care': svg`<path d="M5 19l9-9M14 10l2-5 3 3-5 2M9 4l-2 2M20 15l-2 2"/>`,
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.01"/>`,
  alert: svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18v.01"/>`,
  stop: svg`<path d="M8.3 3h7.4L21 8.3v7.4L15.7 21H8.3L3 15.7V8.3z"/><path d="M12 7.5v6M12 16.5v.01"/>`,
  check: svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`,
  cross: svg`<path d="M6 6l12 12M18 6L6 18"/>`,
  'chevron-down': svg`<path d="M6 9l6 6 6-6"/>`,
  'chevron-up': svg`<path d="M6 15l6-6 6 6"/>`,
  'arrow-start': svg`<path d="M15 5l-7 7 7 7"/>`,
  'arrow-end': svg`<path d="M9 5l7 7-7 7"/>`,
};

export type IconName = SectionId | 'print' | 'info' | 'alert' | 'stop' | 'check' | 'cross' | 'arrow-start' | 'arrow-end' | 'chevron-down' | 'chevron-up';

/** A decorative icon: hidden from assistive technology, since text always stands beside it. */
export function icon(name: IconName | string, className = 'icon'): TemplateResult {
  return html`<svg
    class=${className}
    viewBox="0 0 24 24"
    width="24"
    height="24"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >${PATHS[name] ?? PATHS.info}</svg>`;
}
