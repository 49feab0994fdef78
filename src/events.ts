import type {SectionId} from './content/sections.js';

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

declare global {
  interface HTMLElementEventMap {
    'microneedle-guide-section-change': SectionChangeEvent;
  }
}
