import {adoptStyles, html, nothing, supportsAdoptingStyleSheets, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {Chunk, whenIdle} from '../lib/chunk.js';
import {SECTIONS} from '../sections/index.js';
import type {SectionId} from '../sections/ids.js';
import type {ViewContext} from '../views/context.js';
import {featureLoaders, type Feature, type FeatureHost, type FeatureId} from './feature.js';

/** What the guide tells the feature controller: where it is, and when it comes near the viewport. */
export interface FeatureControllerHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly currentSection: SectionId;
  readonly visibleSections: readonly SectionId[];
}

/** The words a chunk has in its one warning: "could not load the plan and aftercare". */
const CHUNK_NAMES: Partial<Record<FeatureId, string>> = {screening: 'screening', care: 'plan and aftercare'};

/**
 * Loads and renders the guide's lazy features (the screening, care). A feature's chunk
 * loads the first time one of its sections is shown (or named by `start`), when the
 * browser is idle once the guide is near the viewport, when the shopper points at or
 * focuses its entry, and before printing. While it loads, its section keeps the height
 * of the one before and says so quietly; if it fails, the section says so with Try again
 * and every other section works.
 *
 * Each feature's controller is made once its chunk is in and lives as long as the guide,
 * in a true private field: the screening answers it holds are not reachable from page
 * scripts.
 */
export class FeatureController implements ReactiveController {
  readonly #chunks = new Map<FeatureId, Chunk<Feature>>();
  readonly #controllers = new Map<FeatureId, unknown>();
  #heldHeight?: number;
  #prefetchScheduled = false;

  constructor(
    private readonly host: FeatureControllerHost,
    private readonly featureHost: FeatureHost,
    /** Resolves when the guide nears the viewport (at once for an eager guide). */
    private readonly whenNear: () => Promise<void>,
    /** Whether the guide is near the viewport, so the shown section's chunk may load. */
    private readonly isNear: () => boolean
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('beforeprint', this.#beforePrint);
    if (this.#prefetchScheduled) return;
    this.#prefetchScheduled = true;
    // Once near: render (a lazy guide loads the shown section's chunk now), then prefetch the
    // other features while the browser is idle.
    void this.whenNear().then(() => {
      this.host.requestUpdate();
      whenIdle(() => this.host.visibleSections.forEach((id) => this.prefetch(id)));
    });
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('beforeprint', this.#beforePrint);
  }

  hostUpdated(): void {
    // Keep the height of the section left while the next one's chunk loads, so nothing below jumps.
    const section = this.host.renderRoot.querySelector<HTMLElement>('.section');
    const waiting = this.#chunkOf(this.host.currentSection)?.state === 'loading';
    if (!section) return;
    if (waiting && this.#heldHeight) section.style.minBlockSize = `${this.#heldHeight}px`;
    // Leave no empty style="" behind: the markup is the same whether or not a chunk was awaited.
    else if (section.hasAttribute('style')) section.removeAttribute('style');
  }

  /** Call before the guide shows another section: the height of the one on screen is held while the next loads. */
  holdHeight(): void {
    this.#heldHeight = this.host.renderRoot.querySelector('.section')?.getBoundingClientRect().height;
  }

  /** Starts loading a section's feature chunk, if it has one and it has not started. */
  prefetch(id: SectionId): void {
    void this.#chunkOf(id)?.load();
  }

  /** While the shown section's chunk loads: a promise that settles when it has loaded or failed. */
  get loading(): Promise<unknown> | undefined {
    const chunk = this.#chunkOf(this.host.currentSection);
    return chunk?.state === 'loading' ? chunk.load() : undefined;
  }

  /** The body of a lazy section: its feature's view once the chunk is in, else a loading or failure line. */
  render(id: SectionId, ctx: ViewContext): TemplateResult {
    const feature = SECTIONS[id].lazy!;
    const chunk = this.#chunk(feature);
    const loaded = chunk.value;
    if (loaded) return loaded.render(id, ctx, this.#controllerOf(feature, loaded));
    if (chunk.state === 'idle' && this.isNear()) void chunk.load();
    const failed = chunk.state === 'failed';
    return html`<div class="section__load">
      <p role="status">
        ${failed
          ? msg('This part of the guide could not be loaded. The other sections still work.', {id: 'guide.load.failed'})
          : msg('Loading…', {id: 'guide.load.loading'})}
      </p>
      ${failed
        ? html`<button type="button" class="button button--secondary" @click=${() => chunk.retry()}>
            ${msg('Try again', {id: 'guide.load.retry'})}
          </button>`
        : nothing}
    </div>`;
  }

  readonly #beforePrint = () => this.prefetch(this.host.currentSection);

  #chunkOf(id: SectionId): Chunk<Feature> | undefined {
    const feature = SECTIONS[id]?.lazy;
    return feature && this.#chunk(feature);
  }

  #chunk(feature: FeatureId): Chunk<Feature> {
    let chunk = this.#chunks.get(feature);
    if (!chunk) {
      chunk = new Chunk(CHUNK_NAMES[feature] ?? `${feature} section`, featureLoaders[feature], () => this.host.requestUpdate());
      this.#chunks.set(feature, chunk);
    }
    return chunk;
  }

  /** The feature's controller for this guide, made (and its styles adopted) the first time it renders. */
  #controllerOf(id: FeatureId, feature: Feature): unknown {
    if (!this.#controllers.has(id)) {
      this.#controllers.set(id, feature.create(this.featureHost));
      this.#adoptStyles(feature);
    }
    return this.#controllers.get(id);
  }

  #adoptStyles(feature: Feature): void {
    const root = this.host.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    if (!supportsAdoptingStyleSheets) return adoptStyles(root, [...feature.styles]);
    // Before the guide's print rules (its last sheet), so print wins over the feature's screen rules.
    const sheets = [...root.adoptedStyleSheets];
    const print = sheets.pop();
    root.adoptedStyleSheets = [...sheets, ...feature.styles.map((s) => s.styleSheet!), ...(print ? [print] : [])];
  }
}
