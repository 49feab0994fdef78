'use client';
/**
 * `microneedle-guide/react`: `<microneedle-guide>` as a React component, made with
 * `@lit/react`. Importing it registers the element. Properties are set as
 * properties (`config`, `needleDepth`, `sections` as an array), everything else
 * React knows (`lang`, `className`, `style`, `ref`) passes through, and the
 * guide's events arrive through typed props:
 *
 * ```tsx
 * import {MicroneedleGuide} from 'microneedle-guide/react';
 *
 * <MicroneedleGuide
 *   needleDepth={0.25}
 *   lang="de"
 *   onSectionChange={(e) => console.log(e.detail.section)}
 *   onScreeningComplete={(e) => console.log(e.detail.verdict)}
 * />
 * ```
 *
 * React 19 can also render the tag directly (`<microneedle-guide>`); this module
 * adds JSX types for that too (see ./types/react.ts).
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {MicroneedleGuide as MicroneedleGuideElement} from './microneedle-guide.js';
import {defineMicroneedleGuide} from './define.js';
import {SectionChangeEvent, ScreeningCompleteEvent} from './events.js';
import './types/react.js';

// Called here rather than relied on through an import of the main entry: bundlers
// may drop an import whose bindings they can reach directly.
defineMicroneedleGuide();

export const MicroneedleGuide = createComponent({
  react: React,
  tagName: 'microneedle-guide',
  elementClass: MicroneedleGuideElement,
  displayName: 'MicroneedleGuide',
  events: {
    /** The shopper moved to another section: `e.detail.section`. */
    onSectionChange: SectionChangeEvent.eventName as EventName<SectionChangeEvent>,
    /** The shopper saw a screening result: `e.detail` is `{}`, or `{verdict}` with `shareVerdict`. */
    onScreeningComplete: ScreeningCompleteEvent.eventName as EventName<ScreeningCompleteEvent>,
  },
});

/** Props of the React component, for wrappers of your own. */
export type MicroneedleGuideProps = React.ComponentProps<typeof MicroneedleGuide>;
