/** Main entry: registers `<microneedle-guide>` and exports the public API. */
import {defineMicroneedleGuide} from './define.js';

export * from './element.js';

defineMicroneedleGuide();
