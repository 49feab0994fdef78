/**
 * A TypeScript app (test/types, copied and installed from the packed tarball)
 * compiles against the built declarations only: the tag map, the event map,
 * the React wrapper, JSX for React, Preact and Solid, and Vue's
 * GlobalComponents. `@ts-expect-error` lines prove wrong values are rejected,
 * so the types cannot silently become `any`.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import {paths, root} from './support/embed-context.mjs';

const run = promisify(execFile);

test('a TypeScript consumer compiles against the packed declarations (DOM, React, Preact, Solid, Vue)', async () => {
  // Every attribute in custom-elements.json must be typed in MicroneedleGuideAttributes (lang comes with HTML's own types).
  const manifest = JSON.parse(await readFile(paths.manifest, 'utf8'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'microneedle-guide');
  const names = element.attributes.map((a) => a.name).filter((n) => n !== 'lang');
  await writeFile(
    path.join(paths.apps.types, 'attributes.generated.ts'),
    `import type {MicroneedleGuideAttributes} from 'microneedle-guide';\n` +
      `type FromManifest = ${names.map((n) => JSON.stringify(n)).join(' | ')};\n` +
      `export const everyAttributeTyped: Exclude<FromManifest, keyof MicroneedleGuideAttributes> extends never ? true : never = true;\n` +
      `export const noExtraAttributes: Exclude<keyof MicroneedleGuideAttributes, FromManifest> extends never ? true : never = true;\n`
  );
  await compile('tsconfig.json');
});

test("README's plain-tag React example compiles as written, in a program of its own", () => compile('tsconfig.readme.json'));

async function compile(tsconfig) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    await run(process.execPath, [tsc, '-p', path.join(paths.apps.types, tsconfig)], {cwd: paths.apps.types});
  } catch (error) {
    assert.fail(`tsc -p ${tsconfig} reported errors:\n${error.stdout}${error.stderr}`);
  }
}
