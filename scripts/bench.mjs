#!/usr/bin/env node
/**
 * Prints the numbers we watch: the bytes (raw, gzip, brotli) of every CDN file in
 * dist/, the same table test/embed-budget.test.mjs prints and budgets, and render times in headless Chromium (median of several runs). Timings are for
 * reading, not for asserting: these machines are shared and noisy.
 * Usage: npm run bench [-- --runs 15] [-- --no-build]
 */
import {spawnSync} from 'node:child_process';
import {readFileSync, existsSync} from 'node:fs';
import {createServer} from 'node:http';
import {launchChromium} from './chromium.mjs';
import {formatSizeTable, measureCdnFiles} from './bundle-sizes.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 11;
const bundlePath = 'dist/microneedle-guide.js';

if (!args.includes('--no-build') || !existsSync(bundlePath)) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], {stdio: ['ignore', 'ignore', 'inherit']});
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const bundle = readFileSync(bundlePath);
const sizes = await measureCdnFiles('dist');

const page = `<!doctype html><html lang="en"><body>
<script>window.t0 = performance.now();</script>
<script type="module">
  const tImport = performance.now();
  await import('/microneedle-guide.js');
  const tDefined = performance.now();
  const el = document.createElement('microneedle-guide');
  document.body.append(el);
  await el.updateComplete;
  const tRendered = performance.now();
  const switches = [];
  for (const id of ['home-vs-clinic', 'procedure', 'aftercare', 'overview']) {
    const s = performance.now();
    await el.goTo(id);
    switches.push(performance.now() - s);
  }
  window.result = {
    evaluate: tDefined - tImport,
    firstRender: tRendered - tDefined,
    sectionSwitch: switches.reduce((a, b) => a + b, 0) / switches.length,
    shadowNodes: el.shadowRoot.querySelectorAll('*').length,
  };
</script></body></html>`;

const server = createServer((req, res) => {
  if (req.url === '/microneedle-guide.js') {
    res.writeHead(200, {'content-type': 'text/javascript'}).end(bundle);
  } else {
    res.writeHead(200, {'content-type': 'text/html'}).end(page);
  }
}).listen(0);
const {port} = server.address();

const browser = await launchChromium();
const samples = [];
try {
  for (let i = 0; i < runs; i++) {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => window.result);
    samples.push(await tab.evaluate(() => window.result));
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}

const median = (key) => {
  const values = samples.map((s) => s[key]).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
};
console.log('CDN files in dist/ (bytes; gzip level 9, brotli quality 11)');
console.log(formatSizeTable(sizes).replace(/^/gm, '  '));
console.log(`Render of ${bundlePath} in headless Chromium, median of ${runs} runs`);
console.log(`  module evaluate + define  ${median('evaluate').toFixed(1)} ms`);
console.log(`  first render              ${median('firstRender').toFixed(1)} ms`);
console.log(`  section switch            ${median('sectionSwitch').toFixed(1)} ms`);
console.log(`  shadow DOM elements       ${median('shadowNodes')}`);
