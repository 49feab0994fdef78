/**
 * Next.js App Router (a copy of demo/next, built with `next build` against the packed
 * tarball) served by `next start`: the page is rendered on the server, hydrated in
 * Chromium, and the guide works in it. README's example as pasted into a Server
 * Component (the wrapper with data props) and a Client Component with event props.
 * Hydration must find exactly the attributes the server sent: an attribute the element
 * writes onto itself (it used to add loading="eager") is what React reports as a
 * hydration mismatch.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import {clickInGuide, completeScreening, currentSection, launch, openPage, paths, sectionIds, textOf, waitForGuide} from './support/embed-context.mjs';

let browser;
let next;
let origin;

/** A port nobody listens on now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const {port} = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Starts `next start` and resolves once it answers. */
async function startNext() {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(paths.apps.next, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: paths.apps.next,
    env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) return {child, url};
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`next start did not answer within 30 s:\n${output}`);
}

/** The attributes of each `<microneedle-guide id="…">` in server HTML, as name=value pairs in order. */
function serverAttributes(htmlText) {
  const byId = {};
  for (const [, attributes] of htmlText.matchAll(/<microneedle-guide\b([^>]*)>/g)) {
    const pairs = [...attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value = '']) => [name, value]);
    byId[Object.fromEntries(pairs).id] = pairs;
  }
  return byId;
}

const attributesInBrowser = (page, selector) =>
  page.$eval(selector, (el) => el.getAttributeNames().map((name) => [name, el.getAttribute(name)]));

before(async () => {
  [browser, next] = await Promise.all([launch(), startNext()]);
  origin = next.url;
});
after(async () => {
  await browser?.close();
  next?.child.kill();
});

describe('Next.js App Router (microneedle-guide/react from the packed tarball, next build + next start)', () => {
  test('the page is server-rendered with both guides, and hydrates with exactly the attributes the server sent', async () => {
    const html = await (await fetch(origin)).text();
    const sent = serverAttributes(html);
    assert.deepEqual(Object.keys(sent).sort(), ['client', 'server'], 'both guides are in the server HTML');

    const {page, noise, errors} = await openPage(browser);
    await page.goto(origin);
    await waitForGuide(page, '#client');
    await waitForGuide(page, '#server');
    // The Client Component's state changes only once React has hydrated it.
    await clickInGuide(page, '#client', '.contents button[data-section="procedure"]');
    await page.waitForFunction(() => document.querySelector('#section').textContent === 'procedure');

    assert.deepEqual(await attributesInBrowser(page, '#client'), sent.client);
    assert.deepEqual(await attributesInBrowser(page, '#server'), sent.server);
    assert.deepEqual([...noise(), ...errors], []);
    await page.close();
  });

  test('a Client Component with event props: properties set, section and screening events reach React state', async () => {
    const {page, noise, errors} = await openPage(browser);
    await page.goto(origin);
    await waitForGuide(page, '#client');
    assert.deepEqual(
      await page.$eval('#client', (el) => ({needleDepth: el.needleDepth, deviceName: el.deviceName, shareVerdict: el.shareVerdict})),
      {needleDepth: 0.25, deviceName: 'Lumen Glow', shareVerdict: true}
    );
    await clickInGuide(page, '#client', '.contents button[data-section="home-vs-clinic"]');
    await page.waitForFunction(() => document.querySelector('#section').textContent === 'home-vs-clinic');
    assert.equal(await completeScreening(page, '#client'), 'suitable');
    await page.waitForFunction(() => document.querySelector('#screening').textContent === 'suitable');
    assert.match(await textOf(page, '#screening'), /^suitable$/);
    assert.deepEqual([...noise(), ...errors], []);
    await page.close();
  });

  test("README's example pasted into a Server Component: data props arrive, in a centred flex row at full width", async () => {
    const {page, noise, errors} = await openPage(browser);
    await page.goto(origin);
    await waitForGuide(page, '#server');
    await page.waitForFunction(() => document.querySelector('#server').needleDepth === 1.5);
    await page.$eval('#server', (el) => el.updateComplete);
    assert.deepEqual(await sectionIds(page, '#server'), ['overview', 'frequency', 'aftercare']);
    assert.equal((await currentSection(page, '#server')).id, 'frequency');
    const layout = await page.$eval('#server', (el) => ({
      card: Math.round(el.shadowRoot.querySelector('[part~="guide"]').getBoundingClientRect().width),
      toggle: getComputedStyle(el.shadowRoot.querySelector('.contents-toggle')).display,
      notice: el.shadowRoot.querySelector('[part~="device-notice"]')?.dataset.depthClass,
    }));
    assert.deepEqual(layout, {card: 960, toggle: 'none', notice: 'professional'});
    assert.deepEqual([...noise(), ...errors], []);
    await page.close();
  });
});
