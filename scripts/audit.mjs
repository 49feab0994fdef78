#!/usr/bin/env node
/**
 * `npm run audit`: Lighthouse's accessibility and best-practices scores of the demo product page,
 * at Lighthouse's mobile and desktop settings, in Debian's Chromium.
 *
 * The page is the one a shop would serve: demo/ built by Vite (minified, each chunk the guide
 * loads later a file of its own) into a temp directory and served from 127.0.0.1. Prints each score and every
 * audit that is not passed, with the elements it names, and exits 1 unless every score is 100.
 *
 *   npm run audit                           the page as it is (the guide follows <html lang="en">)
 *   npm run audit -- --lang=ar              the guide with lang="ar" (any shipped or pseudo code)
 *   npm run audit -- --theme=dark           the guide with theme="dark" (or light)
 *   npm run audit -- --language-picker      the guide with its language picker on
 *   npm run audit -- --sections             also every section, opened in turn (Lighthouse snapshots)
 *   npm run audit -- --form-factor=mobile   one form factor only (mobile or desktop)
 *
 * Chromium: MNG_CHROMIUM, else CHROME_PATH, else /usr/bin/chromium. Not part of `npm test`: a
 * Lighthouse run takes about 12 s (the whole audit 30 to 60 s, with --sections 2 to 3 minutes) and
 * its scores are about the page, not the guide's logic (the unit tests check the guide's
 * accessibility state by state with axe-core).
 */
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {navigation, snapshot} from 'lighthouse';
import {screenEmulationMetrics} from 'lighthouse/core/config/constants.js';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import {build} from 'vite';
import {CHROME_PATH, CHROMIUM_ARGS} from './chromium.mjs';
import {localize, PSEUDO_LOCALES} from './localize.mjs';
import {createStaticServer} from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CATEGORIES = ['accessibility', 'best-practices'];
const FORM_FACTORS = ['mobile', 'desktop'];
const USAGE = 'use --lang=CODE, --theme=light|dark, --language-picker, --sections, --form-factor=mobile|desktop';

function parseArgs(argv) {
  const options = {lang: undefined, theme: undefined, languagePicker: false, sections: false, formFactors: FORM_FACTORS};
  for (const arg of argv) {
    const [name, value] = arg.split(/=(.*)/s);
    if (name === '--lang' && value) options.lang = value;
    else if (name === '--theme' && ['light', 'dark'].includes(value)) options.theme = value;
    else if (name === '--language-picker' || name === '--picker') options.languagePicker = true;
    else if (name === '--sections') options.sections = true;
    else if (name === '--form-factor' && FORM_FACTORS.includes(value)) options.formFactors = [value];
    else throw new Error(`unknown option ${arg}: ${USAGE}`);
  }
  return options;
}

/**
 * package.json's `sideEffects` lists the built files a shop imports (dist/), so a bundler that reads
 * it drops every import of src/ that is there for its side effect: the demo's `import
 * '../src/index.js'` (which registers the tag) and the pseudo-locales. The demo builds from source,
 * so its src/ modules keep their side effects, as they do under `npm start`.
 */
const sourceHasSideEffects = {
  name: 'mng-source-side-effects',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer) return null;
    const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
    return resolved?.id.startsWith(path.join(root, 'src') + path.sep) ? {...resolved, moduleSideEffects: true} : null;
  },
};

/** Builds demo/ the way a shop's bundler would (minified) into `outDir`. */
async function buildDemo(outDir) {
  const problems = await localize({quiet: true});
  if (problems.length) throw new Error(`lit-localize: ${problems.join('\n')}`);
  await build({
    configFile: false,
    root: path.join(root, 'demo'),
    logLevel: 'warn',
    plugins: [sourceHasSideEffects],
    build: {outDir, emptyOutDir: true, target: 'es2022', minify: true, sourcemap: true},
  });
}

/** The attributes the options put on the guide, as HTML. */
function guideAttributes({lang, theme, languagePicker}) {
  return [lang && `lang="${lang}"`, theme && `theme="${theme}"`, languagePicker && 'language-picker'].filter(Boolean).join(' ');
}

/** The built page with the guide's attributes the options ask for (the retailer panel reads them too). */
async function pageVariant(outDir, options) {
  const attributes = guideAttributes(options);
  if (!attributes) return 'index.html';
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const tag = '<microneedle-guide ';
  if (!html.includes(tag)) throw new Error('demo/index.html has no <microneedle-guide> to set attributes on');
  await writeFile(path.join(outDir, 'variant.html'), html.replace(tag, `${tag}${attributes} `));
  return 'variant.html';
}

function lighthouseConfig(formFactor) {
  const base = formFactor === 'desktop' ? desktopConfig : {extends: 'lighthouse:default'};
  return {...base, settings: {...base.settings, onlyCategories: CATEGORIES}};
}

/** One line per item an audit names: the element's selector and snippet, a source location, or a message. */
function describeItem(item) {
  const node = item.node ?? (item.type === 'node' ? item : undefined);
  if (node) {
    const explanation = node.explanation ? `\n        ${node.explanation.trim().replace(/\n/g, '\n        ')}` : '';
    return `${node.selector ?? ''} ${node.snippet ?? ''}`.trim() + explanation;
  }
  const source = item.source?.url ? `${item.source.url}:${item.source.line ?? ''}` : item.url ?? item.sourceLocation?.url ?? '';
  const text = item.description ?? item.issueType ?? item.message ?? item.error ?? item.value ?? '';
  return [typeof text === 'object' ? JSON.stringify(text) : text, source].filter(Boolean).join(' at ');
}

