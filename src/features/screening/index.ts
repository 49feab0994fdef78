/**
 * The screening chunk: "Who it suits" (every condition, named and explained) and the
 * private questionnaire that checks them. Loaded the first time either section is
 * shown or named by `start`, on idle, or when the shopper points at or focuses its entry.
 */
import type {Feature} from '../feature.js';
import {ScreeningController} from './controller.js';
import {screeningStyles} from './styles.js';
import {renderScreening} from './view.js';
import {renderSuitability} from './suitability-view.js';

export const feature: Feature<ScreeningController> = {
  styles: [screeningStyles],
  create: (host) => new ScreeningController(host.element, () => host.settings().shareVerdict),
  render: (section, ctx, controller) =>
    section === 'suitability' ? renderSuitability(ctx) : renderScreening(ctx, controller),
};
