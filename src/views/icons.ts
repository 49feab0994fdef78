import {svg, html, type SVGTemplateResult, type TemplateResult} from 'lit';

/**
 * Stroke paths for the 24x24 line icons that are not a section's own (each section
 * module carries its icon); colour follows the text (currentColor).
 */
const PATHS = {
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.01"/>`,
  calendar: svg`<rect x="3.5" y="5" width="17" height="15" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4"/>`,
  print: svg`<path d="M7 9V4h10v5M7 17H5a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2"/><path d="M7 14h10v6H7z"/>`,
  alert: svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18v.01"/>`,
  stop: svg`<path d="M8.3 3h7.4L21 8.3v7.4L15.7 21H8.3L3 15.7V8.3z"/><path d="M12 7.5v6M12 16.5v.01"/>`,
  check: svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`,
  cross: svg`<path d="M6 6l12 12M18 6L6 18"/>`,
  'chevron-down': svg`<path d="M6 9l6 6 6-6"/>`,
  'chevron-up': svg`<path d="M6 15l6-6 6 6"/>`,
  'arrow-start': svg`<path d="M15 5l-7 7 7 7"/>`,
  'arrow-end': svg`<path d="M9 5l7 7-7 7"/>`,
};

export type IconName = keyof typeof PATHS;

/** The paths of a named icon, for a section that shares one (overview: info; frequency: calendar). */
export const iconPaths = (name: IconName): SVGTemplateResult => PATHS[name];

/**
 * A decorative icon, by name or by its paths (a section's icon): hidden from
 * assistive technology, since text always stands beside it.
 */
export function icon(name: IconName | SVGTemplateResult, className = 'icon'): TemplateResult {
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
  >${typeof name === 'string' ? (PATHS[name] ?? PATHS.info) : name}</svg>`;
}
