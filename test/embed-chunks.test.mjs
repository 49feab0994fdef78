/**
 * The module's feature chunks in a real page, built: found beside the entry at any path,
 * and a chunk that cannot load (a 404, a blocked file) leaves the rest of the guide
 * working, says so with Try again, and warns once.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {launch, openPage, paths, serve, waitForGuide, writeFixtures} from './support/embed-context.mjs';

let browser;
let server;
let fixtures;

const page = (src, attributes) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>chunks</title><script type="module" src="${src}"></script></head><body><microneedle-guide ${attributes}></microneedle-guide></body></html>`;

before(async () => {
  // The CDN folder copied to a deep path of its own, as a shop that self-hosts it might.
  [browser, server] = await Promise.all([launch(), serve({'/assets/vendor/guide/1.0/': paths.dist})]);
  fixtures = await writeFixtures('chunks', {
    'deep.html': page('/assets/vendor/guide/1.0/microneedle-guide.js', 'sections="overview screening plan"'),
    'aftercare.html': page('/dist/microneedle-guide.js', 'start="aftercare" sections="overview aftercare frequency"'),
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Shows a section as the shopper would and waits for the guide (and the section's chunk). */
function show(page, id) {
  return page.evaluate(async (section) => {
    const guide = document.querySelector('microneedle-guide');
    guide.shadowRoot.querySelector(`.contents button[data-section="${section}"]`).click();
    await guide.updateComplete;
    const root = guide.shadowRoot;
    return {
      section: root.querySelector('section[data-section]').dataset.section,
      status: root.querySelector('.section__load [role="status"]')?.textContent.trim() ?? null,
      text: root.querySelector('section[data-section]').textContent.replace(/\s+/g, ' ').trim(),
    };
  }, id);
}

describe('feature chunks of the CDN module', () => {
  test('resolve beside the entry, at any path, and load only when asked for or idle', async () => {
    const {page, errors, noise} = await openPage(browser);
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.origin}${fixtures}deep.html`);
    await waitForGuide(page);
    assert.equal((await show(page, 'screening')).status, null);
    assert.ok(await page.evaluate(() => !!document.querySelector('microneedle-guide').shadowRoot.querySelector('.screening')));
    assert.match((await show(page, 'plan')).text, /What would you like to change\?/);
    const scripts = requested.filter((p) => p.endsWith('.js')).sort();
    // The entry, the first view's reading section (overview), the two features asked for, the
    // code they share (live), and the device-care section's module, whose cleaning steps the
    // aftercare card shows too.
    assert.deepEqual(scripts, [
      '/assets/vendor/guide/1.0/microneedle-guide.care.js',
      '/assets/vendor/guide/1.0/microneedle-guide.device-care.js',
      '/assets/vendor/guide/1.0/microneedle-guide.js',
      '/assets/vendor/guide/1.0/microneedle-guide.live.js',
      '/assets/vendor/guide/1.0/microneedle-guide.overview.js',
      '/assets/vendor/guide/1.0/microneedle-guide.screening.js',
    ]);
    assert.deepEqual([...noise(), ...errors], []);
    await page.close();
  });

  test('a chunk answered with 404: the section says so, Try again works once it is back, one warning, the rest works', async () => {
    const {page, errors, messages} = await openPage(browser);
    let blocked = true;
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (blocked && request.url().endsWith('/microneedle-guide.care.js')) void request.respond({status: 404, body: 'not here'});
      else void request.continue();
    });
    await page.goto(`${server.origin}${fixtures}aftercare.html`);
    await waitForGuide(page);
    const status = () =>
      page.evaluate(async () => {
        const guide = document.querySelector('microneedle-guide');
        await guide.updateComplete;
        return guide.shadowRoot.querySelector('.section__load [role="status"]')?.textContent.trim() ?? null;
      });
    await page.waitForFunction(() =>
      document.querySelector('microneedle-guide').shadowRoot.querySelector('.section__load button')
    );
    assert.equal(await status(), 'This part of the guide could not be loaded. The other sections still work.');

    // Every other section works.
    assert.match((await show(page, 'frequency')).text, /How often/);
    assert.equal((await show(page, 'overview')).status, null);

    // The file is back: Try again loads it.
    blocked = false;
    await show(page, 'aftercare');
    await page.evaluate(async () => {
      const guide = document.querySelector('microneedle-guide');
      guide.shadowRoot.querySelector('.section__load button').click();
      await guide.updateComplete;
    });
    assert.equal(await status(), null);
    assert.ok(await page.evaluate(() => document.querySelector('microneedle-guide').shadowRoot.querySelectorAll('.milestone').length > 3));

    const warnings = messages.filter((m) => m.type === 'warn' || m.type === 'warning').map((m) => m.text);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /^<microneedle-guide>: could not load the plan and aftercare \(.+\); the other sections still work\.$/);
    // Besides the blocked file itself (its 404 and failed request), nothing went wrong.
    assert.deepEqual(errors.filter((e) => !/\/dist\/microneedle-guide\.care\.js$/.test(e)), []);
    await page.close();
  });
});
