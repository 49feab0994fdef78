/**
 * The packed package installed into the React 19 and Vue 3 demo apps (copies of
 * demo/react and demo/vue), built by their own Vite, driven in Chromium: the
 * guide mounts, takes properties, follows `lang`, and its events reach the app.
 * And an Astro page (demo/astro, `astro build`). Next.js has a server of its own:
 * test/embed-next.test.mjs.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {
  assertAppWalk,
  clickInGuide,
  currentSection,
  launchAndServe,
  openPage,
  paths,
  sectionIds,
  textOf,
  waitForGuide,
} from './support/embed-context.mjs';

let browser;
let server;
launchAndServe((b, s) => ([browser, server] = [b, s]));

/** Properties reached the element as properties, with their types. */
const properties = (page, selector) =>
  page.$eval(selector, (el) => ({
    needleDepth: el.needleDepth,
    deviceName: el.deviceName,
    shareVerdict: el.shareVerdict,
    lang: el.lang,
  }));

describe('React 19 app (microneedle-guide/react from the packed tarball)', () => {
  test('mounts, sets properties, follows lang, and passes section and screening events to React', async () => {
    const {page, noise, errors} = await openPage(browser);
    await page.goto(`${server.origin}/react/`);
    await waitForGuide(page, '#wrapped');
    assert.match(await textOf(page, '#react-version'), /^19\./);
    assert.deepEqual(await properties(page, '#wrapped'), {needleDepth: 0.25, deviceName: 'Lumen Glow', shareVerdict: true, lang: 'en'});

    await assertAppWalk(page, '#wrapped');
    assert.deepEqual([...noise(), ...errors], []);
    await page.close();
  });

  test('React 19 renders the plain tag too: array property, attributes and an on<event> prop', async () => {
    const {page, noise, errors} = await openPage(browser);
    await page.goto(`${server.origin}/react/`);
    await waitForGuide(page, '#plain');
    assert.deepEqual(await sectionIds(page, '#plain'), ['overview', 'aftercare', 'device-care']);
    assert.equal((await currentSection(page, '#plain')).id, 'aftercare');
    await clickInGuide(page, '#plain', '.contents button[data-section="device-care"]');
    await page.waitForFunction(() => document.querySelector('#plain-section').textContent === 'device-care');
    await page.select('#lang', 'de');
    await page.waitForFunction(() => document.querySelector('#plain').getAttribute('lang') === 'de');
    assert.deepEqual([...noise(), ...errors], []);
    await page.close();
  });
});

describe('Vue 3 app (microneedle-guide from the packed tarball)', () => {
  test('mounts, sets properties, follows lang, and passes section and screening events to Vue', async () => {
    const {page, noise, errors} = await openPage(browser);
    await page.goto(`${server.origin}/vue/`);
    await waitForGuide(page, '#guide');
    assert.match(await textOf(page, '#vue-version'), /^3\./);
    assert.deepEqual(await properties(page, '#guide'), {needleDepth: 0.25, deviceName: 'Lumen Glow', shareVerdict: true, lang: 'en'});

    await assertAppWalk(page, '#guide');
    assert.deepEqual([...noise(), ...errors], []);
    await page.close();
  });
});

describe('Astro page (microneedle-guide from the packed tarball, astro build)', () => {
  test('the built page has the tag with its attributes; the client script registers it; events reach the page', async () => {
    const built = await readFile(path.join(paths.apps.astro, 'dist', 'index.html'), 'utf8');
    assert.match(built, /<microneedle-guide id="guide" needle-depth="0.25" device-name="Lumen Glow">/);

    const {page, noise, errors} = await openPage(browser);
    await page.goto(`${server.origin}/astro/`);
    await waitForGuide(page, '#guide');
    assert.deepEqual(
      await page.$eval('#guide', (el) => ({depth: el.settings.needleDepth, name: el.settings.deviceName, attributes: el.getAttributeNames()})),
      {depth: 0.25, name: 'Lumen Glow', attributes: ['id', 'needle-depth', 'device-name']}
    );
    await clickInGuide(page, '#guide', '.contents button[data-section="aftercare"]');
    await page.waitForFunction(() => document.querySelector('#section').textContent === 'aftercare');
    assert.equal((await currentSection(page, '#guide')).id, 'aftercare');
    assert.deepEqual([...noise(), ...errors], []);
    await page.close();
  });
});
