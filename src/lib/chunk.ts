/**
 * Loads a piece of code on demand (a feature now, a locale with issue 11), once.
 * State: `idle` (not asked for), `loading`, `ready` (the module is in `value`) or
 * `failed` (a network error, a blocked file). A failure warns once per chunk name
 * and page, never throws, and waits for `retry()`. Several chunks load in parallel;
 * each reports its own state through `onChange`.
 *
 * A loader that has resolved once is remembered, so the next guide on the page
 * starts `ready` and renders without a loading line.
 */
import {warnText} from '../warn.js';

export type ChunkState = 'idle' | 'loading' | 'ready' | 'failed';

const loaded = new WeakMap<() => Promise<unknown>, unknown>();
const warned = new Set<string>();

export class Chunk<T> {
  #state: ChunkState = 'idle';
  #value?: T;
  #pending?: Promise<T | undefined>;

  constructor(
    /** Names the chunk in the warning: "could not load the screening". */
    readonly name: string,
    private readonly loader: () => Promise<T>,
    private readonly onChange: () => void = () => {},
    /** What the warning says happens instead. */
    private readonly fallback = 'the other sections still work'
  ) {
    if (loaded.has(loader)) {
      this.#value = loaded.get(loader) as T;
      this.#state = 'ready';
    }
  }

  get state(): ChunkState {
    return this.#state;
  }

  /** The loaded module, once `ready`. */
  get value(): T | undefined {
    return this.#value;
  }

  /**
   * Starts loading unless it has started; resolves to the module, or `undefined`
   * when loading failed. A failed chunk stays failed until `retry()`.
   */
  load(): Promise<T | undefined> {
    if (this.#state === 'ready') return Promise.resolve(this.#value);
    if (this.#state === 'failed') return Promise.resolve(undefined);
    return (this.#pending ??= this.#start());
  }

  /** Tries a failed chunk again (the shopper pressed Retry). */
  retry(): Promise<T | undefined> {
    if (this.#state === 'failed') this.#state = 'idle';
    return this.load();
  }

  #start(): Promise<T | undefined> {
    this.#set('loading');
    // Always asynchronous, so a loader that throws at once fails like one that rejects.
    return Promise.resolve()
      .then(this.loader)
      .then(
        (value) => {
          loaded.set(this.loader, value);
          this.#value = value;
          this.#set('ready');
          return value;
        },
        (error: unknown) => {
          if (!warned.has(this.name)) {
            warned.add(this.name);
            warnText(`could not load the ${this.name} (${(error as Error)?.message ?? String(error)}); ${this.fallback}.`);
          }
          this.#set('failed');
          return undefined;
        }
      )
      .finally(() => (this.#pending = undefined));
  }

  #set(state: ChunkState): void {
    this.#state = state;
    this.onChange();
  }
}

/** Runs `task` when the browser is idle (or soon, where `requestIdleCallback` is missing: Safari). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), {timeout: 5000});
  else setTimeout(task, 200);
}
