/**
 * What a shop's developer gets from the tarball and README: the licence, no CDN source
 * maps, the React wrapper marked as a Client Component, and README's CDN snippets pinned
 * to this version with the built files' integrity hashes.
 */
import {before, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {paths, root} from './support/embed-context.mjs';
import {CDN_SNIPPET, sri} from '../scripts/readme-sri.mjs';
import {CDN_ENTRIES, cdnFiles} from '../scripts/bundle-sizes.mjs';

let pkg;
let packed;

before(async () => {
  [pkg, packed] = await Promise.all([
    readFile(path.join(paths.pkg, 'package.json'), 'utf8').then(JSON.parse),
    readFile(paths.packedFiles, 'utf8').then(JSON.parse),
  ]);
});

test('the tarball carries the MIT licence package.json names', async () => {
  assert.equal(pkg.license, 'MIT');
  assert.ok(packed.includes('LICENSE'), 'LICENSE is packed');
  assert.match(await readFile(path.join(root, 'LICENSE'), 'utf8'), /^MIT License\n/);
});

test('the tarball has every CDN file (module, classic, strict, and the chunks) and none of their source maps', async () => {
  for (const file of await cdnFiles(paths.dist)) assert.ok(packed.includes(`dist/${file}`), file);
  assert.deepEqual(packed.filter((f) => /^dist\/[^/]+\.map$/.test(f)), []);
});

test("dist/lib/react.js starts with 'use client' (a Client Component for React Server Components)", async () => {
  const react = await readFile(path.join(paths.lib, 'react.js'), 'utf8');
  assert.match(react, /^["']use client["'];/);
});

test("README's CDN snippets are pinned to this version with the built files' integrity hashes", async () => {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const snippets = [...readme.matchAll(CDN_SNIPPET)].map((m) => m[0]);
  const files = new Set(snippets.map((s) => /\/dist\/([\w.-]+\.js)"/.exec(s)[1]));
  // README links every file a page names in a script tag (module, classic, strict), each with its hash;
  // the chunks are fetched by the modules themselves.
  assert.deepEqual([...files].sort(), [...CDN_ENTRIES].sort());
  assert.doesNotMatch(readme, /cdn\.jsdelivr\.net\/npm\/microneedle-guide\//, 'no unpinned CDN URL');
  for (const snippet of snippets) {
    const file = /\/dist\/([\w.-]+\.js)"/.exec(snippet)[1];
    const expected = `https://cdn.jsdelivr.net/npm/microneedle-guide@${pkg.version}/dist/${file}" integrity="${sri(
      await readFile(path.join(paths.pkg, 'dist', file))
    )}"`;
    assert.equal(snippet, expected, 'README is stale: run `npm run build && npm run readme:sri`');
  }
});
