/**
 * An Astro page (a copy of demo/astro, built with `astro build` against the packed
 * tarball): attributes written from frontmatter values, the element registered by a
 * client `<script>` that Astro bundles, an event reaching the page's script.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {clickInGuide, currentSection, launch, openPage, paths, serve, waitForGuide} from './support/embed-context.mjs';

let browser;
let server;

before(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
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
