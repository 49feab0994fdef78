import {expect, html} from '@open-wc/testing';
import {ScreeningCompleteEvent} from '../src/index.js';
import {SCREENING_CONDITIONS} from '../src/rules/index.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {renderGuide} from './support/helpers.js';
import {$, answerAll, forward, openScreening, screen} from './support/screening.js';

const IDS = SCREENING_CONDITIONS.map((c) => c.id);
const ANSWERS = ['inflamed-skin', 'eczema', 'blood-thinners', 'pregnant'];

/** Everything a page could use to keep or send data, recorded while `run` drives the screening. */
async function watch(run: () => Promise<void>) {
  const calls: string[] = [];
  const logged: unknown[][] = [];
  const restore: (() => void)[] = [];
  const wrap = <T extends object>(target: T, key: keyof T & string, label: string) => {
    const original = target[key] as unknown as (...args: unknown[]) => unknown;
    (target as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      calls.push(label);
      return original.apply(this, args);
    };
    restore.push(() => ((target as Record<string, unknown>)[key] = original));
  };
  wrap(window, 'fetch', 'fetch');
  wrap(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
  wrap(navigator, 'sendBeacon', 'sendBeacon');
  wrap(window, 'open', 'window.open');
  wrap(Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(history, 'pushState', 'history.pushState');
  wrap(history, 'replaceState', 'history.replaceState');
  for (const Ctor of ['WebSocket', 'EventSource'] as const) {
    const original = window[Ctor];
    (window as unknown as Record<string, unknown>)[Ctor] = function (...args: unknown[]) {
      calls.push(Ctor);
      return Reflect.construct(original, args);
    };
    restore.push(() => ((window as unknown as Record<string, unknown>)[Ctor] = original));
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get!.call(document),
    set: (value: string) => {
      calls.push('document.cookie');
      cookie.set!.call(document, value);
    },
  });
  restore.push(() => delete (document as unknown as Record<string, unknown>).cookie);
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => void logged.push([method, ...args]);
    restore.push(() => (console[method] = original));
  }
  // A request the flow started may finish after it: a sentinel request made afterwards, and
  // awaited, gives such a request time to land in the observer before the check.
  const sentinel = new URL(`?privacy-sentinel=${Math.random()}`, import.meta.url).href;
  let sentinelSeen: () => void;
  const sentinelDone = new Promise<void>((resolve) => (sentinelSeen = resolve));
  const resources: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === sentinel) sentinelSeen();
      else resources.push(entry.name);
    }
  });
  observer.observe({type: 'resource'});
  const resourceCount = performance.getEntriesByType('resource').length;

  const snapshot = async () => ({
    href: location.href,
    historyLength: history.length,
    local: JSON.stringify({...localStorage}),
    session: JSON.stringify({...sessionStorage}),
    cookie: document.cookie,
    databases: JSON.stringify(await indexedDB.databases()),
    caches: JSON.stringify(await caches.keys()),
  });
  const before = await snapshot();
  try {
    await run();
  } finally {
    restore.reverse().forEach((undo) => undo());
  }
  await fetch(sentinel).catch(() => undefined);
  await sentinelDone;
  observer.disconnect();
  const later = performance.getEntriesByType('resource').slice(resourceCount).map((e) => e.name);
  resources.push(...later.filter((name) => name !== sentinel));
  return {calls, logged, resources: [...new Set(resources)], before, after: await snapshot()};
}

/**
 * Waits until every request made so far is in the resource timing buffer: a sentinel requested
 * now lands after them (WebKit, under load, reports a finished request late).
 */
async function settleRequests() {
  const url = new URL(`?privacy-settle=${Math.random()}`, import.meta.url).href;
  let seen!: () => void;
  const done = new Promise<void>((resolve) => (seen = resolve));
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name === url)) seen();
  });
  observer.observe({type: 'resource'});
  await fetch(url).catch(() => undefined);
  await done;
  observer.disconnect();
}

/**
 * The guide's own code loads first: every section's chunk (a GET of a static file each, the
 * same for every shopper, also fetched on idle), so what the watch sees is the screening alone.
 */
async function loadEveryChunk(el: MicroneedleGuide) {
  for (const id of el.visibleSections) await el.goTo(id);
  await el.goTo('overview');
  await settleRequests();
}

