/**
 * The packed package installed into the Svelte 5 and Angular demo apps (copies of
 * demo/svelte and demo/angular), built by their own tools (Vite with the Svelte plugin;
 * @angular/build's application builder), driven in Chromium: the bindings reach the
 * guide as properties of the right types, a `lang` change re-renders it in German, and
 * its section and screening events reach the app. README's Svelte and Angular examples
 * are these apps' components, word for word.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {
  assertAppWalk,
  launchAndServe,
  openPage,
  paths,
  root,
  sectionIds,
  waitForGuide,
} from './support/embed-context.mjs';

const SECTIONS = ['overview', 'home-vs-clinic', 'procedure', 'screening', 'aftercare'];

let browser;
let server;
launchAndServe((b, s) => ([browser, server] = [b, s]));

/**
 * What the app's bindings left on the element: properties with their types, and the
 * attributes. Only `id` and `lang` (which the `lang` property reflects) may be attributes:
 * a binding that fell back to an attribute would show up as one (`needledepth`, `sections`).
 */
const bound = (page) =>
  page.$eval('#guide', (el) => ({
    needleDepth: el.needleDepth,
    deviceName: el.deviceName,
    shareVerdict: el.shareVerdict,
    sections: Array.isArray(el.sections) ? [...el.sections] : el.sections,
    lang: el.lang,
    attributes: el.getAttributeNames().sort(),
  }));

const expectedBinding = {
  needleDepth: 0.25,
  deviceName: 'Lumen Glow',
  shareVerdict: true,
  sections: SECTIONS,
  lang: 'en',
  attributes: ['id', 'lang'],
};

/** Both apps: properties bound as properties, the sections, then the framework walk. */
async function driveApp(page) {
  assert.deepEqual(await bound(page), expectedBinding);
  assert.deepEqual(await sectionIds(page, '#guide'), SECTIONS);

  await assertAppWalk(page, '#guide');
}

/** The body of the first fenced block of `language` under README's `### heading`. */
async function readmeExample(heading, language) {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const section = readme.split(`\n### ${heading}\n`)[1]?.split(/\n#{2,3} /)[0] ?? '';
  return section.match(new RegExp('```' + language + '\\n([\\s\\S]*?)```'))?.[1];
}

describe('Svelte 5 app (microneedle-guide from the packed tarball, Vite + @sveltejs/vite-plugin-svelte)', () => {
  test('sets properties, follows lang, and passes section and screening events to Svelte', async () => {
    const installed = JSON.parse(await readFile(path.join(paths.apps.svelte, 'node_modules/svelte/package.json'), 'utf8'));
    assert.match(installed.version, /^5\./);

    const {page, noise, errors} = await openPage(browser);
    await page.goto(`${server.origin}/svelte/`);
    await waitForGuide(page, '#guide');
    // Svelte's runtime announces its major version on the page it runs in.
    assert.deepEqual(await page.evaluate(() => [...(window.__svelte?.v ?? [])]), ['5']);
    await driveApp(page);
    assert.deepEqual([...noise(), ...errors], []);
    await page.close();
  });

  test("README's Svelte example is the app's component", async () => {
    assert.equal(await readmeExample('Svelte', 'svelte'), await readFile(path.join(root, 'demo/svelte/src/App.svelte'), 'utf8'));
  });
});

describe('Angular app (microneedle-guide from the packed tarball, standalone component, CUSTOM_ELEMENTS_SCHEMA)', () => {
  test('binds properties, follows lang, and passes section and screening events to Angular', async () => {
    const {page, noise, errors} = await openPage(browser);
    await page.goto(`${server.origin}/angular/`);
    await waitForGuide(page, '#guide');
    const installed = JSON.parse(await readFile(path.join(paths.apps.angular, 'node_modules/@angular/core/package.json'), 'utf8'));
    assert.equal(await page.$eval('app-root', (el) => el.getAttribute('ng-version')), installed.version);
    await driveApp(page);
    assert.deepEqual([...noise(), ...errors], []);
    await page.close();
  });

  test("README's Angular example is the app's component", async () => {
    assert.equal(
      await readmeExample('Angular', 'ts'),
      await readFile(path.join(root, 'demo/angular/src/product-guide.component.ts'), 'utf8')
    );
  });
});
