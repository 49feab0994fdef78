/**
 * JSX types for `<microneedle-guide>` in Solid. Add once in your app:
 * `import type {} from 'microneedle-guide/types/solid'`.
 *
 * Solid sets props on custom elements as properties (`needleDepth={0.25}`), takes
 * attributes as written (`needle-depth="0.25"`) or with `attr:`, and listens to the
 * guide's events with `on:` (`on:microneedle-guide-section-change={...}`).
 */
import type {JSX} from 'solid-js';
import type {MicroneedleGuide} from '../microneedle-guide.js';
import type {MicroneedleGuideInputs} from './props.js';
import type {MicroneedleGuideEventMap} from './event-map.js';

export type MicroneedleGuideSolidJsxProps = JSX.HTMLAttributes<MicroneedleGuide> &
  MicroneedleGuideInputs;

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
      'microneedle-guide': MicroneedleGuideSolidJsxProps;
    }
    // Types `on:microneedle-guide-…` handlers on every element (Solid's events are global by name).
    interface CustomEvents extends MicroneedleGuideEventMap {}
  }
}
