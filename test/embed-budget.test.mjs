/**
 * Byte budgets for every file in dist/ a shop's page may load from the CDN: the three
 * entries (module, classic script, strict-CSP module), the feature chunks the modules
 * import, and the first load (what a page fetches before the first view paints: the entry
 * and its static imports, no feature chunk). Exact numbers: raising one is a decision to
 * write in the commit message, not a side effect. Each is the size measured when set,
 * rounded up to the next 500 B, except where the issue set the number (the chunks).
 * (Timings are not tested; `npm run bench` prints them and the same table.)
 *
 * Before issue 10 split the module (one file, everything inside), brotli quality 11:
 *
 *   file                           raw B  gzip B  brotli B
 *   microneedle-guide.classic.js  166632   50056     42821
 *   microneedle-guide.js          166483   49973     42707
 *   microneedle-guide.strict.js   174710   53466     45812
 *
 * After (the screening with "Who it suits", and care, as chunks; templates minified):
 *
 *   microneedle-guide.care.js               31730   10659      9541
 *   microneedle-guide.classic.js           157045   48787     41927
 *   microneedle-guide.js                    91267   29829     26064   (the first load)
 *   microneedle-guide.live.js                1296     669       561
 *   microneedle-guide.screening.js          30098    8602      7608
 *   microneedle-guide.strict.care.js        31751   10665      9529
 *   microneedle-guide.strict.js             99511   33307     29063
 *   microneedle-guide.strict.live.js         1310     673       564
 *   microneedle-guide.strict.screening.js   30119    8607      7625
 *
 * The first-load target is 24,000 B brotli (stretch 20,000); the budget below is
 * what the module measures rounded up (26,064 B), about 2 KB over. What remains in the first load is what the first
 * view needs: Lit and @lit/localize (about 6.5 KB), zod/mini and the settings it validates
 * (about 8 KB with the friendly warnings), the shell and its styles, and the text of the
 * reading sections (any of which may be the first view). Meeting 24 KB means taking one of
 * those out of the first paint's path (see the closing note of issue 10).
 *
 * The classic script cannot `import()`, so it stays one file with both features inside and
 * has a budget of its own; the first-load budget is the module's.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {CDN_ENTRIES, firstLoadFiles, formatSizeTable, measureCdnFiles} from '../scripts/bundle-sizes.mjs';
import {paths} from './support/embed-context.mjs';

const BUDGETS = {
  'microneedle-guide.js': {raw: 91_500, gzip: 30_000, brotli: 26_500},
  'microneedle-guide.screening.js': {raw: 30_500, gzip: 9_000, brotli: 8_000},
  'microneedle-guide.care.js': {raw: 32_000, gzip: 11_000, brotli: 10_000},
  'microneedle-guide.live.js': {raw: 1_500, gzip: 1_000, brotli: 1_000},
  'microneedle-guide.classic.js': {raw: 157_500, gzip: 49_000, brotli: 42_000},
  'microneedle-guide.strict.js': {raw: 100_000, gzip: 33_500, brotli: 29_500},
  'microneedle-guide.strict.screening.js': {raw: 30_500, gzip: 9_000, brotli: 8_000},
  'microneedle-guide.strict.care.js': {raw: 32_000, gzip: 11_000, brotli: 10_000},
  'microneedle-guide.strict.live.js': {raw: 1_500, gzip: 1_000, brotli: 1_000},
};

/** Everything fetched before the first view paints, per module entry, summed over its files. */
const FIRST_LOAD_BUDGETS = {
  'microneedle-guide.js': {gzip: 30_000, brotli: 26_500},
  'microneedle-guide.strict.js': {gzip: 33_500, brotli: 29_500},
};

const rows = await measureCdnFiles(paths.dist);
const firstLoads = await Promise.all(
  Object.keys(FIRST_LOAD_BUDGETS).map(async (entry) => {
    const files = await firstLoadFiles(paths.dist, entry);
    const sum = (kind) => files.reduce((total, file) => total + rows.find((r) => r.file === file)[kind], 0);
    return {file: `first load of ${entry} (${files.length} file${files.length > 1 ? 's' : ''})`, entry, files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli')};
  })
);
console.log(`\nCDN files in dist/ (bytes; gzip level 9, brotli quality 11):\n${formatSizeTable([...rows, ...firstLoads])}\n`);

test('every file in dist/ a page may load has a budget, and every budget a file', () => {
  assert.deepEqual(rows.map((r) => r.file), Object.keys(BUDGETS).sort());
  for (const entry of CDN_ENTRIES) assert.ok(BUDGETS[entry], entry);
});

for (const [file, budget] of Object.entries(BUDGETS)) {
  test(`${file} stays within ${budget.brotli} B brotli, ${budget.gzip} B gzip, ${budget.raw} B raw`, () => {
    const row = rows.find((r) => r.file === file);
    assert.ok(row, `${file} was not built`);
    for (const kind of ['brotli', 'gzip', 'raw']) {
      assert.ok(row[kind] <= budget[kind], `${file}: ${kind} ${row[kind]} B > budget ${budget[kind]} B`);
    }
  });
}

for (const load of firstLoads) {
  const budget = FIRST_LOAD_BUDGETS[load.entry];
  test(`the ${load.file} stays within ${budget.brotli} B brotli, ${budget.gzip} B gzip, and no feature chunk is in it`, () => {
    for (const kind of ['brotli', 'gzip']) {
      assert.ok(load[kind] <= budget[kind], `${load.file}: ${kind} ${load[kind]} B > budget ${budget[kind]} B`);
    }
    assert.deepEqual(load.files.filter((f) => /\.(screening|care)\.js$/.test(f)), []);
  });
}

test('the modules load their feature chunks with import() from beside themselves', async () => {
  for (const [entry, prefix] of [['microneedle-guide.js', 'microneedle-guide'], ['microneedle-guide.strict.js', 'microneedle-guide.strict']]) {
    const code = await readFile(path.join(paths.dist, entry), 'utf8');
    for (const feature of ['screening', 'care']) {
      assert.match(code, new RegExp(`import\\(\`\\./${prefix.replace('.', '\\.')}\\.${feature}\\.js\`\\)`), `${entry} imports its ${feature} chunk`);
    }
  }
});

test('the ES module files are fully minified: no indented code and no annotation comments', async () => {
  for (const {file} of rows.filter((r) => !r.file.includes('.classic.'))) {
    const code = await readFile(path.join(paths.dist, file), 'utf8');
    // Vite's library mode indents its unminified ES output with tabs; our sources use spaces, so a
    // tab at the start of a line is the bundler's whitespace, not template text.
    assert.equal(code.match(/^\t/gm)?.length ?? 0, 0, `${file} has tab-indented lines`);
    assert.equal(code.match(/@__PURE__|#__PURE__/g)?.length ?? 0, 0, `${file} keeps annotation comments`);
  }
});
