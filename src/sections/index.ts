/**
 * The section registry: every section the guide can show, by id. Each section is one
 * module (id, title, icon, and either its view or the lazy feature that renders it).
 */
import {overview} from './overview.js';
import {homeVsClinic} from './home-vs-clinic.js';
import {procedure} from './procedure.js';
import {comfort} from './comfort.js';
import {suitability} from './suitability.js';
import {screening} from './screening.js';
import {bodyAreas} from './body-areas.js';
import {frequency} from './frequency.js';
import {plan} from './plan.js';
import {aftercare} from './aftercare.js';
import {deviceCare} from './device-care.js';
import type {SectionId} from './ids.js';
import type {Section} from './section.js';

export const SECTIONS: Readonly<Record<SectionId, Section>> = {
  'overview': overview,
  'home-vs-clinic': homeVsClinic,
  'procedure': procedure,
  'comfort': comfort,
  'suitability': suitability,
  'screening': screening,
  'body-areas': bodyAreas,
  'frequency': frequency,
  'plan': plan,
  'aftercare': aftercare,
  'device-care': deviceCare,
};
