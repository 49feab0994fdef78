/**
 * Tells guides when a `lang` attribute changes on them or any ancestor, without
 * polling: one MutationObserver per tree (the document, or the shadow root a
 * guide lives in), watching only `lang`, shared by every guide in that tree.
 * A guide inside a shadow root also hears the document element's `lang`, its
 * last fallback. The guide's own shadow root is never observed.
 */
type Listener = () => void;

interface TreeWatch {
  observer: MutationObserver;
  listeners: Set<Listener>;
}

const watches = new Map<Node, TreeWatch>();

function watch(node: Node, subtree: boolean, listener: Listener): () => void {
  let entry = watches.get(node);
  if (!entry) {
    const listeners = new Set<Listener>();
    const observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(node, {attributes: true, attributeFilter: ['lang'], subtree});
    entry = {observer, listeners};
    watches.set(node, entry);
  }
  const {observer, listeners} = entry;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer.disconnect();
      watches.delete(node);
    }
  };
}

/** Calls `listener` on any `lang` change that can alter `host`'s language; returns the unsubscribe. */
export function observeLanguage(host: Element, listener: Listener): () => void {
  if (typeof MutationObserver !== 'function') return () => {};
  const root = host.getRootNode();
  const stops = [watch(root, true, listener)];
  const documentElement = host.ownerDocument?.documentElement;
  if (root !== host.ownerDocument && documentElement) stops.push(watch(documentElement, false, listener));
  return () => stops.forEach((stop) => stop());
}
