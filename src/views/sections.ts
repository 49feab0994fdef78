import type {TemplateResult} from 'lit';
import type {SectionId} from '../content/sections.js';
import type {ViewContext} from './context.js';
import {renderOverview} from './overview.js';
import {renderComparison} from './comparison.js';
import {renderProcedure} from './procedure.js';
import {renderComfort} from './comfort.js';
import {renderSuitability} from './suitability.js';
import {renderScreening} from '../features/screening/view.js';
import {renderBodyAreas} from './body-areas.js';
import {renderFrequency} from './frequency.js';
import {renderPlan} from '../features/care/plan-view.js';
import {renderAftercare} from '../features/care/aftercare-view.js';
import {renderDeviceCare} from './device-care.js';

/** The body of each section, by id. The element adds the heading and navigation around it. */
export const SECTION_VIEWS: Record<SectionId, (ctx: ViewContext) => TemplateResult> = {
  overview: renderOverview,
  'home-vs-clinic': renderComparison,
  procedure: renderProcedure,
  comfort: renderComfort,
  suitability: renderSuitability,
  screening: renderScreening,
  'body-areas': renderBodyAreas,
  frequency: renderFrequency,
  plan: renderPlan,
  aftercare: renderAftercare,
  'device-care': renderDeviceCare,
};
