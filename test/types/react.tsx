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
// @ts-expect-error start takes a section id only
export const wrongStart: MicroneedleGuideProps = {start: 'faq'};
// @ts-expect-error sections takes section ids only
export const wrongSections = <MicroneedleGuide sections={['overview', 'faq']} />;
export const sectionText = <MicroneedleGuide sections="overview frequency" />;

export function Plain() {
  return (
    <microneedle-guide
      needle-depth="0.25"
      start="aftercare"
      sections={['overview', 'aftercare']}
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
export const sectionsAsText = <microneedle-guide sections="overview, aftercare" />;
// @ts-expect-error start takes a section id only
export const plainWrongStart = <microneedle-guide start="faq" />;
// @ts-expect-error sections takes section ids only
export const plainWrongSections = <microneedle-guide sections={['faq']} />;
// @ts-expect-error a sections text starts with a section id
export const plainWrongSectionText = <microneedle-guide sections="faq overview" />;
