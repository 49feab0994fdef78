/**
 * The CDN file under the strictest policy a retailer might send:
 * default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none';
 * base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'.
 * Served as a real HTTP header on demo/csp/.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {
  clickInGuide,
  completeScreening,
  currentSection,
  launch,
  openPage,
  paths,
  sectionIds,
  serve,
  textOf,
  waitForGuide,
  writeFixtures,
} from './support/embed-context.mjs';

let browser;
let server;
let fixtures;

before(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
  // The same page without the policy, loading the build with Lit's own template parsing.
  const csp = await readFile(new URL('../demo/csp/index.html', import.meta.url), 'utf8');
  fixtures = await writeFixtures('csp', {
    'reference.html': csp.replace('/dist/microneedle-guide.js', '/reference/microneedle-guide.js').replace('./report.js', '/demo/csp/report.js').replace('../embed.css', '/demo/embed.css'),
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The guide's shadow DOM per section, with Lit's marker comments removed. */
async function snapshotEverySection(page) {
  const snapshots = {};
  for (const id of await sectionIds(page)) {
    await clickInGuide(page, 'microneedle-guide', `.contents button[data-section="${id}"]`);
    snapshots[id] = await page.$eval('microneedle-guide', (el) => el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''));
  }
  return snapshots;
}

describe('strict CSP with Trusted Types (CDN file)', () => {
  test('the CDN file contains no HTML-parsing sink, eval or Trusted Types policy', async () => {
    const code = await readFile(paths.cdn, 'utf8');
    const sinks = code.match(/\.(?:inner|outer)HTML\s*=|insertAdjacentHTML|createContextualFragment|DOMParser|document\.write|createPolicy|srcdoc|setHTMLUnsafe|parseHTMLUnsafe|\beval\(|new Function\b/g);
    assert.deepEqual(sinks ?? [], []);
  });

  test('the guide renders, uses adopted style sheets, and every section and the screening work with zero violations', async () => {
    const {page, noise, errors} = await openPage(browser);
    const response = await page.goto(`${server.origin}/demo/csp/`);
    assert.match(response.headers()['content-security-policy'], /trusted-types 'none'/);
    await waitForGuide(page);

    const styling = await page.$eval('microneedle-guide', (el) => ({
      adopted: el.shadowRoot.adoptedStyleSheets.length,
      styleElements: el.shadowRoot.querySelectorAll('style').length,
      // A rule from the guide's own styles applies: the card is not the browser's default block.
      cardDisplay: getComputedStyle(el.shadowRoot.querySelector('[part~="guide"]')).display,
    }));
    assert.ok(styling.adopted > 0, 'Lit uses adoptedStyleSheets');
    assert.equal(styling.styleElements, 0);
    assert.notEqual(styling.cardDisplay, 'inline', 'the adopted sheets style the card');

    const ids = await sectionIds(page);
    assert.ok(ids.length >= 8, `sections: ${ids}`);
    const headings = new Set();
    for (const id of ids) {
      await clickInGuide(page, 'microneedle-guide', `.contents button[data-section="${id}"]`);
      const shown = await currentSection(page);
      assert.equal(shown.id, id);
      headings.add(shown.heading);
    }
    assert.equal(headings.size, ids.length, 'every section has its own heading');
    assert.match(await textOf(page, '#last-event'), /microneedle-guide-section-change/);

    // The pager moves too.
    await clickInGuide(page, 'microneedle-guide', `.contents button[data-section="${ids[0]}"]`);
    await clickInGuide(page, 'microneedle-guide', '.pager__next');
    assert.equal((await currentSection(page)).id, ids[1]);

    assert.equal(await completeScreening(page), 'suitable');
    assert.match(await textOf(page, '#last-event'), /microneedle-guide-screening-complete \{"verdict":"suitable"\}/);

    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.equal(await textOf(page, '#violation-count'), '0');
    assert.deepEqual(noise(), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('renders exactly what the same page renders with unmodified Lit and no policy', async () => {
    const strict = await openPage(browser);
    const reference = await openPage(browser);
    await Promise.all([
      strict.page.goto(`${server.origin}/demo/csp/`),
      reference.page.goto(`${server.origin}${fixtures}reference.html`),
    ]);
    await Promise.all([waitForGuide(strict.page), waitForGuide(reference.page)]);
    const [a, b] = await Promise.all([snapshotEverySection(strict.page), snapshotEverySection(reference.page)]);
    assert.deepEqual(Object.keys(a), Object.keys(b));
    for (const id of Object.keys(b)) assert.equal(a[id], b[id], `section ${id} differs`);
    assert.deepEqual([...strict.errors, ...reference.errors], []);
    await Promise.all([strict.page.close(), reference.page.close()]);
  });

  test('works where setAttribute only accepts XML names, as in browsers before the relaxed name rules', async () => {
    const {page, noise, errors} = await openPage(browser);
    await page.evaluateOnNewDocument(() => {
      const xmlName = /^[A-Za-z_:][-A-Za-z0-9._:\u00b7\u00c0-\ufffd]*$/;
      const strict = (original) =>
        function (name, ...rest) {
          if (!xmlName.test(name)) throw new DOMException(`'${name}' is not a valid attribute name.`, 'InvalidCharacterError');
          return original.call(this, name, ...rest);
        };
      Element.prototype.setAttribute = strict(Element.prototype.setAttribute);
      Element.prototype.toggleAttribute = strict(Element.prototype.toggleAttribute);
    });
    await page.goto(`${server.origin}/demo/csp/`);
    await waitForGuide(page);
    for (const id of await sectionIds(page)) {
      await clickInGuide(page, 'microneedle-guide', `.contents button[data-section="${id}"]`);
      assert.equal((await currentSection(page)).id, id);
    }
    assert.equal(await completeScreening(page), 'suitable');
    assert.deepEqual(noise(), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
