/**
 * Shared set-up for the embed tests (test/embed*.test.mjs, test/csp*.test.mjs,
 * test/node-import*.test.mjs). They run under scripts/embed-stage.mjs, which
 * builds and packs the package once and passes the directory in MNG_EMBED_DIR.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import {after, before} from 'node:test';
import {launchChromium} from '../../scripts/chromium.mjs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createStaticServer, CSP, cspHeaders} from '../../scripts/serve.mjs';

export {CSP};
export const root = fileURLToPath(new URL('../..', import.meta.url));

const dir = process.env.MNG_EMBED_DIR;
if (!dir) throw new Error('Run the embed tests through scripts/embed-stage.mjs (npm run test:embed).');

export const paths = {
  dir,
  pkg: path.join(dir, 'pkg'),
  cdn: path.join(dir, 'pkg', 'dist', 'microneedle-guide.js'),
  classic: path.join(dir, 'pkg', 'dist', 'microneedle-guide.classic.js'),
  strict: path.join(dir, 'pkg', 'dist', 'microneedle-guide.strict.js'),
  dist: path.join(dir, 'pkg', 'dist'),
  lib: path.join(dir, 'pkg', 'dist', 'lib'),
  manifest: path.join(dir, 'pkg', 'custom-elements.json'),
  packedFiles: path.join(dir, 'packed-files.json'),
  apps: Object.fromEntries(['react', 'vue', 'svelte', 'angular', 'next', 'astro', 'host-lit', 'types'].map((name) => [name, path.join(dir, 'apps', name)])),
};

/** Writes pages for one test file into its own folder, served at `/fixtures/<name>/`. */
export async function writeFixtures(name, files) {
  const folder = path.join(dir, 'fixtures', name);
  await mkdir(folder, {recursive: true});
  await Promise.all(Object.entries(files).map(([file, text]) => writeFile(path.join(folder, file), text)));
  return `/fixtures/${name}/`;
}

/**
 * Serves the build (`/dist/`), the demos (`/demo/`), the built apps (`/react/`,
 * `/vue/`, `/svelte/`, `/angular/`, `/astro/`, `/host-lit/`) and fixtures. The Next.js app has its own server
 * (test/embed-next.test.mjs starts `next start`). Strict CSP headers go on `/demo/csp/`
 * and on fixture folders whose name starts with `csp-` (scripts/serve.mjs `cspHeaders`).
 */
export function serve(extraMounts = {}) {
  return createStaticServer({
    mounts: {
      '/dist/': path.join(paths.pkg, 'dist'),
      '/demo/': path.join(root, 'demo'),
      '/react/': path.join(paths.apps.react, 'dist'),
      '/vue/': path.join(paths.apps.vue, 'dist'),
      '/svelte/': path.join(paths.apps.svelte, 'dist'),
      '/angular/': path.join(paths.apps.angular, 'dist'),
      '/astro/': path.join(paths.apps.astro, 'dist'),
      '/host-lit/': path.join(paths.apps['host-lit'], 'dist'),
      '/fixtures/': path.join(dir, 'fixtures'),
      ...extraMounts,
    },
    headers: cspHeaders,
  });
}

export {launchChromium as launch} from '../../scripts/chromium.mjs';

/**
 * Launches Chromium and serves the build for one test file: `ready(browser, server)` gets both
 * before the file's tests run, and both close after them.
 */
