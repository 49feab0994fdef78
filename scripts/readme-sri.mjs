#!/usr/bin/env node
/**
 * `npm run readme:sri` (after `npm run build`): pins README's CDN URLs to the package
 * version and writes each built file's Subresource Integrity hash beside it, so the
 * snippets shops copy always match the published files. Every
 * `https://cdn.jsdelivr.net/npm/microneedle-guide@…/dist/<file>" integrity="sha384-…"`
 * in README is rewritten; test/embed-package.test.mjs fails when one is stale.
 */
import {createHash} from 'node:crypto';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The pattern of a pinned CDN URL with its integrity attribute; group 1 is the file in dist/. */
export const CDN_SNIPPET = /https:\/\/cdn\.jsdelivr\.net\/npm\/microneedle-guide@[^/"]+\/dist\/([\w.-]+\.js)" integrity="[^"]*"/g;

/** `sha384-…` of a file's bytes, as the `integrity` attribute takes it. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** README with every CDN snippet pinned to `version` and the hashes of the files in `dist`. */
export async function pinCdnSnippets(readme, {version, dist}) {
  const files = [...new Set([...readme.matchAll(CDN_SNIPPET)].map((m) => m[1]))];
  const hashes = Object.fromEntries(await Promise.all(files.map(async (f) => [f, sri(await readFile(path.join(dist, f)))])));
  return readme.replace(
    CDN_SNIPPET,
    (_, file) => `https://cdn.jsdelivr.net/npm/microneedle-guide@${version}/dist/${file}" integrity="${hashes[file]}"`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const readmePath = path.join(root, 'README.md');
  const {version} = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const before = await readFile(readmePath, 'utf8');
  const after = await pinCdnSnippets(before, {version, dist: path.join(root, 'dist')});
  if (after !== before) await writeFile(readmePath, after);
  process.stdout.write(after === before ? 'README: CDN snippets already current\n' : 'README: CDN snippets updated\n');
}
