/**
 * `microneedle-guide/rules`: the guide's logic without the element, for shops that
 * want it on a server or in their own UI. Pure modules: no Lit, no `msg`, no DOM.
 * Section ids, the config schema and its parser, needle-depth classes, the screening
 * conditions and their evaluation, treatment plans and their sessions, how often a
 * device may be used, and the aftercare timeline.
 */
export {SECTION_IDS, type SectionId, type SectionListText} from '../sections/ids.js';
export {classifyNeedleDepth, type DepthClass} from './depth.js';
export {
  microneedleGuideConfigSchema,
  isValidConfigValue,
  CONFIG_KEYS,
  CONFIG_ATTRIBUTES,
  NEEDLE_DEPTH_MIN_MM,
  NEEDLE_DEPTH_MAX_MM,
  type MicroneedleGuideConfig,
  type ConfigKey,
} from '../config/schema.js';
export {parseSettings, type ConfigProblem} from '../config/parse.js';
export type {GuideSettings} from '../config/settings.js';
export {
  SCREENING_CONDITIONS,
  SCREENING_VERDICTS,
  type ConditionId,
  type ScreeningCondition,
  type ScreeningVerdict,
} from './conditions.js';
export {evaluateScreening, type ScreeningAnswers, type ScreeningResult} from './evaluate.js';
export {
  buildPlan,
  GOALS,
  type Goal,
  type PlanInput,
  type TreatmentPlan,
  type HomeSchedule,
  type ClinicCourse,
} from './plan.js';
export {planSessions, type PlannedSession} from './sessions.js';
export {FREQUENCY_RULES, frequencyRule, type FrequencyRule, type HomeFrequencyRule} from './frequency.js';
export {
  buildAftercareTimeline,
  aftercareSet,
  AFTERCARE_RULES,
  AFTERCARE_MILESTONES,
  type AftercareTimeline,
  type AftercareSet,
  type AftercareRule,
  type AftercareRuleId,
  type AftercareMilestone,
  type AftercareMilestoneId,
  type DatedMilestone,
  type DatedRule,
} from './timeline.js';
export {VERSION} from '../version.js';
