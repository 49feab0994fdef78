/**
 * Class-only entry: exports the element and the public API without registering
 * any tag, for apps that choose their own tag name or registry. The logic without
 * the element (screening, plans, aftercare, the config schema) is the subpath
 * `microneedle-guide/rules`; it is not part of the element's first load.
 */
export {MicroneedleGuide} from './microneedle-guide.js';
export {defineMicroneedleGuide} from './define.js';
export {
  SectionChangeEvent,
  ScreeningCompleteEvent,
  type SectionChangeDetail,
  type ScreeningCompleteDetail,
} from './events.js';
export type {SectionId, SectionListText} from './sections/ids.js';
export type {DepthClass} from './rules/depth.js';
export type {MicroneedleGuideConfig, ConfigKey} from './config/schema.js';
export type {ConfigProblem} from './config/parse.js';
export type {GuideSettings} from './config/settings.js';
export type {ScreeningVerdict} from './rules/conditions.js';
export type {MicroneedleGuideEventMap, MicroneedleGuideEventProps} from './types/event-map.js';
export type {
  MicroneedleGuideAttributes,
  MicroneedleGuideInputs,
  MicroneedleGuideProperties,
  MicroneedleGuidePropertyName,
} from './types/props.js';
export type {LoadingMode} from './lazy/lazy-render-controller.js';
