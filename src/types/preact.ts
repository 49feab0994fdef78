/**
 * JSX types for `<microneedle-guide>` in Preact. Add once in your app:
 * `import type {} from 'microneedle-guide/types/preact'`.
 *
 * Preact sets a prop as a property when the element has one and as an attribute
 * otherwise; `on<event-name>` props add event listeners.
 */
import type {JSX} from 'preact';
import type {MicroneedleGuide} from '../microneedle-guide.js';
import type {MicroneedleGuideInputs} from './props.js';
import type {MicroneedleGuideEventProps} from './event-map.js';

export type MicroneedleGuidePreactJsxProps = Omit<JSX.HTMLAttributes<MicroneedleGuide>, 'start'> &
  MicroneedleGuideInputs &
  MicroneedleGuideEventProps;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'microneedle-guide': MicroneedleGuidePreactJsxProps;
    }
  }
}
