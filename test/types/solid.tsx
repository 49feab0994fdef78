/** @jsxImportSource solid-js */
// Solid: the tag in JSX, events with on:, typed through microneedle-guide/types/solid.
import type {} from 'microneedle-guide/types/solid';
import type {ScreeningVerdict, SectionId} from 'microneedle-guide';

export const Guide = () => (
  <microneedle-guide
    needleDepth={0.25}
    clinic-url="https://example.com/clinics"
    share-verdict
    on:microneedle-guide-section-change={(e) => {
      const section: SectionId = e.detail.section;
      void section;
    }}
    on:microneedle-guide-screening-complete={(e) => {
      const verdict: ScreeningVerdict | undefined = e.detail.verdict;
      void verdict;
    }}
  />
);

// @ts-expect-error needleDepth is a number
export const wrong = <microneedle-guide needleDepth="deep" />;
