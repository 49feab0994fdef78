import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import {a11ySnapshot, findAccessibilityNode, sendKeys} from '@web/test-runner-commands';
import {itReadingAccessibilityTree, setViewport} from './support/engine.js';
import '../src/index.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';

/** Whether the guide has rendered its card. */
const rendered = (el: MicroneedleGuide) => !!el.shadowRoot?.querySelector('[part~="guide"]');
/** The hook deferred work waits on (private: reached here only to prove when it fires). */
const lazyOf = (el: MicroneedleGuide) =>
  (el as unknown as {lazy: {isNearViewport: boolean; whenNear(): Promise<void>}}).lazy;
const pageTop = (el: Element) => el.getBoundingClientRect().top + window.scrollY;

/**
 * A page where the guide sits far below the fold, with a paragraph after it. Its font is pinned:
 * the engines' default serif differs on Linux (Chromium: Liberation Serif, with Times New Roman's
 * metrics; Firefox and WebKit: DejaVu Serif, wide enough to add about 90 px to the first view), and
 * these tests measure the guide's reserve, not the system's font fallback.
 */
async function pageWithGuideBelowTheFold(guide: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="font-family: 'Times New Roman'">
    <div style="block-size: 3000px">Product details</div>
    <a id="before" href="#before">Product details link</a>
    ${guide}
    <p id="below"><a href="#below">Reviews</a></p>
  </div>`);
  const el = wrapper.querySelector<MicroneedleGuide>('microneedle-guide')!;
  await el.updateComplete;
  // The observer reports the first (not intersecting) state within a frame or two.
  await nextFrame();
  await nextFrame();
  return {el, below: wrapper.querySelector('#below')!};
}

function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return {warnings, restore: () => (console.warn = original)};
}

describe('loading="lazy"', () => {
  beforeEach(async () => {
    await setViewport({width: 1280, height: 800});
    window.scrollTo(0, 0);
  });
  afterEach(() => window.scrollTo(0, 0));

  it('is eager by default: a guide far below the fold renders at once and is near at once', async () => {
    const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide></microneedle-guide>`);
    expect(el.loading).to.equal('eager');
    expect(rendered(el)).to.equal(true);
    expect(lazyOf(el).isNearViewport).to.equal(true);
  });

  it('renders its text at once, takes its real height, and content below does not move when it comes near', async () => {
    const {el, below} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="lazy"></microneedle-guide>`);
    expect(rendered(el), 'the text is in the page while far below the fold').to.equal(true);
    // Not content-visibility: Chromium drops skipped content from the accessibility tree.
    expect(getComputedStyle(el).contentVisibility).to.equal('visible');
    const card = el.shadowRoot!.querySelector('[part~="guide"]')!.getBoundingClientRect().height;
    expect(el.getBoundingClientRect().height).to.equal(card);
    const belowBefore = pageTop(below);
    window.scrollTo(0, pageTop(el) - 600);
    await lazyOf(el).whenNear();
    await nextFrame();
    expect(pageTop(below)).to.equal(belowBefore);
  });

  it('is in the tab order before it is scrolled to: Tab goes from the link before it into the guide', async () => {
    const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="lazy"></microneedle-guide>`);
    expect(el.getBoundingClientRect().top, 'far below the fold').to.be.greaterThan(2 * window.innerHeight);
    document.querySelector<HTMLElement>('#before')!.focus({preventScroll: true});
    await sendKeys({press: 'Tab'});
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement?.closest('[part~="contents"]')).to.not.equal(null);
  });

  itReadingAccessibilityTree("puts its headings in the accessibility tree and in find-in-page before it is scrolled to", async () => {
    const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="lazy"></microneedle-guide>`);
    expect(el.getBoundingClientRect().top, 'far below the fold').to.be.greaterThan(2 * window.innerHeight);
    const snapshot = await a11ySnapshot({});
    const title = findAccessibilityNode(
      snapshot as never,
      (node: {role?: string; name?: string}) => node.role === 'heading' && node.name === 'Microneedling guide'
    );
    expect(title, 'the guide title is a heading in the accessibility tree').to.not.equal(null);
    const section = findAccessibilityNode(
      snapshot as never,
      (node: {role?: string; name?: string}) => node.role === 'heading' && node.name === 'What microneedling is'
    );
    expect(section, 'the section heading too').to.not.equal(null);
    const find = (window as unknown as {find(text: string): boolean}).find;
    expect(find.call(window, 'honest, private guide') || find.call(window, 'In this guide'), 'find-in-page finds its text').to.equal(true);
    window.getSelection()?.removeAllRanges();
  });

  it('defers work until shortly before the guide scrolls into view (whenNear)', async () => {
    const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="lazy"></microneedle-guide>`);
    let near = false;
    void lazyOf(el).whenNear().then(() => (near = true));
    await nextFrame();
    expect(near, 'not near while far below the fold').to.equal(false);
    // The guide's top edge 150 px below the bottom of the viewport: not visible yet, but near.
    window.scrollTo(0, pageTop(el) - window.innerHeight - 150);
    await waitUntil(() => near, 'near before it is visible', {timeout: 3000});
    expect(lazyOf(el).isNearViewport).to.equal(true);
    expect(el.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
  });

  it('is near at once when switched to eager, and stays near when switched back', async () => {
    const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="lazy"></microneedle-guide>`);
    expect(lazyOf(el).isNearViewport).to.equal(false);
    el.loading = 'eager';
    await el.updateComplete;
    await lazyOf(el).whenNear();
    el.loading = 'lazy';
    await el.updateComplete;
    expect(lazyOf(el).isNearViewport).to.equal(true);
  });

  it('waits again after being removed and re-added before it came near', async () => {
    const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="lazy"></microneedle-guide>`);
    const parent = el.parentElement!;
    el.remove();
    parent.insertBefore(el, parent.querySelector('#below'));
    await el.updateComplete;
    await nextFrame();
    expect(lazyOf(el).isNearViewport).to.equal(false);
    window.scrollTo(0, pageTop(el) - 400);
    await lazyOf(el).whenNear();
  });

  it('warns once about an unknown value and counts as eager', async () => {
    const {warnings, restore} = captureWarnings();
    try {
      const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="later"></microneedle-guide>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(rendered(el)).to.equal(true);
      expect(lazyOf(el).isNearViewport).to.equal(true);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<microneedle-guide>').and.contain('loading').and.contain('"later"');
    } finally {
      restore();
    }
  });

  it('is near at once where IntersectionObserver does not exist', async () => {
    const original = window.IntersectionObserver;
    (window as {IntersectionObserver?: unknown}).IntersectionObserver = undefined;
    try {
      const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="lazy"></microneedle-guide>`);
      expect(rendered(el)).to.equal(true);
      await lazyOf(el).whenNear();
    } finally {
      window.IntersectionObserver = original;
    }
  });
});
