import type {ReactiveController, ReactiveControllerHost} from 'lit';

const SELECTOR = ':scope > script[type="application/json" i]';

/**
 * Reads the element's `<script type="application/json">` child, for CMSs that only
 * allow HTML. Watching the light DOM is cheap (the guide has no other children), so
 * a CMS preview that swaps the script in later, or edits its text, updates the guide.
 */
export class JsonChildController implements ReactiveController {
  /** The script's text, or null when there is no such child. */
  text: string | null = null;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    if (typeof MutationObserver === 'undefined') return;
    this.observer ??= new MutationObserver(() => this.read());
    this.observer.observe(this.host, {childList: true, subtree: true, characterData: true});
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private read(): void {
    const script = this.host.querySelector(SELECTOR);
    const text = script ? (script.textContent ?? '') : null;
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }
}