/** Audits that cost points or errored: any non-null score below 1, and audits Lighthouse could not run. */
function failingAudits(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    .map((ref) => ({ref, audit: lhr.audits[ref.id]}))
    .filter(({audit}) => audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1));
}

/** Prints one result's scores and failing audits; answers whether it falls short of 100. */
function report(label, lhr) {
  let short = false;
  for (const warning of lhr.runWarnings ?? []) console.log(`  ${label} warning: ${warning}`);
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    const score = category.score === null ? 'n/a' : Math.round(category.score * 100);
    console.log(`${label.padEnd(28)} ${category.title.padEnd(15)} ${score}`);
    if (score !== 100) short = true;
    for (const {ref, audit} of failingAudits(lhr, id)) {
      const weight = `weight ${ref.weight ?? 0}`;
      console.log(`  ✗ ${audit.id}: ${audit.title} (${weight}${audit.errorMessage ? `, error: ${audit.errorMessage}` : ''})`);
      for (const item of audit.details?.items ?? []) {
        const line = describeItem(item);
        if (line) console.log(`      ${line}`);
        for (const sub of item.subItems?.items ?? []) console.log(`        ${describeItem(sub)}`);
      }
      if (ref.weight) short = true;
    }
  }
  return short;
}

/**
 * Fails the run when the guide did not render (a score of 100 on a page without it proves
 * nothing); answers what it shows: `lang`, `dir` and its title.
 */
async function renderedGuide(page, expectedLang) {
  const shown = await page
    .waitForFunction(
      () => {
        const article = document.querySelector('microneedle-guide')?.shadowRoot?.querySelector('article[lang]');
        const title = article?.querySelector('#guide-title')?.textContent?.trim();
        return article && title ? {lang: article.lang, dir: article.dir, title} : undefined;
      },
      {timeout: 10_000}
    )
    .then((handle) => handle.jsonValue())
    .catch(() => undefined);
  if (!shown) throw new Error('the guide did not render on the demo page');
  // A regional code shows its language (de-AT: lang="de"); a pseudo-locale must show itself.
  const asked = expectedLang?.toLowerCase();
  const lang = shown.lang.toLowerCase();
  const regional = !PSEUDO_LOCALES.includes(expectedLang) && asked?.startsWith(`${lang}-`);
  if (asked && lang !== asked && !regional) {
    throw new Error(`the guide shows lang="${shown.lang}", not the "${expectedLang}" asked for`);
  }
  return shown;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const outDir = await mkdtemp(path.join(tmpdir(), 'mng-audit-'));
  let browser;
  let server;
  let failed = false;
  try {
    await buildDemo(outDir);
    const file = await pageVariant(outDir, options);
    server = await createStaticServer({mounts: {'/': outDir}});
    const url = `${server.origin}/${file}`;
    browser = await puppeteer.launch({
      executablePath: process.env.MNG_CHROMIUM || CHROME_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const attributes = guideAttributes(options);
    const guide = attributes ? `, <microneedle-guide ${attributes}>` : '';
    console.log(`Lighthouse ${CATEGORIES.join(' + ')}: demo product page (built)${guide}`);
    for (const formFactor of options.formFactors) {
      const config = lighthouseConfig(formFactor);
      const page = await browser.newPage();
      const result = await navigation(page, url, {config, flags: {logLevel: 'error'}});
      const {lhr} = result;
      if (lhr.runtimeError) throw new Error(`${formFactor}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const shown = await renderedGuide(page, options.lang);
      if (formFactor === options.formFactors[0]) {
        console.log(`guide rendered: lang="${shown.lang}" dir="${shown.dir}", title "${shown.title}"`);
      }
      if (report(`${formFactor}, page load`, lhr)) failed = true;
      if (options.sections) {
        // Each section as the shopper opens it (focus on its heading), audited where it stands.
        const sections = await page.evaluate(() => [...document.querySelector('microneedle-guide').visibleSections]);
        for (const id of sections) {
          // A snapshot audits the page as it stands and emulates nothing (Lighthouse's emulation
          // ends with its run): give the page the form factor's screen before each one.
          const screen = screenEmulationMetrics[formFactor];
          await page.setViewport({
            width: screen.width,
            height: screen.height,
            deviceScaleFactor: screen.deviceScaleFactor,
            isMobile: screen.mobile,
            hasTouch: screen.mobile,
          });
          await page.evaluate(async (id) => {
            const guide = document.querySelector('microneedle-guide');
            await guide.goTo(id);
            await guide.updateComplete;
          }, id);
          const {lhr: snap} = await snapshot(page, {config, flags: {logLevel: 'error'}});
          if (report(`${formFactor}, ${id}`, snap)) failed = true;
        }
      }
      await page.close();
    }
  } finally {
    await browser?.close();
    await server?.close();
    await rm(outDir, {recursive: true, force: true});
  }
  console.log(failed ? 'audit: FAILED (every score must be 100)' : 'audit: every score is 100');
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`audit: ${error.message}`);
  process.exit(1);
});
