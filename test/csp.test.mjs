/**
 * The CDN files under the strictest policies a retailer might send, served as real
 * HTTP headers (scripts/serve.mjs `CSP`):
 *
 * - the default files (dist/microneedle-guide.js, .classic.js; stock Lit with its Trusted
 *   Types policy named `microneedle-guide`) under `trusted-types microneedle-guide` on
 *   demo/csp/, and beside a host page's own `lit-html` policy on demo/csp/host-policy.html;
 * - the opt-in strict file (dist/microneedle-guide.strict.js; no policy, templates built by
 *   DOM calls) under `trusted-types 'none'` on demo/csp/strict.html.
 *
 * All with default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none';
 * base-uri 'none'; require-trusted-types-for 'script'.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import {
  CSP,
  clickInGuide,
  completeScreening,
  currentSection,
  openPage,
  paths,
  sectionIds,
  textOf,
  waitForGuide,
  launchAndServe,
} from './support/embed-context.mjs';

let browser;
let server;
launchAndServe((b, s) => ([browser, server] = [b, s]));

/** The names of the Trusted Types policies a file creates (the minifier may quote with ", ' or `). */
const policyNames = (code) => [...code.matchAll(/createPolicy\((["'`])([^"'`]*)\1/g)].map((m) => m[2]);

/** The guide's shadow DOM per section, with Lit's marker comments removed. */
async function snapshotEverySection(page) {
  const snapshots = {};
  for (const id of await sectionIds(page)) {
    await clickInGuide(page, 'microneedle-guide', `.contents button[data-section="${id}"]`);
    snapshots[id] = await page.$eval('microneedle-guide', (el) => el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''));
  }
  return snapshots;
}

/**
 * Opens a demo/csp/ page with `policy` as its header and checks that the guide renders with its
 * adopted style sheets, that every section, the pager and the screening work, and that the page saw
 * no CSP violation, console noise or error. Resolves to the open page.
 */
async function assertGuideWorksUnder(url, policy) {
  const opened = await openPage(browser);
  const {page, noise, errors} = opened;
  const response = await page.goto(`${server.origin}${url}`);
  assert.equal(response.headers()['content-security-policy'], policy);
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
  return opened;
}

describe("default CDN files: stock Lit, Trusted Types policy 'microneedle-guide'", () => {
  test('the module and the classic file create exactly one policy, named microneedle-guide, and never lit-html', async () => {
    for (const file of [paths.cdn, paths.classic]) {
      const code = await readFile(file, 'utf8');
      assert.deepEqual(policyNames(code), ['microneedle-guide'], file);
      assert.doesNotMatch(code, /["'`]lit-html["'`]/, file);
    }
  });

  test("under trusted-types microneedle-guide: every section and the screening work with zero violations", async () => {
    const {page} = await assertGuideWorksUnder('/demo/csp/', CSP.policy);
    assert.match(CSP.policy, /require-trusted-types-for 'script'; trusted-types microneedle-guide$/);
    // Trusted Types are enforced on this page, so Lit's innerHTML went through its policy: a plain string is refused.
    const plain = await page.evaluate(() => {
      try {
        document.createElement('template').innerHTML = '<b>x</b>';
        return 'accepted';
      } catch (error) {
        return error.name;
      }
    });
    assert.equal(plain, 'TypeError');
    await page.close();
  });

  test("beside a host page's own lit-html policy (trusted-types lit-html microneedle-guide): no collision, zero violations", async () => {
    const {page} = await assertGuideWorksUnder('/demo/csp/host-policy.html', CSP.host);
    // The host's policy was created first and still works.
    assert.equal(await page.evaluate(() => window.__hostPolicy?.name), 'lit-html');
    assert.equal(await textOf(page, '#host-policy'), 'lit-html');
    // The collision the rename avoids is real on this page: a second lit-html policy, or any name
    // the header does not list, throws.
    const refused = await page.evaluate(() =>
      ['lit-html', 'another'].map((name) => {
        try {
          window.trustedTypes.createPolicy(name, {createHTML: (s) => s});
          return `${name}: created`;
        } catch (error) {
          return `${name}: ${error.name}`;
        }
      })
    );
    assert.deepEqual(refused, ['lit-html: TypeError', 'another: TypeError']);
    await page.close();
  });
});

describe("strict file (dist/microneedle-guide.strict.js) under trusted-types 'none'", () => {
  test('contains no HTML-parsing sink, eval or Trusted Types policy, nor do its chunks', async () => {
    const files = (await readdir(paths.dist)).filter((f) => /^microneedle-guide\.strict\.(?:[\w-]+\.)?js$/.test(f));
    assert.ok(files.length > 1, `the strict module and its chunks: ${files}`);
    for (const file of files) {
      const code = await readFile(path.join(paths.dist, file), 'utf8');
      const sinks = code.match(/\.(?:inner|outer)HTML\s*=|insertAdjacentHTML|createContextualFragment|DOMParser|document\.write|createPolicy|srcdoc|setHTMLUnsafe|parseHTMLUnsafe|\beval\(|new Function\b/g);
      assert.deepEqual(sinks ?? [], [], file);
    }
  });

  test('renders, uses adopted style sheets, and every section and the screening work with zero violations', async () => {
    const {page} = await assertGuideWorksUnder('/demo/csp/strict.html', CSP.none);
    await page.close();
  });

  test('renders exactly what the default file (stock Lit parsing) renders', async () => {
    const strict = await openPage(browser);
    const stock = await openPage(browser);
    await Promise.all([strict.page.goto(`${server.origin}/demo/csp/strict.html`), stock.page.goto(`${server.origin}/demo/csp/`)]);
    await Promise.all([waitForGuide(strict.page), waitForGuide(stock.page)]);
    const [a, b] = await Promise.all([snapshotEverySection(strict.page), snapshotEverySection(stock.page)]);
    assert.deepEqual(Object.keys(a), Object.keys(b));
    for (const id of Object.keys(b)) assert.equal(a[id], b[id], `section ${id} differs`);
    assert.deepEqual([...strict.errors, ...stock.errors], []);
    await Promise.all([strict.page.close(), stock.page.close()]);
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
    await page.goto(`${server.origin}/demo/csp/strict.html`);
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
