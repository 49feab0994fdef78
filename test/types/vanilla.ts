// Plain DOM use: the tag map, the typed event map, the class-only entry and exported types.
import 'microneedle-guide';
import {evaluateScreening, SECTION_IDS} from 'microneedle-guide/rules';
import {
  type MicroneedleGuideConfig,
  type MicroneedleGuideEventMap,
  type ScreeningVerdict,
  type SectionId,
} from 'microneedle-guide';
import {MicroneedleGuide, defineMicroneedleGuide} from 'microneedle-guide/element';

const guide = document.querySelector('microneedle-guide');
if (guide) {
  const sameClass: MicroneedleGuide = guide;
  sameClass.needleDepth = 0.25;
  sameClass.loading = 'lazy';
  // @ts-expect-error loading is 'eager' | 'lazy'
  sameClass.loading = 'sometimes';
  sameClass.sections = ['overview', 'frequency'];
  sameClass.sections = 'overview frequency';
  sameClass.start = 'plan';
  // @ts-expect-error start takes a section id only
  sameClass.start = 'faq';
  // @ts-expect-error sections takes section ids only
  sameClass.sections = ['faq'];
  guide.addEventListener('microneedle-guide-section-change', (e) => {
    const section: SectionId = e.detail.section;
    void section;
  });
  guide.addEventListener('microneedle-guide-screening-complete', (e) => {
    const verdict: ScreeningVerdict | undefined = e.detail.verdict;
    // @ts-expect-error the event never carries the answers
    void e.detail.answers;
    void verdict;
  });
  void guide.goTo('aftercare');
}

const created = document.createElement('microneedle-guide');
created.config = {needleDepth: 0.25, deviceName: 'Lumen Glow'} satisfies MicroneedleGuideConfig;

type SectionEvent = MicroneedleGuideEventMap['microneedle-guide-section-change'];
const onSection = (e: SectionEvent): SectionId => e.detail.section;
void onSection;

defineMicroneedleGuide('my-guide');
const first: SectionId = SECTION_IDS[0];
const result = evaluateScreening([]);
const verdict: ScreeningVerdict = result.verdict;
void first;
void verdict;