function expectNothingLeft(report: Awaited<ReturnType<typeof watch>>) {
  expect(report.calls, 'network, storage or history calls').to.deep.equal([]);
  expect(report.resources, 'requests seen by the PerformanceObserver: ' + report.resources.join(' ')).to.deep.equal([]);
  expect(report.logged, 'console output').to.deep.equal([]);
  expect(report.after).to.deep.equal(report.before);
}

function expectNoAnswersIn(text: string) {
  for (const id of IDS) expect(text, `"${id}" found`).not.to.contain(id);
}

describe('screening privacy', () => {
  it('the whole flow makes no request, stores nothing, changes no URL and logs nothing', async () => {
    const el = await renderGuide();
    // From the moment the guide's own chunks are in, not one request.
    await loadEveryChunk(el);
    const hostBefore = el.outerHTML;
    const report = await watch(async () => {
      await screen(el, ANSWERS);
      expect($(el, '[part~="screening-result"]')!.dataset.verdict).to.equal('not-suitable');
      // Start again, then a second screening: still nothing.
      $(el, '.screening__actions .button')!.click();
      await el.updateComplete;
      await answerAll(el, ['cold-sore-history']);
      forward(el).click();
      await el.updateComplete;
    });
    expectNothingLeft(report);
    // Nothing about the answers reaches the light DOM: no attribute, no data-*, no text.
    expect(el.outerHTML).to.equal(hostBefore);
    expectNoAnswersIn(document.body.innerHTML.replace(/<!--[^]*?-->/g, ''));
  });

  it('the completion event carries no answers and no verdict by default', async () => {
    const el = await renderGuide();
    const events: ScreeningCompleteEvent[] = [];
    const listener = (e: Event) => void events.push(e as ScreeningCompleteEvent);
    document.addEventListener(ScreeningCompleteEvent.eventName, listener);
    try {
      await openScreening(el);
      await answerAll(el, ANSWERS);
      expect(events, 'nothing before the result').to.have.length(0);
      forward(el).click();
      await el.updateComplete;
    } finally {
      document.removeEventListener(ScreeningCompleteEvent.eventName, listener);
    }
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event.type).to.equal('microneedle-guide-screening-complete');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.target).to.equal(el);
    expect(event.detail).to.deep.equal({});
    expect(Object.isFrozen(event.detail)).to.equal(true);
    expect(Object.keys(event)).to.deep.equal(['isTrusted', 'detail']);
    expectNoAnswersIn(JSON.stringify(event.detail));
    expect(JSON.stringify(event.detail)).not.to.contain('not-suitable');
  });

  it('with share-verdict, the event carries the verdict and still no answers', async () => {
    const el = await renderGuide(html`<microneedle-guide share-verdict></microneedle-guide>`);
    expect(el.shareVerdict).to.equal(true);
    const details: unknown[] = [];
    el.addEventListener(ScreeningCompleteEvent.eventName, (e) => details.push(e.detail));
    await screen(el, ['psoriasis', 'broken-skin']);
    expect(details).to.deep.equal([{verdict: 'ask-doctor'}]);
    expectNoAnswersIn(JSON.stringify(details));
    // The intro told the shopper that the shop learns the result only.
    $(el, '.screening__actions .button')!.click();
    await el.updateComplete;
    expect($(el, '.screening')!.textContent).to.contain('This shop learns your result, for example “wait”, but never your answers.');
  });

  it('the share-verdict property is read when the result is shown, and never written onto the markup', async () => {
    const el: MicroneedleGuide = await renderGuide();
    el.shareVerdict = true;
    await el.updateComplete;
    expect(el.hasAttribute('share-verdict')).to.equal(false);
    const details: unknown[] = [];
    el.addEventListener(ScreeningCompleteEvent.eventName, (e) => details.push(e.detail));
    await screen(el, []);
    expect(details).to.deep.equal([{verdict: 'suitable'}]);
  });

  it('removing the element keeps nothing anywhere; a new guide starts afresh', async () => {
    const el = await renderGuide();
    await loadEveryChunk(el);
    const report = await watch(async () => {
      await openScreening(el);
      forward(el).click();
      await el.updateComplete;
      $<HTMLInputElement>(el, 'input[value="broken-skin"]')!.click();
      await el.updateComplete;
      el.remove();
    });
    expectNothingLeft(report);
    const fresh = await renderGuide();
    await openScreening(fresh);
    expect($(fresh, '.screening__heading')!.textContent).to.contain('Before you start');
  });
});
