#!/usr/bin/env node
/**
 * `npm run localize`: writes the two pseudo-locales from the English source, then
 * runs `lit-localize build`, which regenerates src/generated/ (never edited by
 * hand, not committed) from locales/*.xlf. `npm start`, `npm run build` and
 * `npm test` run it first, so generated code is never out of date with the XLIFF.
 *
 * Pseudo-locales, for development and tests only (they never ship):
 *   en-XA  every letter accented and each text about 40% longer, in [brackets]:
 *          clipped or hard-coded (unaccented) text shows at a glance;
 *   ar-XB  each text wrapped in right-to-left marks and shown right to left,
 *          to check the layout mirrors without reading Arabic.
 * Prints lit-localize's output and exits 1 on any missing translation or error
 * (lit-localize itself exits 0 on both).
 */
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {RuntimeLitLocalizer} from '@lit/localize-tools/lib/modes/runtime.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'];

const ACCENTS = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'àƀçđéƒĝĥíĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]])
);

/** Pseudo-translates the text runs of an XLIFF <source>, leaving <x …/> placeholders and entities as they are. */
export function pseudo(locale, source) {
  const parts = source.split(/(<x [^>]*\/>|&[a-z#0-9]+;)/);
  const text = parts.map((part, i) => (i % 2 ? part : [...part].map((c) => ACCENTS[c] ?? c).join(''))).join('');
  if (locale === 'ar-XB') return `\u202e${text}\u202c`;
  const letters = source.replace(/<x [^>]*\/>/g, '').length;
  // About 40% more, as short words so lines can still wrap where translations would.
  const pad = 'ẋẋẋẋ '.repeat(Math.max(1, Math.round((letters * 0.4) / 5))).trim();
  return `[${text} ${pad}]`;
}

function writePseudoLocales(config) {
  for (const locale of PSEUDO_LOCALES) {
    const file = path.join(root, config.interchange.xliffDir, `${locale}.xlf`);
    const xml = readFileSync(file, 'utf8').replace(
      /(<source>([\s\S]*?)<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
      (_, sourceTag, source) => `${sourceTag}\n  <target>${pseudo(locale, source)}</target>`
    );
    writeFileSync(file, xml);
  }
}

/**
 * Makes each generated locale module import nothing: it defines lit-localize's tiny `str`
 * tag itself (same shape: {strTag, strings, values}). A locale chunk is then the same file
 * for every build, and the classic script (which cannot share chunks) can import() the
 * module build's files without pulling in a second copy of the guide.
 */
function standalone(dir) {
  const IMPORT = "import {str} from '@lit/localize';";
  const LOCAL_STR =
    'const str = (strings: TemplateStringsArray, ...values: number[]) => ({strTag: true as const, strings, values});';
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    if (/from ['"]lit['"]/.test(text)) throw new Error(`${file}: a locale module imports lit; keep msg() templates to strings`);
    if (text.includes(IMPORT)) writeFileSync(path.join(dir, file), text.replace(IMPORT, LOCAL_STR));
  }
}

export async function localize({quiet = false} = {}) {
  const config = JSON.parse(readFileSync(path.join(root, 'lit-localize.json'), 'utf8'));
  const extractor = new RuntimeLitLocalizer({
    ...config,
    targetLocales: PSEUDO_LOCALES,
    baseDir: root,
    resolve: (p) => path.resolve(root, p),
  });
  await extractor.writeInterchangeFiles();
  writePseudoLocales(config);
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/.bin/lit-localize'), 'build'], {cwd: root, encoding: 'utf8'});
  const output = `${build.stdout}\n${build.stderr}`.trim();
  const problems = output.split('\n').filter((line) => /missing|error/i.test(line));
  standalone(path.join(root, config.output.outputDir));
  if (build.status !== 0) problems.unshift(`lit-localize build exited ${build.status}`);
  if (!quiet) console.log(output);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = await localize();
  if (problems.length) {
    console.error(`lit-localize reported ${problems.length} problem(s).`);
    process.exit(1);
  }
}
