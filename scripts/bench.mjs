#!/usr/bin/env node
/**
 * `npm run bench`: one table of the guide's weight and speed, each figure beside a baseline
 * measured in the same run, in Debian's headless Chromium (MNG_CHROMIUM or CHROME_PATH overrides
 * /usr/bin/chromium). Timings are medians of repeated runs, for reading, not for asserting: these
 * machines are shared and noisy (the byte budgets are tests: test/embed-budget.test.mjs).
 *
 *   bytes      every CDN file, the first load and the first view, against a bare Lit element (one
 *              property, one template) built by Vite with the same minify settings
 *   paint      first contentful paint of the guide against a static page with the same markup and
 *              styles (declarative shadow DOM, no script): the floor; again with 4x CPU throttling
 *   screening  time to the first question page and its bytes, against the same 23 conditions (the
 *              guide's own English text, read from it in this run) built with SurveyJS
 *              (survey-core + survey-js-ui, installed into bench/ on the first run: never by `npm ci`)
 *   result     "See my result" clicked to the result painted, against SurveyJS's Complete
 *   heap       JS heap after 1,000 creations and removals of the element, against before (GC forced)
 *   CLS        the demo product page with the CDN file, eager and loading="lazy", against the page
 *              without the guide
 *
 * Progress goes to stderr, the table (Markdown, for README's "Performance") to stdout.
 * Usage: npm run bench [-- --runs 7] [-- --no-build]
 */
import {spawnSync} from 'node:child_process';
import {existsSync, rmSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, readdir, symlink, writeFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {tmpdir, cpus} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {CHROME_PATH, CHROMIUM_ARGS} from './chromium.mjs';
import {firstLoadFiles, measureCdnFiles} from './bundle-sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(option('--runs')) || 7;
const HEAP_ROUNDS = 1000;
const READING = ['body-areas', 'comfort', 'comparison', 'device-care', 'frequency', 'overview', 'procedure'];
const started = performance.now();
const log = (text) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}\n`);

function sh(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, {cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options});
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
    throw new Error(`${command} ${commandArgs.join(' ')} exited with ${result.status}`);
  }
  return result.stdout;
}

const size = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, {level: 9}).length,
  brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
});
const sum = (sizes) => ({
  raw: sizes.reduce((t, s) => t + s.raw, 0),
  gzip: sizes.reduce((t, s) => t + s.gzip, 0),
  brotli: sizes.reduce((t, s) => t + s.brotli, 0),
});
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ---------------------------------------------------------------------------------------------
// 1. Builds: the guide, the bare Lit element and the SurveyJS form, all by Vite, same minify.
// ---------------------------------------------------------------------------------------------

if (!args.includes('--no-build') || !existsSync(path.join(dist, 'microneedle-guide.js'))) {
  log('npm run build (the CDN files)…');
  sh('npm', ['run', 'build', '--silent']);
}

const benchDir = path.join(root, 'bench');
if (!existsSync(path.join(benchDir, 'node_modules', 'survey-js-ui'))) {
  log('npm install --prefix bench (SurveyJS, for the bench only)…');
  sh('npm', ['install', '--prefix', benchDir, '--prefer-offline', '--no-audit', '--no-fund']);
}

const tmp = await mkdtemp(path.join(tmpdir(), 'mng-bench-'));
process.once('exit', () => rmSync(tmp, {recursive: true, force: true}));
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');

/**
 * Builds `entry` (source text) as the CDN module is built (vite.config.ts): ES module, target
 * es2022, `minify` on in build and output, no annotation or JSDoc comments, Lit's templates
 * minified by the same plugin. `nodeModules` is where its imports resolve.
 */
async function viteBuild(name, entry, nodeModules, {lit = false} = {}) {
  const dir = path.join(tmp, name);
  const out = path.join(dir, 'out');
  await mkdir(dir, {recursive: true});
  await symlink(nodeModules, path.join(dir, 'node_modules'));
  await writeFile(path.join(dir, 'entry.js'), entry);
  await writeFile(
    path.join(dir, 'vite.config.ts'),
    `${lit ? `import {litMinify} from ${JSON.stringify(path.join(root, 'scripts', 'lit-minify-plugin.ts'))};` : ''}
