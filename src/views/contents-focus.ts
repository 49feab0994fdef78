import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: ParentNode};

/**
 * Keeps focus when the contents list folds away. When the guide's column narrows
 * (a window resized, a phone rotated) with focus on a contents button, the list
 * hides behind its disclosure button and the browser drops focus to `<body>`;
 * this moves it to that disclosure button instead, which names where the shopper is.
 */
export class ContentsFocusController implements ReactiveController {
  private observer?: ResizeObserver;
  private observed?: Element;
  /** The contents button that had focus, while focus stays in the contents. */
  private lastFocused?: HTMLElement;

  constructor(
    private readonly host: Host,
    private readonly contentsSelector: string,
    private readonly toggleSelector: string
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener?.('focusin', this.onFocusIn);
    if (typeof ResizeObserver === 'function') this.observer ??= new ResizeObserver(() => this.check());
  }

  hostUpdated(): void {
    const contents = this.host.renderRoot.querySelector(this.contentsSelector);
    if (!this.observer || !contents || contents === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(contents);
    this.observed = contents;
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener?.('focusin', this.onFocusIn);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    this.lastFocused = undefined;
  }

  private readonly onFocusIn = (event: Event): void => {
    const target = event.composedPath()[0];
    const contents = this.host.renderRoot.querySelector(this.contentsSelector);
    this.lastFocused = target instanceof HTMLElement && contents?.contains(target) ? target : undefined;
  };

  /** After a size change: if the focused contents button was hidden and focus fell away, catch it. */
  private check(): void {
    const last = this.lastFocused;
    if (!last || last.checkVisibility()) return;
    const root = this.host.renderRoot as ShadowRoot;
    const active = root.activeElement;
    if (active && active !== last) return;
    const doc = this.host.ownerDocument;
    if (!active && doc.activeElement !== doc.body && doc.activeElement !== this.host && doc.activeElement !== null) return;
    this.lastFocused = undefined;
    root.querySelector<HTMLElement>(this.toggleSelector)?.focus();
  }
}
