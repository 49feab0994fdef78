/**
 * JSX types for `<microneedle-guide>` in React 19 (`@types/react`). Included by
 * `microneedle-guide/react`; without the wrapper, add
 * `import type {} from 'microneedle-guide/types/react'` once in your app.
 *
 * React 19 sets a prop as a property when the element has one (`needleDepth`,
 * `config`, `sections` as an array) and as an attribute otherwise
 * (`needle-depth="0.25"`); `on<event-name>` props add event listeners.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {MicroneedleGuide} from '../microneedle-guide.js';
import type {MicroneedleGuideInputs} from './props.js';
import type {MicroneedleGuideEventProps} from './event-map.js';

export type MicroneedleGuideReactJsxProps = DetailedHTMLProps<HTMLAttributes<MicroneedleGuide>, MicroneedleGuide> &
  MicroneedleGuideInputs &
  MicroneedleGuideEventProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'microneedle-guide': MicroneedleGuideReactJsxProps;
    }
  }
}
