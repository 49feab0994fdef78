/**
 * Types `<microneedle-guide>` in Vue templates (Volar / vue-tsc). Add once in
 * your app: `import type {} from 'microneedle-guide/types/vue'`.
 *
 * Vue sets a binding as a property when the element has one
 * (`:needle-depth="0.25"`, `:config="{…}"`) and as an attribute otherwise, and
 * listens with `@microneedle-guide-section-change="…"`. Tell Vue's compiler the
 * tag is a custom element: `isCustomElement: (tag) => tag === 'microneedle-guide'`.
 */
import type {EmitFn, HTMLAttributes, PublicProps} from 'vue';
import type {MicroneedleGuide} from '../microneedle-guide.js';
import type {MicroneedleGuideInputs} from './props.js';
import type {MicroneedleGuideEventMap} from './event-map.js';

/**
 * The shape Vue's tooling reads a component's props (`$props`) and events
 * (`$emit`) from, as Vue's guide on typing custom elements describes.
 */
export type MicroneedleGuideVueComponent = new () => MicroneedleGuide & {
  /** @deprecated Template typing only; not a property of the element. */
  $props: HTMLAttributes & MicroneedleGuideInputs & PublicProps;
  /** @deprecated Template typing only; not a property of the element. */
  $emit: EmitFn<{[K in keyof MicroneedleGuideEventMap]: (event: MicroneedleGuideEventMap[K]) => void}>;
};

declare module 'vue' {
  interface GlobalComponents {
    'microneedle-guide': MicroneedleGuideVueComponent;
  }
}
