/**
 * A shop whose own Lit app configures @lit/localize in runtime mode (demo/host-lit),
 * with two guides beside it: one in French, one following the page (English). Runtime
 * mode can be configured once per copy of the library, so the guide carries its own
 * copy in both builds: the shop keeps its language and its setLocale never moves the
 * guides, and the guides keep theirs. Both from npm (the app's bundler) and from the CDN file.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {launchAndServe, openPage, root} from './support/embed-context.mjs';

let browser;
let server;
launchAndServe((b, s) => ([browser, server] = [b, s]));

const FRENCH_TITLE = readFileSync(path.join(root, 'locales/fr.xlf'), 'utf8').match(
  /<trans-unit id="guide.title">\s*<source>[^<]*<\/source>\s*<target>([^<]*)<\/target>/
)[1];

const state = (page) =>
  page.evaluate(async () => {
    const guides = [...document.querySelectorAll('microneedle-guide')];
    await Promise.all(guides.map((g) => g.updateComplete));
    const title = (g) => g.shadowRoot.querySelector('#guide-title')?.textContent.trim();
    return {
      greeting: document.querySelector('shop-greeting').shadowRoot.querySelector('#greeting').textContent.trim(),
      shopLocale: window.shop.getLocale(),
      french: title(guides[0]),
      page: title(guides[1]),
    };
  });

for (const [name, file] of [
  ['from npm, bundled with the shop', 'index.html'],
  ['from the CDN file', 'cdn.html'],
]) {
  describe(`a Lit shop that configures @lit/localize itself, with the guide ${name}`, () => {
    test('both keep their own languages, and the shop’s setLocale moves only the shop', async () => {
      const {page, errors, noise} = await openPage(browser);
      try {
        await page.goto(`${server.origin}/host-lit/${file}`);
        await page.waitForFunction(() => window.shopReady === true, {timeout: 15_000});
        assert.deepEqual(await state(page), {
          greeting: 'Willkommen im Shop',
          shopLocale: 'de',
          french: FRENCH_TITLE,
          page: 'Microneedling guide',
        });
        await page.evaluate(() => window.shop.setLocale('fr'));
        assert.deepEqual(await state(page), {
          greeting: 'Bienvenue dans la boutique',
          shopLocale: 'fr',
          french: FRENCH_TITLE,
          page: 'Microneedling guide',
        });
        assert.deepEqual(errors, []);
        assert.deepEqual(noise(), []);
      } finally {
        await page.close();
      }
    });
  });
}
