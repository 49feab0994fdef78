import type {SectionId} from './content/sections.js';
import type {ScreeningVerdict} from './rules/conditions.js';

/** Fired when the shopper moves to another section. Carries only the section id. */
export class SectionChangeEvent extends Event {
  static readonly eventName = 'microneedle-guide-section-change';
  constructor(readonly section: SectionId) {
    super(SectionChangeEvent.eventName, {bubbles: true, composed: true});
  }
  /** The same data in the `detail` shape that framework bindings expect. */
  get detail(): {section: SectionId} {
    return {section: this.section};
  }
}

/** What the page learns when a screening is completed: nothing, or the verdict with `share-verdict`. */
export type ScreeningCompleteDetail = Readonly<{verdict?: ScreeningVerdict}>;

/**
 * Fired when the shopper sees a screening result. `detail` is `{}` unless the
 * retailer set `share-verdict`, then `{verdict}`. The answers are never included.
 */
export class ScreeningCompleteEvent extends Event {
  static readonly eventName = 'microneedle-guide-screening-complete';
  readonly detail: ScreeningCompleteDetail;
  /** @param sharedVerdict the verdict, only when the retailer opted in with `share-verdict`. */
  constructor(sharedVerdict?: ScreeningVerdict) {
    super(ScreeningCompleteEvent.eventName, {bubbles: true, composed: true});
    this.detail = Object.freeze(sharedVerdict ? {verdict: sharedVerdict} : {});
  }
}

declare global {
  interface HTMLElementEventMap {
    'microneedle-guide-section-change': SectionChangeEvent;
    'microneedle-guide-screening-complete': ScreeningCompleteEvent;
  }
}
