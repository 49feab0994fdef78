import type {SVGTemplateResult, TemplateResult} from 'lit';
import type {FeatureId} from '../features/feature.js';
import type {ViewContext} from '../views/context.js';
import type {SectionId} from './ids.js';

/**
 * One section of the guide: its id (public: `start`, `sections`), the title shown in
 * the contents and as its heading, its icon, and either its view (`render`, in the
 * first load) or the feature chunk that renders it (`lazy`).
 */
export type Section = {
  readonly id: SectionId;
  /** Runs at render time, so the title follows the shown language. */
  title(): string;
  /** The icon's paths, drawn by views/icons.ts. */
  readonly icon: SVGTemplateResult;
} & ({render(ctx: ViewContext): TemplateResult; lazy?: undefined} | {lazy: FeatureId; render?: undefined});
