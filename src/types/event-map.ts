import type {ScreeningCompleteEvent, SectionChangeEvent} from '../events.js';

/**
 * Every event `<microneedle-guide>` dispatches, by name. The same entries are
 * merged into the DOM's `HTMLElementEventMap` (src/events.ts), so
 * `guide.addEventListener('microneedle-guide-screening-complete', (e) => e.detail.verdict)`
 * is typed without casts. All bubble and cross shadow boundaries (`composed`).
 */
export interface MicroneedleGuideEventMap {
  'microneedle-guide-section-change': SectionChangeEvent;
  'microneedle-guide-screening-complete': ScreeningCompleteEvent;
}

/** `on<event-name>` handler props, the form React 19, Preact and Svelte 5 use for custom element events. */
export type MicroneedleGuideEventProps = {
  [K in keyof MicroneedleGuideEventMap as `on${K}`]?: (event: MicroneedleGuideEventMap[K]) => void;
};
