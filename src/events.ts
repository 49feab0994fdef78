import type {SectionId} from './sections/ids.js';
import type {ScreeningVerdict} from './rules/conditions.js';

/** What the page learns when the shopper moves to another section: its id. */
export type SectionChangeDetail = Readonly<{section: SectionId}>;

/** What the page learns when a screening is completed: nothing, or the verdict with `share-verdict`. */
export type ScreeningCompleteDetail = Readonly<{verdict?: ScreeningVerdict}>;

/**
 * Fired when the shopper moves to another section. `detail` is `{section}`, like
 * every event of the guide a frozen `detail` object that bubbles and is composed.
 */
export class SectionChangeEvent extends Event {
  static readonly eventName = 'microneedle-guide-section-change';
  readonly detail: SectionChangeDetail;
  constructor(section: SectionId) {
    super(SectionChangeEvent.eventName, {bubbles: true, composed: true});
    this.detail = Object.freeze({section});
  }
  /** The same as `detail.section`. */
  get section(): SectionId {
    return this.detail.section;
  }
}

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
