/**
 * The care chunk: the plan, the aftercare timeline, its print card and the calendar
 * file. One controller holds the session time and goal both sections read.
 */
import type {Feature} from '../feature.js';
import {CareController} from './controller.js';
import {aftercareStyles} from './aftercare.styles.js';
import {planStyles} from './plan.styles.js';
import {carePrintStyles} from './print.styles.js';
import {renderAftercare} from './aftercare-view.js';
import {renderPlan} from './plan-view.js';

export const feature: Feature<CareController> = {
  styles: [aftercareStyles, planStyles, carePrintStyles],
  create: (host) => new CareController(host.element, host.locale),
  render: (section, ctx, controller) =>
    section === 'plan' ? renderPlan(ctx, controller.state) : renderAftercare(ctx, controller.state),
};
