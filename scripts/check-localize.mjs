#!/usr/bin/env node
/**
 * Localization gate, run by `npm test` before the type check:
 * 1. every msg() call in src/ has a stable, readable `id` (ids survive rewording;
 *    lit-localize's hash ids would not), and one id never carries two texts;
 * 2. every shipped language's XLIFF has a non-empty target for every id, with the
 *    source's placeholders, and none is the English text itself;
 * 3. scripts/localize.mjs writes the pseudo-locales and `lit-localize build`
 *    regenerates src/generated/ with no missing translation or error (it exits 0
 *    on both, so its output is read here).
 */
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import ts from 'typescript';
import {localize, PSEUDO_LOCALES} from './localize.mjs';

const root = new URL('..', import.meta.url).pathname;
const problems = [];

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'generated') yield* walk(path);
    } else if (path.endsWith('.ts')) yield path;
  }
}

const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const texts = new Map();
let count = 0;
for (const file of walk(join(root, 'src'))) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const where = (node) => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      count += 1;
      const [text, options] = node.arguments;
      const idProp =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === 'id')
          : undefined;
      if (!idProp || !ts.isStringLiteral(idProp.initializer)) {
        problems.push(`${where(node)}: msg() without a literal {id: '...'}`);
      } else {
        const id = idProp.initializer.text;
        if (!ID_PATTERN.test(id)) problems.push(`${where(node)}: id "${id}" is not lower-case dotted words`);
        const body = text ? text.getText(source) : '';
        const seen = texts.get(id);
        if (seen && seen.body !== body) problems.push(`${where(node)}: id "${id}" already used for other text at ${seen.at}`);
        else texts.set(id, {body, at: where(node)});
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

// Every shipped language: a non-empty target for every source, with the same
// placeholders, and never the English itself (short allowlist: product codes).
// Per language, ids whose natural translation really is the English word ("Normal" in German),
// reviewed one by one: locales/same-as-english.json.
const SAME_AS_ENGLISH_ALLOWED = [/^SPF 30\+?$/, /^Botox$/i];
const sameAsEnglish = JSON.parse(readFileSync(join(root, 'locales/same-as-english.json'), 'utf8'));
const sameAllowed = (locale, id, source) =>
  SAME_AS_ENGLISH_ALLOWED.some((r) => r.test(source.trim())) || (sameAsEnglish[locale] ?? []).includes(id);
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const shipped = config.targetLocales.filter((locale) => !PSEUDO_LOCALES.includes(locale));
const placeholders = (text) =>
  [...text.matchAll(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g)].map((m) => `${m[1]}=${m[2]}`).sort().join(' ');
let units = 0;
for (const locale of shipped) {
  let xml = '';
  try {
    xml = readFileSync(join(root, config.interchange.xliffDir, `${locale}.xlf`), 'utf8');
  } catch {
    problems.push(`locales/${locale}.xlf is missing`);
    continue;
  }
  const ids = new Set();
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    ids.add(id);
    units += 1;
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    if (!texts.has(id)) problems.push(`${locale}: ${id} is no longer in the source (run npm run localize:extract)`);
    if (target == null || !target.trim()) problems.push(`${locale}: ${id} has no translation`);
    else if (target.trim() === source.trim() && /\p{L}/u.test(source.replace(/<x [^>]*\/>/g, '')) && !sameAllowed(locale, id, source))
      problems.push(`${locale}: ${id} is the English text`);
    else if (placeholders(source) !== placeholders(target))
      problems.push(`${locale}: ${id} placeholders differ (${placeholders(source)} / ${placeholders(target)})`);
  }
  for (const id of texts.keys()) if (!ids.has(id)) problems.push(`${locale}: ${id} is not in locales/${locale}.xlf (run npm run localize:extract)`);
}

// Pseudo-locales from the English, then lit-localize build into src/generated/.
for (const line of await localize({quiet: true})) problems.push(`lit-localize: ${line.trim()}`);

if (problems.length) {
  console.error(`Localization check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Localization check: ${count} msg() calls, ${texts.size} ids with stable ids; ${shipped.length} languages, ${units} translations complete; lit-localize build clean.`
);
