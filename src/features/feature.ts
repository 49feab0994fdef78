import type {CSSResult, ReactiveControllerHost, TemplateResult} from 'lit';
import type {GuideSettings} from '../config/settings.js';
import type {SectionId} from '../sections/ids.js';
import type {ViewContext} from '../views/context.js';

/** The features that load as chunks of their own: the screening, and care (plan, aftercare, print, calendar). */
export type FeatureId = 'screening' | 'care' | ReadingSectionId;

/**
 * The reading sections: text only, one small chunk each, so the first view fetches the
 * shell and the one section it shows, never the other ten.
 */
export type ReadingSectionId = 'overview' | 'home-vs-clinic' | 'procedure' | 'comfort' | 'body-areas' | 'frequency' | 'device-care';

/** What the guide gives a feature's controller: the host to re-render and the inputs it reads on demand. */
export interface FeatureHost {
  /** The guide: controllers re-render it, dispatch its events and move focus in its shadow root. */
  readonly element: ReactiveControllerHost & EventTarget & {readonly renderRoot: ParentNode};
  settings(): GuideSettings;
  /** The locale the text is shown in (ViewContext.locale). */
  locale(): string;
}

/**
 * What a feature chunk exports as `feature`: its scoped styles, a controller made
 * once per guide (it holds the feature's state for as long as the element lives),
 * and the view of each section it renders.
 */
export interface Feature<Controller = unknown> {
  readonly styles: readonly CSSResult[];
  create(host: FeatureHost): Controller;
  render(section: SectionId, ctx: ViewContext, controller: Controller): TemplateResult;
}

/** A reading section's view as a feature: no state; its own styles, if any, come with it. */
function reading(render: (ctx: ViewContext) => TemplateResult, styles?: CSSResult): Feature {
  return {styles: styles ? [styles] : [], create: () => undefined, render: (_section, ctx) => render(ctx)};
}

/**
 * How each feature chunk is fetched. `import()` with a literal path, so Vite emits the
 * chunk beside the entry and resolves it from `import.meta.url`.
 */
const loaders: Record<FeatureId, () => Promise<Feature>> = {
  screening: () => import('./screening/index.js').then((m) => m.feature as Feature),
  overview: () => import('../views/overview.js').then((m) => reading(m.renderOverview)),
  'home-vs-clinic': () => import('../views/comparison.js').then((m) => reading(m.renderComparison, m.comparisonStyles)),
  procedure: () => import('../views/procedure.js').then((m) => reading(m.renderProcedure, m.procedureStyles)),
  comfort: () => import('../views/comfort.js').then((m) => reading(m.renderComfort)),
  'body-areas': () => import('../views/body-areas.js').then((m) => reading(m.renderBodyAreas)),
  frequency: () => import('../views/frequency.js').then((m) => reading(m.renderFrequency)),
  'device-care': () => import('../views/device-care.js').then((m) => reading(m.renderDeviceCare)),
  care: () => import('./care/index.js').then((m) => m.feature as Feature),
};

/** One stable loader per feature that reads `loaders` when called, so every guide on a page shares the loaded module. */
export const featureLoaders: Readonly<Record<FeatureId, () => Promise<Feature>>> = {
  screening: () => loaders.screening(),
  care: () => loaders.care(),
  overview: () => loaders.overview(),
  'home-vs-clinic': () => loaders['home-vs-clinic'](),
  procedure: () => loaders.procedure(),
  comfort: () => loaders.comfort(),
  'body-areas': () => loaders['body-areas'](),
  frequency: () => loaders.frequency(),
  'device-care': () => loaders['device-care'](),
};

/** Tests only: replaces how a feature chunk is fetched (e.g. one that fails); returns a function that restores it. */
export function replaceFeatureLoader(id: FeatureId, loader: () => Promise<Feature>): () => void {
  const original = loaders[id];
  loaders[id] = loader;
  return () => void (loaders[id] = original);
}
