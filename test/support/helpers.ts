import {fixture, html} from '@open-wc/testing';
import type {MicroneedleGuide} from '../../src/microneedle-guide.js';
import '../../src/index.js';

/** Renders a guide from markup and waits for its first render. */
export async function renderGuide(template = html`<microneedle-guide></microneedle-guide>`) {
  const el = await fixture<MicroneedleGuide>(template);
  await el.updateComplete;
  return el;
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** Visible text of a node, whitespace collapsed: what a shopper reads. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  if (!node) return '';
  const el = node instanceof ShadowRoot ? node.host : node;
  const source = node instanceof ShadowRoot ? node : el;
  return (source as ParentNode & {textContent: string | null}).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function contentsButtons(el: MicroneedleGuide): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('.contents button')];
}

export function currentHeading(el: MicroneedleGuide): HTMLElement {
  const heading = shadow(el).querySelector<HTMLElement>('.section__heading');
  if (!heading) throw new Error('no section heading');
  return heading;
}

/** The element focused inside the guide's shadow root, if any. */
export function focused(el: MicroneedleGuide): Element | null {
  return shadow(el).activeElement;
}

const mounted: Element[] = [];
afterEach(() => mounted.splice(0).forEach((node) => node.remove()));

/**
 * Puts markup in the page inside a wrapper with a `lang` (British English by default, so
 * dates read "Thursday 14:00") and waits for the guide's first render. Removed after each test.
 */
export async function mountGuide(markup: string, lang = 'en-GB') {
  const host = document.createElement('div');
  host.lang = lang;
  host.innerHTML = markup;
  document.body.append(host);
  mounted.push(host);
  const el = host.querySelector('microneedle-guide') as MicroneedleGuide;
  await el.updateComplete;
  return {host, el};
}

/** Runs `run` and collects the console warnings it logs; console.warn is restored afterwards. */
export async function withWarnings<T>(run: () => Promise<T>): Promise<{result: T; warnings: string[]}> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return {result: await run(), warnings};
  } finally {
    console.warn = original;
  }
}

/** Builds a guide from attributes, an optional JSON child and properties, as a CMS or a script would write it. */
export async function guideFrom(
  attributes: Record<string, string>,
  json?: string,
  properties: Partial<MicroneedleGuide> = {}
): Promise<MicroneedleGuide> {
  const el = document.createElement('microneedle-guide');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}
