/**
 * The classic-script build: Shopify's `script_tag` filter and many CMS fields write
 * `<script src>` without type="module", where the module file fails with
 * "Unexpected token 'export'". dist/microneedle-guide.classic.js works there: in the
 * head before the element, after it, under the strict CSP, and beside the module file.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {currentSection, launch, openPage, serve, waitForGuide, writeFixtures} from './support/embed-context.mjs';

let browser;
let server;
let fixtures;

const page = ({head = '', body = ''}) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fixture</title>${head}</head><body>${body}</body></html>`;
const classic = '<script src="/dist/microneedle-guide.classic.js"></script>';
const module = '<script type="module" src="/dist/microneedle-guide.js"></script>';
const guide = '<microneedle-guide needle-depth="0,25" device-name="Lumen Glow" start="home-vs-clinic"></microneedle-guide>';

before(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
  fixtures = await writeFixtures('classic', {
    'head.html': page({head: classic, body: guide}),
    'after.html': page({body: guide + classic}),
    'both.html': page({head: classic + module, body: guide}),
  });
  // Same pages under the strict CSP (fixtures whose name starts with csp- get the header).
  await writeFixtures('csp-classic', {'head.html': page({head: classic, body: guide})});
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function assertClassicWorks(url) {
  const {page: p, noise, errors} = await openPage(browser);
  await p.goto(`${server.origin}${url}`);
  await waitForGuide(p);
  assert.equal((await currentSection(p)).id, 'home-vs-clinic');
  const state = await p.evaluate(async () => {
    const el = document.querySelector('microneedle-guide');
    const seen = [];
    el.addEventListener('microneedle-guide-section-change', (e) => seen.push(e.detail.section));
    await el.goTo('procedure');
    return {
      seen,
      depth: el.settings.needleDepth,
      badge: el.shadowRoot.querySelector('section[data-section]')?.dataset.section,
      api: typeof window.microneedleGuide?.MicroneedleGuide,
      version: window.microneedleGuide?.MicroneedleGuide.version,
    };
  });
  assert.deepEqual({...state, version: typeof state.version}, {seen: ['procedure'], depth: 0.25, badge: 'procedure', api: 'function', version: 'string'});
  assert.deepEqual([...noise(), ...errors], []);
  await p.close();
}

describe('classic <script src> without type="module" (dist/microneedle-guide.classic.js)', () => {
  test('in the head, before the element', () => assertClassicWorks(`${fixtures}head.html`));
  test('after the element', () => assertClassicWorks(`${fixtures}after.html`));
  test('under the strict CSP with Trusted Types', () => assertClassicWorks('/fixtures/csp-classic/head.html'));

  test('beside the module file: one definition, no warning', async () => {
    const {page: p, noise, errors} = await openPage(browser);
    await p.goto(`${server.origin}${fixtures}both.html`);
    await waitForGuide(p);
    await p.waitForFunction(() => document.readyState === 'complete'); // module scripts have run by then
    assert.deepEqual([...noise(), ...errors], []);
    await p.close();
  });
});
