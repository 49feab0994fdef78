import type {CSSResult, ReactiveControllerHost, TemplateResult} from 'lit';
import type {GuideSettings} from '../config/settings.js';
import type {SectionId} from '../sections/ids.js';
import type {ViewContext} from '../views/context.js';

/** The features that load as chunks of their own: the screening, and care (plan, aftercare, print, calendar). */
export type FeatureId = 'screening' | 'care';

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

/**
 * How each feature chunk is fetched. `import()` with a literal path, so Vite emits the
 * chunk beside the entry and resolves it from `import.meta.url`.
 */
const loaders: Record<FeatureId, () => Promise<Feature>> = {
  screening: () => import('./screening/index.js').then((m) => m.feature as Feature),
  care: () => import('./care/index.js').then((m) => m.feature as Feature),
};

/** One stable loader per feature that reads `loaders` when called, so every guide on a page shares the loaded module. */
export const featureLoaders: Readonly<Record<FeatureId, () => Promise<Feature>>> = {
  screening: () => loaders.screening(),
  care: () => loaders.care(),
};

/** Tests only: replaces how a feature chunk is fetched (e.g. one that fails); returns a function that restores it. */
export function replaceFeatureLoader(id: FeatureId, loader: () => Promise<Feature>): () => void {
  const original = loaders[id];
  loaders[id] = loader;
  return () => void (loaders[id] = original);
}
