/**
 * Server-rendering frameworks (Next.js, Nuxt, Astro, SvelteKit) import the
 * package in Node. Importing it must not throw: Lit's `node` export condition
 * brings its DOM shim, and nothing of ours may touch `window` or `document` at
 * module load. Run in the React demo app, where the tarball is installed.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {paths} from './support/embed-context.mjs';

const run = promisify(execFile);

async function node(source) {
  const {stdout, stderr} = await run(process.execPath, ['--input-type=module', '-e', source], {cwd: paths.apps.react});
  return {result: JSON.parse(stdout.trim().split('\n').pop()), stderr};
}

test('importing the main entry in Node does not throw; it exports the element, its registration and its events', async () => {
  const {result, stderr} = await node(`
    const m = await import('microneedle-guide');
    const rules = await import('microneedle-guide/rules');
    console.log(JSON.stringify({
      exports: Object.keys(m).sort(),
      version: rules.VERSION,
      verdict: rules.evaluateScreening([]).verdict,
      depth: rules.classifyNeedleDepth(0.25),
      sections: rules.SECTION_IDS.length,
      // Lit's node build shims customElements, so server renderers such as @lit-labs/ssr find the tag.
      registered: typeof globalThis.customElements?.get('microneedle-guide'),
    }));
  `);
  assert.equal(stderr, '');
  assert.deepEqual(result.exports, ['MicroneedleGuide', 'ScreeningCompleteEvent', 'SectionChangeEvent', 'defineMicroneedleGuide']);
  assert.equal(result.sections, 11);
  assert.equal(result.verdict, 'suitable');
  assert.equal(result.depth, 'home');
  assert.equal(result.registered, 'function');
});

test('the class-only entry and the React wrapper import in Node, and React renders the tag on the server', async () => {
  const {result, stderr} = await node(`
    const element = await import('microneedle-guide/element');
    const {MicroneedleGuide} = await import('microneedle-guide/react');
    const {createElement} = await import('react');
    const {renderToString} = await import('react-dom/server');
    const html = renderToString(createElement(MicroneedleGuide, {start: 'aftercare', lang: 'de'}));
    console.log(JSON.stringify({classOnly: typeof element.MicroneedleGuide, html}));
  `);
  assert.equal(stderr, '');
  assert.equal(result.classOnly, 'function');
  assert.match(result.html, /^<microneedle-guide\b[^>]*\blang="de"/);
});
