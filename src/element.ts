/**
 * Class-only entry: exports the element and the public API without registering
 * any tag, for apps that choose their own tag name or registry.
 */
export {MicroneedleGuide} from './microneedle-guide.js';
export {defineMicroneedleGuide} from './define.js';
export {SECTION_IDS, type SectionId, type SectionListText} from './content/sections.js';
export {classifyNeedleDepth, type DepthClass} from './rules/depth.js';
export {
  microneedleGuideConfigSchema,
  isValidConfigValue,
  CONFIG_KEYS,
  CONFIG_ATTRIBUTES,
  NEEDLE_DEPTH_MIN_MM,
  NEEDLE_DEPTH_MAX_MM,
  type MicroneedleGuideConfig,
  type ConfigKey,
} from './config/schema.js';
export {parseSettings, type ConfigProblem} from './config/parse.js';
export {type GuideSettings} from './config/settings.js';
export {SectionChangeEvent, ScreeningCompleteEvent, type ScreeningCompleteDetail} from './events.js';
export {
  SCREENING_CONDITIONS,
  SCREENING_VERDICTS,
  type ConditionId,
  type ScreeningCondition,
  type ScreeningVerdict,
} from './rules/conditions.js';
export {evaluateScreening, type ScreeningAnswers, type ScreeningResult} from './rules/evaluate.js';
export {
  buildPlan,
  GOALS,
  type Goal,
  type PlanInput,
  type TreatmentPlan,
  type HomeSchedule,
  type ClinicCourse,
} from './rules/plan.js';
export {planSessions, type PlannedSession} from './rules/sessions.js';
export {
  FREQUENCY_RULES,
  frequencyRule,
  type FrequencyRule,
  type HomeFrequencyRule,
} from './rules/frequency.js';
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
} from './rules/timeline.js';
export {buildIcs, type IcsCalendar, type IcsEvent, type IcsTime} from './lib/ics.js';
export {buildCareCalendar, type CareCalendarInput} from './features/care/calendar.js';
export {VERSION} from './version.js';
export type {MicroneedleGuideEventMap, MicroneedleGuideEventProps} from './types/event-map.js';
export type {
  MicroneedleGuideAttributes,
  MicroneedleGuideInputs,
  MicroneedleGuideProperties,
  MicroneedleGuidePropertyName,
} from './types/props.js';
export type {LoadingMode} from './lazy/lazy-render-controller.js';
