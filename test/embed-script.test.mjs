/**
 * Ordinary pages do odd things: the script before or after the element, the
 * element inserted later, moved, removed and put back, the script twice. None of
 * it may throw into the page, and at most one warning is allowed.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile, writeFile, mkdir} from 'node:fs/promises';
import path from 'node:path';
import {
  clickInGuide,
  currentSection,
  launch,
  openPage,
  paths,
  serve,
  waitForGuide,
  writeFixtures,
} from './support/embed-context.mjs';

let browser;
let server;
let fixtures;
let version;

const page = ({head = '', body = ''}) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fixture</title>${head}</head><body>${body}</body></html>`;
const cdn = (src = '/dist/microneedle-guide.js') => `<script type="module" src="${src}"></script>`;
const guide = (attributes = '') => `<microneedle-guide ${attributes}></microneedle-guide>`;

before(async () => {
  // A second built file of an older version: the CDN file with its version string changed.
  const pkg = JSON.parse(await readFile(path.join(paths.pkg, 'package.json'), 'utf8'));
  version = pkg.version;
  const code = await readFile(paths.cdn, 'utf8');
  const quoted = new RegExp(`(["'\`])${pkg.version.replaceAll('.', '\\.')}\\1`, 'g');
  assert.ok(quoted.test(code), 'the CDN file carries its version');
  const older = path.join(paths.dir, 'older');
  await mkdir(older, {recursive: true});
  await writeFile(path.join(older, 'microneedle-guide.js'), code.replace(quoted, '"0.0.9"'));

  [browser, server] = await Promise.all([launch(), serve({'/older/': older})]);
  fixtures = await writeFixtures('script', {
    'head.html': page({head: cdn(), body: `<div id="a">${guide('start="aftercare"')}</div><div id="b"></div>`}),
    'after.html': page({body: `${guide('start="aftercare"')}${cdn()}`}),
    'inserted.html': page({head: cdn()}),
    'two-builds.html': page({head: cdn() + cdn('/dist/microneedle-guide.strict.js'), body: guide()}),
    'two-versions.html': page({head: cdn() + cdn('/older/microneedle-guide.js'), body: guide()}),
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file) {
  const opened = await openPage(browser);
  await opened.page.goto(`${server.origin}${fixtures}${file}`);
  return opened;
}

/** The guide works: it shows a section and a click moves it to another, firing the event. */
async function assertWorks(p) {
  await waitForGuide(p);
  const fired = await p.evaluate(async () => {
    const el = document.querySelector('microneedle-guide');
    const seen = [];
    el.addEventListener('microneedle-guide-section-change', (e) => seen.push(e.detail.section));
    el.shadowRoot.querySelector('.contents button[data-section="procedure"]').click();
    await el.updateComplete;
    return seen;
  });
  assert.deepEqual(fired, ['procedure']);
  assert.equal((await currentSection(p)).id, 'procedure');
}

describe('script order, DOM moves and duplicate scripts (CDN file)', () => {
  test('demo/cdn.html: one script tag and one element give a working guide', async () => {
    const {page: p, noise, errors} = await openPage(browser);
    await p.goto(`${server.origin}/demo/cdn.html`);
    await assertWorks(p);
    const badge = await p.$eval('microneedle-guide', async (el) => {
      await el.goTo('home-vs-clinic');
      return el.shadowRoot.querySelector('[part~="device-badge"]')?.textContent.replace(/\s+/g, ' ').trim();
    });
    assert.match(badge ?? '', /Lumen Glow: 0\.25\s*mm/);
    assert.deepEqual([...noise(), ...errors], []);
    await p.close();
  });

  test('script in the head, before the element', async () => {
    const {page: p, noise, errors} = await open('head.html');
    await waitForGuide(p);
    assert.equal((await currentSection(p)).id, 'aftercare');
    await assertWorks(p);
    assert.deepEqual([...noise(), ...errors], []);
    await p.close();
  });

  test('script at the end of the body, after the element', async () => {
    const {page: p, noise, errors} = await open('after.html');
    await waitForGuide(p);
    assert.equal((await currentSection(p)).id, 'aftercare');
    await assertWorks(p);
    assert.deepEqual([...noise(), ...errors], []);
    await p.close();
  });

  test('element created after the script has run', async () => {
    const {page: p, noise, errors} = await open('inserted.html');
    await p.waitForFunction(() => customElements.get('microneedle-guide'));
    await p.evaluate(() => {
      const el = document.createElement('microneedle-guide');
      el.setAttribute('needle-depth', '0.25');
      document.body.append(el);
    });
    await assertWorks(p);
    assert.deepEqual([...noise(), ...errors], []);
    await p.close();
  });

  test('moved to another container, removed and re-added: keeps working and keeps its section', async () => {
    const {page: p, noise, errors} = await open('head.html');
    await waitForGuide(p);
    await clickInGuide(p, 'microneedle-guide', '.contents button[data-section="frequency"]');
    const moved = await p.evaluate(async () => {
      const el = document.querySelector('microneedle-guide');
      document.getElementById('b').append(el);
      await el.updateComplete;
      const afterMove = el.shadowRoot.querySelector('section[data-section]').dataset.section;
      el.remove();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      document.getElementById('a').append(el);
      await el.updateComplete;
      return {afterMove, afterReAdd: el.shadowRoot.querySelector('section[data-section]').dataset.section, parent: el.parentElement.id};
    });
    assert.deepEqual(moved, {afterMove: 'frequency', afterReAdd: 'frequency', parent: 'a'});
    await assertWorks(p);
    assert.deepEqual([...noise(), ...errors], []);
    await p.close();
  });

  test('two different builds of the same version on one page: no error, no warning', async () => {
    const {page: p, noise, errors} = await open('two-builds.html');
    await assertWorks(p);
    assert.deepEqual([...noise(), ...errors], []);
    await p.close();
  });

  test('two builds of different versions on one page: the first wins, exactly one warning', async () => {
    const {page: p, noise, errors} = await open('two-versions.html');
    await assertWorks(p);
    const warnings = noise();
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.equal(warnings[0].type, 'warn');
    assert.ok(warnings[0].text.startsWith('<microneedle-guide>'), warnings[0].text);
    assert.ok(warnings[0].text.includes(version) && warnings[0].text.includes('0.0.9'), warnings[0].text);
    assert.deepEqual(errors, []);
    await p.close();
  });
});
