// React 19: the wrapper with typed props and event props, and the plain tag in JSX.
import {useRef} from 'react';
import {MicroneedleGuide, type MicroneedleGuideProps} from 'microneedle-guide/react';
import type {MicroneedleGuide as GuideElement, ScreeningVerdict, SectionId} from 'microneedle-guide';

export function Wrapped() {
  const ref = useRef<GuideElement>(null);
  return (
    <MicroneedleGuide
      ref={ref}
      lang="de"
      needleDepth={0.25}
      deviceName="Lumen Glow"
      sections={['overview', 'aftercare']}
      shareVerdict
      loading="lazy"
      onSectionChange={(e) => {
        const section: SectionId = e.detail.section;
        void section;
      }}
      onScreeningComplete={(e) => {
        const verdict: ScreeningVerdict | undefined = e.detail.verdict;
        void verdict;
      }}
    />
  );
}

// @ts-expect-error needleDepth is a number
export const wrongDepth = <MicroneedleGuide needleDepth="deep" />;

export const props: MicroneedleGuideProps = {start: 'aftercare', theme: 'dark'};

export function Plain() {
  return (
    <microneedle-guide
      needle-depth="0.25"
      start="aftercare"
      loading="lazy"
      lang="fr"
      onmicroneedle-guide-section-change={(e) => {
        const section: SectionId = e.detail.section;
        void section;
      }}
    />
  );
}

// @ts-expect-error theme is 'light' | 'dark'
export const wrongTheme = <microneedle-guide theme="blue" />;
