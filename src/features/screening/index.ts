/** The screening chunk: loaded the first time the screening is shown, named by `start`, or prefetched. */
import type {Feature} from '../feature.js';
import {ScreeningController} from './controller.js';
import {screeningStyles} from './styles.js';
import {renderScreening} from './view.js';

export const feature: Feature<ScreeningController> = {
  styles: [screeningStyles],
  create: (host) => new ScreeningController(host.element, () => host.settings().shareVerdict),
  render: (_section, ctx, controller) => renderScreening(ctx, controller),
};
