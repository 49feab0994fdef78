import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import {setViewport} from './support/engine.js';
import '../src/index.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';

/** Whether the guide has rendered its card (a lazy guide's shadow root stays empty until then). */
const rendered = (el: MicroneedleGuide) => !!el.shadowRoot?.querySelector('[part~="guide"]');
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
    ${guide}
    <p id="below">Reviews</p>
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

  it('is eager by default: a guide far below the fold renders at once', async () => {
    const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide></microneedle-guide>`);
    expect(el.loading).to.equal('eager');
    expect(rendered(el)).to.equal(true);
  });

  it('renders only when the guide nears the viewport, and the content below does not move (default reserve, desktop)', async () => {
    const {el, below} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="lazy"></microneedle-guide>`);
    expect(rendered(el), 'not rendered while far below the fold').to.equal(false);
    const reserved = el.getBoundingClientRect().height;
    expect(reserved).to.equal(50 * parseFloat(getComputedStyle(document.documentElement).fontSize));
    const belowBefore = pageTop(below);

    window.scrollTo(0, pageTop(el) - 600);
    await waitUntil(() => rendered(el), 'rendered once near the viewport', {timeout: 3000});
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('[part~="guide"]')!.getBoundingClientRect().height;
    expect(card, `the first view (${card}px) fits the default 50rem reserve; if content grew, raise it in src/lazy/lazy.styles.ts`).to.be.at.most(reserved);
    expect(pageTop(below)).to.equal(belowBefore);
  });

  it('starts rendering shortly before the guide scrolls into view', async () => {
    const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="lazy"></microneedle-guide>`);
    // The guide's top edge 150 px below the bottom of the viewport: not visible yet, but near.
    window.scrollTo(0, pageTop(el) - window.innerHeight - 150);
    await waitUntil(() => rendered(el), 'rendered before it is visible', {timeout: 3000});
    expect(el.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
  });

  it("keeps content below still on a phone when the page reserves the guide's height", async () => {
    await setViewport({width: 375, height: 700});
    const {el, below} = await pageWithGuideBelowTheFold(
      html`<microneedle-guide loading="lazy" style="--mng-lazy-min-height: 110rem"></microneedle-guide>`
    );
    expect(rendered(el)).to.equal(false);
    const belowBefore = pageTop(below);
    window.scrollTo(0, pageTop(el) - 300);
    await waitUntil(() => rendered(el), 'rendered once near the viewport', {timeout: 3000});
    await el.updateComplete;
    expect(pageTop(below)).to.equal(belowBefore);
  });

  it('renders at once when switched to eager, and stays rendered when switched back', async () => {
    const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="lazy"></microneedle-guide>`);
    expect(rendered(el)).to.equal(false);
    el.loading = 'eager';
    await el.updateComplete;
    expect(rendered(el)).to.equal(true);
    el.loading = 'lazy';
    await el.updateComplete;
    expect(rendered(el)).to.equal(true);
  });

  it('waits again after being removed and re-added before it was shown', async () => {
    const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="lazy"></microneedle-guide>`);
    const parent = el.parentElement!;
    el.remove();
    parent.insertBefore(el, parent.querySelector('#below'));
    await el.updateComplete;
    await nextFrame();
    expect(rendered(el)).to.equal(false);
    window.scrollTo(0, pageTop(el) - 400);
    await waitUntil(() => rendered(el), 'rendered once near the viewport', {timeout: 3000});
  });

  it('warns once about an unknown value and renders eagerly', async () => {
    const {warnings, restore} = captureWarnings();
    try {
      const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="later"></microneedle-guide>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(rendered(el)).to.equal(true);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<microneedle-guide>').and.contain('loading').and.contain('"later"');
    } finally {
      restore();
    }
  });

  it('renders at once where IntersectionObserver does not exist', async () => {
    const original = window.IntersectionObserver;
    (window as {IntersectionObserver?: unknown}).IntersectionObserver = undefined;
    try {
      const {el} = await pageWithGuideBelowTheFold(html`<microneedle-guide loading="lazy"></microneedle-guide>`);
      expect(rendered(el)).to.equal(true);
    } finally {
      window.IntersectionObserver = original;
    }
  });
});
