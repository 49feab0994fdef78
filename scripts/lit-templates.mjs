/**
 * Every Lit `html` and `svg` tagged template in src/, found statically with the TypeScript
 * compiler API, as the template strings arrays Lit receives (the static parts, cooked and
 * raw). test/csp-template-parser.test.ts feeds each one through Lit's own template
 * preparation and compares the strict build's template builder (src/csp/parse-template.ts)
 * with the browser's parser, so no template can escape the comparison. The web test runner
 * serves the list at `/__lit-templates.json` (web-test-runner.config.mjs).
 *
 * A tag counts when it is `html`, `svg` or `mathml` imported from `lit` or `lit-html` (under
 * any local name). Anything else that looks like one fails loudly: a tag named like one but
 * not imported from Lit, a member tag such as `lit.html`, or a source text whose count of
 * such tags (outside comments) differs from what the AST found.
 */
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

const LIT_MODULES = /^(?:lit|lit-html)(?:\/(?:index|lit-html|html)\.js)?$/;
const TAGS = new Set(['html', 'svg', 'mathml']);

async function sourceFiles(dir) {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true});
  return entries
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** The templates in one file's text: `[{line, type, strings, raw}]`. */
export function templatesInSource(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const tags = new Map(); // local name -> html | svg | mathml
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !LIT_MODULES.test(statement.moduleSpecifier.text)) continue;
    for (const element of statement.importClause?.namedBindings?.elements ?? []) {
      const imported = (element.propertyName ?? element.name).text;
      if (TAGS.has(imported)) tags.set(element.name.text, imported);
    }
  }
  const found = [];
  const problems = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = node.tag.getText(source);
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const type = tags.get(tag);
      if (type) {
        const t = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
        found.push({line, type, strings: parts.map((p) => p.text), raw: parts.map((p) => p.rawText ?? p.text)});
      } else if (TAGS.has(tag.split('.').pop())) {
        problems.push(`${fileName}:${line}: tag \`${tag}\` is not Lit's ${tag.split('.').pop()} imported from lit`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // A cross-check on the text: every "html`", "svg`" (or local alias) outside comments is a template we found.
  const names = [...new Set([...TAGS, ...tags.keys()])].join('|');
  const printed = ts.createPrinter({removeComments: true}).printFile(source);
  const textCount = (printed.match(new RegExp(`(?<![\\w$.])(?:${names})\\s*\``, 'g')) ?? []).length;
  if (textCount !== found.length + problems.length) {
    problems.push(`${fileName}: the text has ${textCount} html/svg tags, the AST ${found.length}`);
  }
  if (problems.length) throw new Error(`lit-templates: ${problems.join('\n')}`);
  return found;
}

/** Every template under `srcDir`: `[{file, line, type, strings, raw}]`, `file` relative to `root`. */
export async function extractLitTemplates(srcDir, root = path.dirname(srcDir)) {
  const all = [];
  for (const file of await sourceFiles(srcDir)) {
    const text = await readFile(file, 'utf8');
    const relative = path.relative(root, file).split(path.sep).join('/');
    for (const template of templatesInSource(relative, text)) all.push({file: relative, ...template});
  }
  return all;
}
