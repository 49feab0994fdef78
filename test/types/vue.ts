// Vue: GlobalComponents gives templates (Volar / vue-tsc) the element's props and events.
import type {GlobalComponents} from 'vue';
import type {} from 'microneedle-guide/types/vue';
import type {SectionId} from 'microneedle-guide';

type Guide = InstanceType<GlobalComponents['microneedle-guide']>;

export const props: Guide['$props'] = {needleDepth: 0.25, 'device-name': 'Lumen Glow', loading: 'lazy', lang: 'de'};
// @ts-expect-error needleDepth is a number
export const wrong: Guide['$props'] = {needleDepth: 'deep'};

export function listen(guide: Guide) {
  guide.$emit('microneedle-guide-section-change', new Event('x') as never);
  guide.addEventListener('microneedle-guide-section-change', (e) => {
    const section: SectionId = e.detail.section;
    void section;
  });
}