export function launchAndServe(ready, extraMounts) {
  let browser;
  let server;
  before(async () => {
    [browser, server] = await Promise.all([launchChromium(), serve(extraMounts)]);
    ready(browser, server);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/**
 * A page that records every console message (the browser's own, such as CSP
 * reports, included) and every uncaught exception.
 */
export async function openPage(browser, {width = 1280, height = 900} = {}) {
  const page = await browser.newPage();
  await page.setViewport({width, height});
  const messages = [];
  const errors = [];
  page.on('console', (message) => messages.push({type: message.type(), text: message.text()}));
  page.on('pageerror', (error) => errors.push(error.message ?? String(error)));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    page,
    messages,
    errors,
    /** Console messages other than plain logs: warnings, errors, CSP reports. */
    noise: () => messages.filter((m) => m.type !== 'log' && m.type !== 'debug' && m.type !== 'info'),
  };
}

/** Waits until `selector`'s guide has rendered its card. */
export async function waitForGuide(page, selector = 'microneedle-guide') {
  await page.waitForFunction(
    (s) => document.querySelector(s)?.shadowRoot?.querySelector('[part~="guide"] .section__heading'),
    {timeout: 10_000},
    selector
  );
}

/** Clicks a button inside a guide's shadow root and waits for the guide to finish updating. */
export async function clickInGuide(page, selector, buttonSelector) {
  await page.evaluate(
    async (s, b) => {
      const guide = document.querySelector(s);
      const button = guide.shadowRoot.querySelector(b);
      if (!button) throw new Error(`no ${b} in ${s}`);
      button.click();
      await guide.updateComplete;
    },
    selector,
    buttonSelector
  );
}

/** The guide's current section id and heading text. */
export function currentSection(page, selector = 'microneedle-guide') {
  return page.evaluate((s) => {
    const root = document.querySelector(s).shadowRoot;
    return {
      id: root.querySelector('section[data-section]')?.getAttribute('data-section'),
      heading: root.querySelector('.section__heading')?.textContent.replace(/\s+/g, ' ').trim(),
    };
  }, selector);
}

/** The ids in a guide's contents list. */
export function sectionIds(page, selector = 'microneedle-guide') {
  return page.evaluate(
    (s) => [...document.querySelector(s).shadowRoot.querySelectorAll('.contents button[data-section]')].map((b) => b.dataset.section),
    selector
  );
}

/**
 * Walks the screening questionnaire answering "none of these" on every page,
 * through the hooks the screening contract guarantees (`value="none"`,
 * `part="screening-next"`, `part="screening-result"` with `data-verdict`).
 * Resolves to the verdict shown.
 */
export async function completeScreening(page, selector = 'microneedle-guide') {
  await clickInGuide(page, selector, '.contents button[data-section="screening"]');
  return page.evaluate(async (s) => {
    const guide = document.querySelector(s);
    const root = guide.shadowRoot;
    for (let step = 0; step < 15; step++) {
      const result = root.querySelector('[part~="screening-result"]');
      if (result) return result.getAttribute('data-verdict');
      const none = root.querySelector('input[value="none"]');
      if (none && !none.checked) none.click();
      const next = root.querySelector('[part~="screening-next"]');
      if (!next) break;
      next.click();
      await guide.updateComplete;
    }
    return root.querySelector('[part~="screening-result"]')?.getAttribute('data-verdict') ?? null;
  }, selector);
}

/** Text of an element in the page (outside the guide). */
export function textOf(page, selector) {
  return page.$eval(selector, (el) => el.textContent.replace(/\s+/g, ' ').trim());
}

/** The guide's title in German, from the translation file. */
export const GERMAN_TITLE = readFileSync(path.join(root, 'locales/de.xlf'), 'utf8').match(
  /<trans-unit id="guide.title">\s*<source>[^<]*<\/source>\s*<target>([^<]*)<\/target>/
)[1];

const badge = (page, selector) =>
  page.$eval(selector, (el) => el.shadowRoot.querySelector('[part~="device-badge"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '');

/**
 * For the framework apps (demo/react, vue, svelte, angular), which share a page shape: a
 * `#lang` picker that changes the guide's `lang`. The guide loads its German chunk and
 * re-renders in German, marked `lang="de"`, with the needle length written the German way
 * ("0,25 mm"), and the device name kept as the shop wrote it.
 */
export async function assertFollowsLang(page, selector) {
  await clickInGuide(page, selector, '.contents button[data-section="home-vs-clinic"]');
  assert.match(await badge(page, selector), /Lumen Glow: 0\.25\s*mm/);
  await page.select('#lang', 'de');
  await page.waitForFunction((s) => document.querySelector(s).getAttribute('lang') === 'de', {}, selector);
  await page.$eval(selector, (el) => el.updateComplete);
  assert.equal(await page.$eval(selector, (el) => el.settings.lang), 'de');
  assert.equal(await page.$eval(selector, (el) => el.shadowRoot.querySelector('[part~="guide"]').lang), 'de');
  assert.equal(await page.$eval(selector, (el) => el.shadowRoot.querySelector('#guide-title').textContent.trim()), GERMAN_TITLE);
  assert.match(await badge(page, selector), /Lumen Glow.*0,25\s*mm/);
}

/** The app's `#depth` picker sets 1.5 mm: the guide shows its professional-depth notice. */
export async function assertDepthIsReactive(page, selector) {
  assert.equal(await page.$eval(selector, (el) => el.shadowRoot.querySelector('[part~="device-notice"]')), null);
  await page.select('#depth', '1.5');
  await page.waitForFunction((s) => document.querySelector(s).needleDepth === 1.5, {}, selector);
  await page.$eval(selector, (el) => el.updateComplete);
  const notice = await page.$eval(selector, (el) => el.shadowRoot.querySelector('[part~="device-notice"]')?.dataset.depthClass);
  assert.equal(notice, 'professional');
}

/**
 * The walk every framework app (React, Vue, Svelte, Angular) gets: its `#lang` picker turns
 * the guide German, a contents click reaches the app as a section event (`#section`), the
 * screening's event reaches it with the verdict (`#screening`), and `#depth` is reactive.
 */
export async function assertAppWalk(page, selector) {
  await assertFollowsLang(page, selector);
  await page.waitForFunction(() => document.querySelector('#section').textContent === 'home-vs-clinic');
  await clickInGuide(page, selector, '.contents button[data-section="procedure"]');
  await page.waitForFunction(() => document.querySelector('#section').textContent === 'procedure');
  assert.equal(await completeScreening(page, selector), 'suitable');
  await page.waitForFunction(() => document.querySelector('#screening').textContent === 'suitable');
  await assertDepthIsReactive(page, selector);
}