export default {
  root: ${JSON.stringify(dir)},
  logLevel: 'warn',
  plugins: [${lit ? 'litMinify()' : ''}],
  // Library mode leaves process.env alone; a page has none.
  define: {'process.env.NODE_ENV': '"production"'},
  build: {
    outDir: ${JSON.stringify(out)},
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {entry: ${JSON.stringify(path.join(dir, 'entry.js'))}, formats: ['es'], fileName: () => '${name}.js', cssFileName: '${name}'},
    rolldownOptions: {output: {minify: true, comments: {legal: true, annotation: false, jsdoc: false}}},
  },
};
`
  );
  sh(process.execPath, [vite, 'build', '--config', path.join(dir, 'vite.config.ts')], {cwd: dir});
  const files = (await readdir(out)).filter((f) => /\.(js|css)$/.test(f)).sort();
  return {out, files, sizes: await Promise.all(files.map(async (f) => ({file: f, ...size(await readFile(path.join(out, f)))})))};
}

log('building the baselines with Vite (bare Lit element, SurveyJS form)…');
const bare = await viteBuild(
  'bare-lit',
  `import {LitElement, html, css} from 'lit';
/** The smallest useful Lit element: one property, one template, one style. */
class BareElement extends LitElement {
  static properties = {name: {}};
  static styles = css\`:host { display: block; }\`;
  constructor() {
    super();
    this.name = 'World';
  }
  render() {
    return html\`<p>Hello, \${this.name}!</p>\`;
  }
}
customElements.define('bare-element', BareElement);
`,
  path.join(root, 'node_modules'),
  {lit: true}
);
const survey = await viteBuild(
  'survey',
  `import {Model} from 'survey-core';
import {renderSurvey} from 'survey-js-ui';
// The theme without its web font: the guide uses the page's own fonts, and this machine has no network.
import 'survey-core/survey-core.fontless.min.css';
export function render(json, element) {
  const survey = new Model(json);
  renderSurvey(survey, element);
  return survey;
}
`,
  path.join(benchDir, 'node_modules')
);
const surveyVersion = JSON.parse(await readFile(path.join(benchDir, 'node_modules', 'survey-js-ui', 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------
// 2. A local server: dist/, demo/, the baselines, and pages made in this run.
// ---------------------------------------------------------------------------------------------

const pages = new Map();
const MOUNTS = {dist, demo: path.join(root, 'demo'), bare: bare.out, survey: survey.out};
const TYPES = {'.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml'};
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x').pathname;
  try {
    if (pages.has(url)) return res.writeHead(200, {'content-type': 'text/html'}).end(pages.get(url));
    const [, mount, rest] = url.match(/^\/(dist|demo|bare|survey)\/(.+)$/) ?? [];
    if (!mount || rest.includes('..')) return res.writeHead(404).end();
    const file = path.join(MOUNTS[mount], rest);
    const body = await readFile(file);
    res.writeHead(200, {'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream'}).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** In-page helpers, shared by the guide's and the baselines' pages so both are timed alike. */
const HELPERS = `<script>
  // A task after the current one: polls without the 16 ms steps of requestAnimationFrame.
  window.nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
  window.until = async (test, ms = 20000) => {
    const end = performance.now() + ms;
    for (;;) {
      const v = test();
      if (v) return v;
      if (performance.now() > end) throw new Error('bench: timed out waiting for ' + test);
      await nextTask();
    }
  };
  // The frame after the change has been produced: what the shopper sees.
  window.painted = () => new Promise((r) => requestAnimationFrame(() => nextTask().then(r)));
</script>`;
const page = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${HELPERS}${head}</head><body>${body}</body></html>`;

const GUIDE = `<script type="module" src="/dist/microneedle-guide.js"></script>`;
const inShadow = `document.querySelector('microneedle-guide').shadowRoot`;

// ---------------------------------------------------------------------------------------------
// 3. Chromium.
// ---------------------------------------------------------------------------------------------

const executablePath = process.env.MNG_CHROMIUM || CHROME_PATH;
const browser = await puppeteer.launch({executablePath, headless: true, args: CHROMIUM_ARGS, protocolTimeout: 60_000});
const chromiumVersion = (await browser.version()).replace(/^HeadlessChrome\//, '');

/** A fresh context and tab with no HTTP cache, optionally CPU-throttled; `fn(tab, cdp)`, then closed. */
async function withTab(fn, {cpu = 1} = {}) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setCacheEnabled(false);
  const cdp = await tab.createCDPSession();
  if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpu});
  try {
    return await fn(tab, cdp);
  } finally {
    await context.close();
  }
}

const fcp = (tab) =>
  tab.evaluate(
    () =>
      new Promise((resolve) =>
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (entry) {
            observer.disconnect();
            resolve(entry.startTime);
          }
        }).observe({type: 'paint', buffered: true})
      )
  );

let result;
try {
  // -------------------------------------------------------------------------------------------
  // 4. Read the guide once: its first view (for the static floor) and its screening text (for
  //    the SurveyJS form), so both baselines carry exactly what the guide shows.
  // -------------------------------------------------------------------------------------------
  log('reading the guide’s first view and its screening pages…');
  // updateComplete resolves once the first section's chunk has rendered: the whole first view.
  pages.set(
    '/guide.html',
    page(
      `<microneedle-guide></microneedle-guide><script type="module">
  await customElements.whenDefined('microneedle-guide');
  await document.querySelector('microneedle-guide').updateComplete;
  await window.painted();
  window.firstView = performance.now();
</script>`,
      GUIDE
    )
  );
  const floorMarkup = await withTab(async (tab) => {
    await tab.goto(`${origin}/guide.html`);
    await tab.waitForFunction(`customElements.get('microneedle-guide')`);
    return tab.evaluate(async () => {
      const el = document.querySelector('microneedle-guide');
      await el.updateComplete;
      await window.painted();
      const css = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
      // Lit's comment markers are not content; the floor is the markup and styles alone.
      const markup = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
      const words = el.shadowRoot.textContent.trim().split(/\s+/).length;
      const section = el.shadowRoot.querySelector('section.section')?.dataset.section;
      return {css, markup, words, section, attributes: [...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')};
    });
  });
  if (!floorMarkup.section) throw new Error('bench: the guide’s first view shows no section');
  log(`  first view: the "${floorMarkup.section}" section, ${floorMarkup.words} words, ${Math.round(floorMarkup.css.length / 1024)} KB of CSS`);
  pages.set(
    '/floor.html',
    page(`<div ${floorMarkup.attributes}><template shadowrootmode="open"><style>${floorMarkup.css}</style>${floorMarkup.markup}</template></div>`)
  );

  pages.set('/screening.html', page(`<microneedle-guide start="screening"></microneedle-guide>`, GUIDE));
  const screeningText = await withTab(async (tab) => {
    await tab.goto(`${origin}/screening.html`);
    return tab.evaluate(async () => {
      const root = document.querySelector('microneedle-guide').shadowRoot;
      const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
      (await window.until(() => root.querySelector('[part~="screening-next"]'))).click();
      await window.until(() => root.querySelector('.screening fieldset'));
      const result = [];
      for (;;) {
        const heading = root.querySelector('.screening__heading');
        const fieldset = root.querySelector('.screening fieldset');
        if (!fieldset) break;
        const before = text(heading);
        const title = heading.cloneNode(true);
        title.querySelector('.screening__caption')?.remove();
        const boxes = [...fieldset.querySelectorAll('.checkbox')].map((box) => ({
          value: box.querySelector('input').value,
          label: text(box.querySelector('label')),
          hint: text(box.querySelector('.checkbox__hint')),
        }));
        result.push({id: fieldset.querySelector('input').name.replace(/^screening-/, ''), title: text(title), question: text(fieldset.querySelector('legend')), hint: text(fieldset.querySelector('.hint')), boxes});
        fieldset.querySelector('input[value="none"]').click();
        root.querySelector('[part~="screening-next"]').click();
        await window.until(() => text(root.querySelector('.screening__heading')) !== before);
      }
      return result;
    });
  });
  const conditions = screeningText.flatMap((p) => p.boxes.filter((b) => b.value !== 'none'));
  if (conditions.length !== 23) throw new Error(`expected 23 conditions in the screening, read ${conditions.length}`);
  const surveyJson = {
    // The guide's pages, questions, hints and labels; the condition's hint goes after its label,
    // as SurveyJS has no hint per choice. "None of these apply to me" is SurveyJS's none item;
    // "Check your answers" is its preview.
    pages: screeningText.map((p) => ({
      name: p.id,
      title: p.title,
      elements: [
        {
          type: 'checkbox',
          name: p.id,
          title: p.question,
          description: p.hint,
          isRequired: true,
          showNoneItem: true,
          noneText: p.boxes.find((b) => b.value === 'none').label,
          choices: p.boxes.filter((b) => b.value !== 'none').map((b) => ({value: b.value, text: b.hint ? `${b.label} ${b.hint}` : b.label})),
        },
      ],
    })),
    showProgressBar: 'top',
    showPreviewBeforeComplete: 'showAllQuestions',
  };
  const surveyHead = survey.files
    .filter((f) => f.endsWith('.css'))
    .map((f) => `<link rel="stylesheet" href="/survey/${f}">`)
    .join('');
  const surveyModule = `/survey/${survey.files.find((f) => f.endsWith('.js'))}`;
  pages.set(
    '/survey.html',
    page(
      `<div id="survey"></div><script type="module">
  import {render} from '${surveyModule}';
  window.survey = render(${JSON.stringify(surveyJson)}, document.getElementById('survey'));
  await window.until(() => document.querySelector('#survey input[type="checkbox"]'));
  await window.painted();
  window.firstQuestion = performance.now();
  window.fetched = performance.getEntriesByType('resource').map((e) => e.name);
</script>`,
      surveyHead
    )
  );
  pages.set(
    '/screening-timed.html',
    page(
      `<microneedle-guide start="screening"></microneedle-guide><script type="module">
  const root = await window.until(() => ${inShadow});
  (await window.until(() => root.querySelector('[part~="screening-next"]'))).click();
  await window.until(() => root.querySelector('.screening input[type="checkbox"]'));
  await window.painted();
  window.firstQuestion = performance.now();
  window.fetched = performance.getEntriesByType('resource').map((e) => e.name);
</script>`,
      GUIDE
    )
  );

  // -------------------------------------------------------------------------------------------
  // 5. Timings, interleaved run by run so drift hits guide and baseline alike.
  // -------------------------------------------------------------------------------------------
  const samples = {};
  const add = (key, value) => (samples[key] ??= []).push(value);

  /** First contentful paint, and when the whole first view has painted (the static page: at once). */
  const paintRun = async (url, cpu) =>
    withTab(async (tab) => {
      await tab.goto(`${origin}${url}`);
      const paint = await fcp(tab);
      const view = url === '/guide.html' ? await tab.waitForFunction(() => window.firstView).then((h) => h.jsonValue()) : paint;
      return {paint, view};
    }, {cpu});

  const firstQuestionRun = (url) =>
    withTab(async (tab) => {
      await tab.goto(`${origin}${url}`);
      await tab.waitForFunction(() => window.firstQuestion, {polling: 50});
      // What the page had fetched when the question page painted (the guide fetches more when idle).
      const {time, files} = await tab.evaluate(() => ({time: window.firstQuestion, files: window.fetched}));
      return {time, files: files.map((name) => (name.startsWith(origin) ? new URL(name).pathname : name))};
    });

  /** Answers "None" on every page, opens check-your-answers, then times the last click to the painted result. */
  const guideResultRun = () =>
    withTab(async (tab) => {
      await tab.goto(`${origin}/screening.html`);
      return tab.evaluate(async () => {
        const root = await window.until(() => document.querySelector('microneedle-guide').shadowRoot);
        const next = () => root.querySelector('[part~="screening-next"]');
        (await window.until(next)).click();
        for (let i = 0; i < 4; i++) {
          (await window.until(() => root.querySelector('.screening input[value="none"]'))).click();
          const heading = root.querySelector('.screening__heading').textContent;
          next().click();
          await window.until(() => root.querySelector('.screening__heading')?.textContent !== heading);
        }
        const button = await window.until(() => !root.querySelector('.screening fieldset') && next());
        await window.painted();
        const start = performance.now();
        button.click();
        await window.until(() => root.querySelector('.result'));
        await window.painted();
        return performance.now() - start;
      });
    });

  const surveyResultRun = () =>
    withTab(async (tab) => {
      await tab.goto(`${origin}/survey.html`);
      await tab.waitForFunction(() => window.firstQuestion, {polling: 50});
      return tab.evaluate(async () => {
        const s = window.survey;
        for (const p of s.pages) s.setValue(p.name, ['none']);
        while (!s.isLastPage) s.nextPage();
        s.showPreview();
        const complete = await window.until(() =>
          [...document.querySelectorAll('#survey input[type="button"], #survey button')].find((b) =>
            /complete/i.test(b.value || b.textContent)
          )
        );
        await window.painted();
        const start = performance.now();
        complete.click();
        await window.until(() => document.querySelector('.sd-completedpage, .sv_completed_page'));
        await window.painted();
        return performance.now() - start;
      });
    });

  let screeningFiles;
  let surveyFiles;
  for (let run = 1; run <= RUNS; run++) {
    log(`timings, run ${run} of ${RUNS}: first paint, 4x CPU, first question page, result…`);
    for (const [key, url, cpu] of [['guide', '/guide.html', 1], ['floor', '/floor.html', 1], ['guide', '/guide.html', 4], ['floor', '/floor.html', 4]]) {
      const {paint, view} = await paintRun(url, cpu);
      add(`fcp${cpu === 1 ? '' : cpu}.${key}`, paint);
      add(`view${cpu === 1 ? '' : cpu}.${key}`, view);
    }
    const g = await firstQuestionRun('/screening-timed.html');
    const s = await firstQuestionRun('/survey.html');
    add('question.guide', g.time);
    add('question.survey', s.time);
    screeningFiles = g.files;
    surveyFiles = s.files;
    add('result.guide', await guideResultRun());
    add('result.survey', await surveyResultRun());
  }

  // -------------------------------------------------------------------------------------------
  // 6. Heap: 1,000 creations and removals, then 1,000 more (growth in the second round is a leak).
  // -------------------------------------------------------------------------------------------
  log(`heap: ${HEAP_ROUNDS} creations and removals, twice…`);
  const heap = await withTab(async (tab, cdp) => {
    await tab.goto(`${origin}/guide.html`);
    await tab.waitForFunction(`customElements.get('microneedle-guide')`);
    const churn = (n) =>
      tab.evaluate(async (n) => {
        for (let i = 0; i < n; i++) {
          const el = document.createElement('microneedle-guide');
          document.body.append(el);
          await el.updateComplete;
          el.remove();
        }
      }, n);
    const used = async () => {
      // Let the page go idle first, as a shop's page does between visits to the guide: a removed
      // guide stays reachable from its pending idle-time work until that runs (in a loop with no
      // idle time, hundreds pile up and are freed later).
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const reads = [];
      for (let i = 0; i < 3; i++) {
        await cdp.send('HeapProfiler.collectGarbage');
        reads.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
      }
      return median(reads);
    };
    await churn(20); // every chunk loaded, every template compiled once
    const before = await used();
    await churn(HEAP_ROUNDS);
    const after = await used();
    await churn(HEAP_ROUNDS);
    const again = await used();
    return {before, after, again};
  });

  // -------------------------------------------------------------------------------------------
  // 7. Layout shift on the demo product page (demo/index.html with the CDN file).
  // -------------------------------------------------------------------------------------------
  const demo = await readFile(path.join(root, 'demo', 'index.html'), 'utf8');
  const productPage = (script, loading) =>
    demo
      .replace(/<script type="module" src="\.\/main\.ts"><\/script>/, script)
      // The retailer's settings panel is the demo's own tool, not part of a product page.
      .replace(/\s*<link rel="stylesheet" href="\.\/retailer-panel\.css" \/>\s*<script type="module" src="\.\/retailer-panel\.ts"><\/script>/, '')
      .replace(/<aside class="retailer-panel"[^>]*><\/aside>/, '')
      .replace(/href="\.\/demo\.css"/, 'href="/demo/demo.css"')
      .replace('<microneedle-guide ', `<microneedle-guide ${loading ? 'loading="lazy" ' : ''}`)
      .replace('</head>', `${HELPERS}<script>
  window.cls = 0;
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.cls += e.value;
      const where = (s) => s.node ? (s.node.id ? '#' + s.node.id : s.node.nodeName.toLowerCase() + (s.node.className ? '.' + String(s.node.className).split(' ')[0] : '')) : '?';
      const rect = (r) => Math.round(r.y) + '+' + Math.round(r.height);
      window.shifts.push(e.value.toFixed(4) + ' at ' + Math.round(e.startTime) + ' ms: ' + e.sources.map((s) => where(s) + ' y ' + rect(s.previousRect) + ' -> ' + rect(s.currentRect)).join(', '));
    }
  }).observe({type: 'layout-shift', buffered: true});
</script></head>`);
  for (const [url, html] of [['/product-bare.html', productPage('', false)], ['/product-lazy.html', productPage(GUIDE, true)]]) {
    if (/main\.ts|retailer-panel|href="\.\//.test(html) || (url.includes('lazy') && !html.includes('loading="lazy"'))) {
      throw new Error(`bench: demo/index.html changed shape; update productPage() (${url})`);
    }
  }
  pages.set('/product.html', productPage(GUIDE, false));
  pages.set('/product-lazy.html', productPage(GUIDE, true));
  pages.set('/product-bare.html', productPage('', false));
  const clsRun = (url) =>
    withTab(async (tab) => {
      await tab.setViewport({width: 1280, height: 800});
      await tab.goto(`${origin}${url}`, {waitUntil: 'load'});
      await tab.waitForNetworkIdle({idleTime: 300});
      // Scroll the guide in (a lazy guide starts its deferred work), let it settle, then read.
      await tab.evaluate(async () => {
        const el = document.querySelector('microneedle-guide');
        el.scrollIntoView();
        await el.updateComplete;
        await window.painted();
      });
      await tab.waitForNetworkIdle({idleTime: 300});
      const {cls, shifts} = await tab.evaluate(async () => {
        await window.painted();
        return {cls: window.cls, shifts: window.shifts};
      });
      for (const shift of shifts) log(`  ${url} layout shift ${shift}`);
      return cls;
    });
  const CLS_RUNS = Math.max(3, Math.ceil(RUNS / 2));
  for (let run = 1; run <= CLS_RUNS; run++) {
    log(`layout shift on the demo product page, run ${run} of ${CLS_RUNS}…`);
    add('cls.eager', await clsRun('/product.html'));
    add('cls.lazy', await clsRun('/product-lazy.html'));
    add('cls.bare', await clsRun('/product-bare.html'));
  }

  result = {samples, heap, screeningFiles, surveyFiles};
} finally {
  await browser.close();
  server.close();
}

// ---------------------------------------------------------------------------------------------
// 8. The table.
// ---------------------------------------------------------------------------------------------
const {samples, heap, screeningFiles, surveyFiles} = result;
const m = (key) => median(samples[key]);
const n = (value) => value.toLocaleString('en-US');
const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '–');
const bytes = (s) => `${n(s.brotli)} / ${n(s.gzip)}`;
const kib = (value) => `${n(Math.round(value / 1024))} KiB`;

const cdn = await measureCdnFiles(dist);
const bareSize = sum(bare.sizes);
const surveySize = sum(survey.sizes);
const sizeOf = (file) => cdn.find((r) => r.file === file);
const firstLoad = (entry) => firstLoadFiles(dist, entry).then((files) => sum(files.map(sizeOf)));
const firstView = async (entry) => {
  const prefix = entry.replace(/\.js$/, '');
  const load = await firstLoad(entry);
  const largest = cdn.filter((r) => READING.some((s) => r.file === `${prefix}.${s}.js`)).reduce((a, b) => (b.brotli > a.brotli ? b : a));
  return {...sum([load, largest]), largest: largest.file};
};
/** The served files behind the URL paths a page fetched, measured like the CDN files. */
const fetched = async (urls) =>
  sum(
    await Promise.all(
      [...new Set(urls)].map(async (url) => {
        const [, mount, rest] = url.match(/^\/(dist|demo|bare|survey)\/(.+)$/) ?? [];
        if (!mount) throw new Error(`bench: the page fetched ${url}, which the bench does not serve`);
        return size(await readFile(path.join(MOUNTS[mount], rest)));
      })
    )
  );
const screeningBytes = await fetched(screeningFiles);
const surveyBytes = await fetched(surveyFiles);

const rows = [];
const row = (measure, guide, baseline, compare) => rows.push([measure, guide, baseline, compare]);
const bareLabel = `bare Lit ${bytes(bareSize)}`;
row('**Bytes** (brotli / gzip; baseline: a bare Lit element, one property and one template, same Vite build)', '', '', '');
for (const entry of ['microneedle-guide.js', 'microneedle-guide.strict.js']) {
  const load = await firstLoad(entry);
  const view = await firstView(entry);
  row(`first load: \`${entry}\` and its static imports`, bytes(load), bareLabel, ratio(load.brotli, bareSize.brotli));
  row(`first view: first load + \`${view.largest.replace(/^microneedle-guide\./, '')}\` (largest section)`, bytes(view), bareLabel, ratio(view.brotli, bareSize.brotli));
}
for (const file of cdn) row(`\`${file.file}\``, bytes(file), bareLabel, ratio(file.brotli, bareSize.brotli));
row(`**Speed** (median of ${RUNS} runs)`, '', '', '');
row('first contentful paint of the guide', ms(m('fcp.guide')), `static page, same markup and styles ${ms(m('fcp.floor'))}`, ratio(m('fcp.guide'), m('fcp.floor')));
row('whole first view painted (its section\'s text on screen)', ms(m('view.guide')), `static page ${ms(m('view.floor'))}`, ratio(m('view.guide'), m('view.floor')));
row('first contentful paint, CPU throttled 4×', ms(m('fcp4.guide')), `static page ${ms(m('fcp4.floor'))}`, ratio(m('fcp4.guide'), m('fcp4.floor')));
row('whole first view painted, CPU throttled 4×', ms(m('view4.guide')), `static page ${ms(m('view4.floor'))}`, ratio(m('view4.guide'), m('view4.floor')));
row('screening: first question page painted (from navigation)', ms(m('question.guide')), `SurveyJS ${surveyVersion}, same 23 conditions ${ms(m('question.survey'))}`, ratio(m('question.guide'), m('question.survey')));
row('screening: bytes fetched to the first question page', bytes(screeningBytes), `SurveyJS (JS + CSS) ${bytes(surveyBytes)}`, ratio(screeningBytes.brotli, surveyBytes.brotli));
row('"See my result" clicked to the result painted', ms(m('result.guide')), `SurveyJS "Complete" to its completed page ${ms(m('result.survey'))}`, ratio(m('result.guide'), m('result.survey')));
row('**Memory and layout**', '', '', '');
const change = (from, to) => {
  const k = Math.round((to - from) / 1024);
  return k === 0 ? '±0 KiB' : `${k > 0 ? '+' : '−'}${n(Math.abs(k))} KiB`;
};
row(
  `JS heap after ${n(HEAP_ROUNDS)} creations and removals (GC forced)`,
  kib(heap.after),
  `before ${kib(heap.before)}`,
  `${change(heap.before, heap.after)}; the next ${n(HEAP_ROUNDS)}: ${change(heap.after, heap.again)}`
);
row('cumulative layout shift, demo product page, eager', m('cls.eager').toFixed(3), `page without the guide ${m('cls.bare').toFixed(3)}`, `+${(m('cls.eager') - m('cls.bare')).toFixed(3)}`);
row('the same, `loading="lazy"`', m('cls.lazy').toFixed(3), `page without the guide ${m('cls.bare').toFixed(3)}`, `+${(m('cls.lazy') - m('cls.bare')).toFixed(3)}`);

const header = ['measure', 'guide', 'baseline (same run)', 'guide ÷ baseline'];
const lines = [header, header.map(() => '---'), ...rows];
const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
process.stdout.write(
  `Headless Chromium ${chromiumVersion}, ${cpus().length} cores, local server (no network delay), ${new Date().toISOString().slice(0, 10)}\n\n` +
    lines.map((l) => `| ${l.map((cell, i) => (cell === '---' ? '-'.repeat(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`).join('\n') +
    '\n'
);
log('done');
