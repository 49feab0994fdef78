#!/usr/bin/env node
/**
 * Localization gate, run by `npm test` before the type check:
 * 1. every msg() call in src/ has a stable, readable `id` (ids survive rewording;
 *    lit-localize's hash ids would not), and one id never carries two texts;
 * 2. `lit-localize build` regenerates src/generated/ and reports no missing
 *    translation or error (it exits 0 on both, so its output is read here).
 */
import {spawnSync} from 'node:child_process';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import ts from 'typescript';

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

const build = spawnSync('npx', ['lit-localize', 'build'], {cwd: root, encoding: 'utf8'});
const output = `${build.stdout}\n${build.stderr}`;
if (build.status !== 0) problems.push(`lit-localize build exited ${build.status}:\n${output}`);
for (const line of output.split('\n')) {
  if (/missing|error/i.test(line)) problems.push(`lit-localize: ${line.trim()}`);
}

if (problems.length) {
  console.error(`Localization check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Localization check: ${count} msg() calls, ${texts.size} ids, all with stable ids; lit-localize build clean.`);
