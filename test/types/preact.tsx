/** @jsxImportSource preact */
// Preact: the tag in JSX, typed through microneedle-guide/types/preact.
import type {} from 'microneedle-guide/types/preact';
import type {SectionId} from 'microneedle-guide';

export const Guide = () => (
  <microneedle-guide
    needleDepth={0.25}
    device-name="Lumen Glow"
    loading="lazy"
    onmicroneedle-guide-section-change={(e) => {
      const section: SectionId = e.detail.section;
      void section;
    }}
  />
);

// @ts-expect-error loading is 'eager' | 'lazy'
export const wrong = <microneedle-guide loading="later" />;
