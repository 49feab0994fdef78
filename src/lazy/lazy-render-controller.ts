import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** How the guide loads: `eager` (the default) does all its work at once, `lazy` defers costly work until it nears the viewport. */
export type LoadingMode = 'eager' | 'lazy';

/**
 * How far beyond the viewport a lazy guide counts as near, so deferred work is
 * done by the time the shopper scrolls to it.
 */
export const LAZY_ROOT_MARGIN = '300px 0px';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tells a host whether it is near the viewport, for `loading="lazy"` (an
 * IntersectionObserver, like `<img loading="lazy">`).
 *
 * It never holds back the host's text: a guide below the fold must be in the tab
 * order, the accessibility tree and find-in-page before it is scrolled to, and
 * its first render costs about 10 ms. (Not `content-visibility: auto` either:
 * Chromium leaves skipped content out of the accessibility tree, so a screen
 * reader's heading list would miss the guide.) What waits is costly work the
 * shopper cannot see anyway: feature and locale chunk prefetch hook in here
 * through `whenNear()`, the one place that decides when it starts.
 *
 * Eager hosts, and browsers or servers without IntersectionObserver, are near at
 * once. Once near, a host stays near. A value other than `eager` or `lazy` counts
 * as `eager` (the host warns about it).
 */
export class LazyLoadController implements ReactiveController {
  private observer?: IntersectionObserver;
  private near = false;
  private readonly nearPromise: Promise<void>;
  private resolveNear!: () => void;

  constructor(
    private readonly host: Host,
    private readonly mode: () => unknown
  ) {
    this.nearPromise = new Promise((resolve) => (this.resolveNear = resolve));
    host.addController(this);
  }

  /** Whether the host has come near the viewport (always true for an eager host, once it has updated). */
  get isNearViewport(): boolean {
    return this.near;
  }

  /** Resolves when the host first comes near the viewport: at once for an eager host. Start deferred work here. */
  whenNear(): Promise<void> {
    return this.nearPromise;
  }

  hostConnected(): void {
    if (!this.near && this.isLazy()) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdate(): void {
    if (this.near) return;
    if (this.isLazy()) this.observe();
    else this.markNear();
  }

  private isLazy(): boolean {
    return this.mode() === 'lazy' && typeof IntersectionObserver === 'function';
  }

  private observe(): void {
    if (this.observer || !this.host.isConnected) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.markNear();
      },
      {rootMargin: LAZY_ROOT_MARGIN}
    );
    this.observer.observe(this.host);
  }

  /** Counts the host as near now, whatever the mode (the page asked for a section with `goTo`). */
  markNear(): void {
    if (this.near) return;
    this.near = true;
    this.hostDisconnected();
    this.resolveNear();
  }
}
