/**
 * The bytes of every file in dist/ that a shop's page may load from the CDN, raw,
 * gzip (level 9) and brotli (quality 11), as a table. One place for the list and
 * the measurement: test/embed-budget.test.mjs holds the budgets, `npm run bench`
 * prints the same table.
 */
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

/**
 * The files a page names in a `<script>`: the module, the classic script and the strict
 * module. Every other script in dist/ is a chunk that the two modules import themselves,
 * from beside them (`import()` resolves against the entry's URL).
 */
export const CDN_ENTRIES = ['microneedle-guide.js', 'microneedle-guide.classic.js', 'microneedle-guide.strict.js'];

/**
 * What a page fetches before the guide's first view paints: the entry and every chunk it
 * imports statically, transitively (not the `import()` of a feature chunk).
 */
export async function firstLoadFiles(dist, entry) {
  const files = new Set();
  const visit = async (file) => {
    if (files.has(file)) return;
    files.add(file);
    const code = await readFile(path.join(dist, file), 'utf8');
    // Static imports only: `import … from"./x.js"` and `import"./x.js"`, never `import("./x.js")`.
    for (const [, dep] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([\w.-]+\.js)["']/g)) await visit(dep);
  };
  await visit(entry);
  return [...files].sort();
}

/** Files in dist/ (not dist/lib/, the npm build) that a page may fetch: scripts and their chunks, no source maps. */
export async function cdnFiles(dist) {
  const entries = await readdir(dist, {withFileTypes: true});
  return entries
    .filter((e) => e.isFile() && /\.js$/.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** `[{file, raw, gzip, brotli}]` for every CDN file in `dist`. */
export async function measureCdnFiles(dist) {
  return Promise.all(
    (await cdnFiles(dist)).map(async (file) => {
      const bytes = await readFile(path.join(dist, file));
      return {
        file,
        raw: bytes.length,
        gzip: gzipSync(bytes, {level: 9}).length,
        brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
      };
    })
  );
}

/** The rows as an aligned plain-text table, one file a line, bytes in B. */
export function formatSizeTable(rows) {
  const header = ['file', 'raw B', 'gzip B', 'brotli B'];
  const lines = [header, ...rows.map((r) => [r.file, r.raw, r.gzip, r.brotli].map(String))];
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  return lines.map((l) => l.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ')).join('\n');
}
