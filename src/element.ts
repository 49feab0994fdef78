/**
 * Class-only entry: exports the element and the public API without registering
 * any tag, for apps that choose their own tag name or registry.
 */
export {MicroneedleGuide} from './microneedle-guide.js';
export {defineMicroneedleGuide} from './define.js';
export {SECTION_IDS, type SectionId} from './content/sections.js';
export {classifyNeedleDepth, type DepthClass} from './content/depth.js';
export {SectionChangeEvent} from './events.js';
export {VERSION} from './version.js';
