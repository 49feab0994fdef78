import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {warn} from '../warn.js';

/** How the guide renders: `eager` (the default) at once, `lazy` when it nears the viewport. */
export type LoadingMode = 'eager' | 'lazy';

/**
 * How far beyond the viewport a lazy guide starts rendering, so it is ready by
 * the time the shopper scrolls to it.
 */
export const LAZY_ROOT_MARGIN = '300px 0px';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Holds back a host's rendering until it nears the viewport when its `loading`
 * is `lazy` (an IntersectionObserver, like `<img loading="lazy">`). Eager hosts,
 * and browsers or servers without IntersectionObserver, render at once. Once
 * rendered, a host stays rendered. A value other than `eager` or `lazy` gets one
 * warning and counts as `eager`.
 *
 * The host keeps its space reserved meanwhile with CSS (lazy.styles.ts), so
 * content below does not move when the guide appears.
 */
export class LazyRenderController implements ReactiveController {
  private observer?: IntersectionObserver;
  private revealed = false;
  private lastMode: unknown = 'eager';

  constructor(
    private readonly host: Host,
    private readonly mode: () => unknown
  ) {
    host.addController(this);
  }

  /** Whether the host may render its content. */
  get ready(): boolean {
    return this.revealed;
  }

  hostConnected(): void {
    if (!this.revealed && this.isLazy()) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdate(): void {
    const mode = this.mode();
    if (mode !== this.lastMode) {
      this.lastMode = mode;
      if (mode != null && mode !== 'eager' && mode !== 'lazy') warn('loading', mode, '"eager" or "lazy"');
    }
    if (this.revealed) return;
    if (this.isLazy()) this.observe();
    else this.reveal();
  }

  private isLazy(): boolean {
    return this.mode() === 'lazy' && typeof IntersectionObserver === 'function';
  }

  private observe(): void {
    if (this.observer || !this.host.isConnected) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.reveal();
      },
      {rootMargin: LAZY_ROOT_MARGIN}
    );
    this.observer.observe(this.host);
  }

  /** Renders now, whatever the mode (the page asked for a section with `goTo`). */
  reveal(): void {
    if (this.revealed) return;
    this.revealed = true;
    this.hostDisconnected();
    this.host.requestUpdate();
  }
}
