/**
 * Every English shopper string, read from the source: the literal text of each
 * `msg()` call in src/ (generated code excluded), with its id, file and line.
 * Placeholders (`str\`...${x}...\``) become a typical value, so sentences read
 * and count as the shopper sees them. Used by the plain-language test and by
 * `npm run readability`; no browser, no build.
 */
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;

/** What a placeholder usually holds, by the name of the expression; anything else reads as a number. */
const SAMPLES = {
  length: '0.4 mm',
  needleDepth: '0.4',
  name: 'Lumen Glow',
  until: 'Thursday 14:00',
  sunscreenUntil: 'Monday 28 April, 14:00',
  when: 'Monday 14 April 2025, 14:00',
  session: 'Monday 14 April 2025, 14:00',
  date: 'Thursday 17 April',
  label: 'Fine lines',
  heading: 'Wait first',
};

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'generated') yield* walk(path);
    } else if (path.endsWith('.ts')) yield path;
  }
}

function sample(expression, source) {
  const text = expression.getText(source);
  const last = text.split('.').pop().replace(/\W/g, '');
  return SAMPLES[last] ?? SAMPLES[text] ?? '3';
}

function literalText(node, source) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  const template = ts.isTaggedTemplateExpression(node) ? node.template : ts.isTemplateExpression(node) ? node : undefined;
  if (!template) return undefined;
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return (
    template.head.text + template.templateSpans.map((span) => sample(span.expression, source) + span.literal.text).join('')
  );
}

/** @returns {{id: string, text: string, at: string}[]} in source order, one entry per id. */
export function shopperStrings(srcDir = join(root, 'src')) {
  const seen = new Map();
  for (const file of walk(srcDir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
        const [first, options] = node.arguments;
        const idProp =
          options && ts.isObjectLiteralExpression(options)
            ? options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === 'id')
            : undefined;
        const text = first && literalText(first, source);
        const id = idProp && ts.isStringLiteral(idProp.initializer) ? idProp.initializer.text : undefined;
        const at = `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (text === undefined || id === undefined) throw new Error(`${at}: msg() needs literal text and a literal id`);
        if (!seen.has(id)) seen.set(id, {id, text, at});
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...seen.values()];
}

/** The section (or part of the guide) a string belongs to, from its id's first word. */
export function partOf(id) {
  const head = id.split('.')[0];
  return {compare: 'home-vs-clinic', device: 'device notice', section: 'guide', guide: 'guide'}[head] ?? head;
}

const segmenter = new Intl.Segmenter('en', {granularity: 'sentence'});
const wordSegmenter = new Intl.Segmenter('en', {granularity: 'word'});

/** The sentences of a text, trimmed, empty ones dropped. */
export function sentences(text) {
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

/** The words of a text ("0.25", "don't" and "long-lasting" each count once... hyphenated parts count apart). */
export function words(text) {
  return [...wordSegmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Syllables in an English word, by the usual vowel-group heuristic; a number reads as its digits. */
export function syllables(word) {
  const w = word.toLowerCase();
  if (/^[\d.,:]+$/.test(w)) return Math.max(1, w.replace(/\D/g, '').length);
  const letters = w.replace(/[^a-z]/g, '');
  if (!letters) return 1;
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Flesch-Kincaid grade level of a set of sentences. */
export function fleschKincaid(allSentences) {
  const allWords = allSentences.flatMap(words);
  if (!allWords.length) return {grade: 0, sentences: 0, words: 0};
  const syl = allWords.reduce((sum, w) => sum + syllables(w), 0);
  const grade = 0.39 * (allWords.length / allSentences.length) + 11.8 * (syl / allWords.length) - 15.59;
  return {grade, sentences: allSentences.length, words: allWords.length};
}

/**
 * The reading grade of each part of the guide. Only prose counts: strings that end
 * a sentence (. ! ?); headings, labels and list fragments are left out, since they
 * would flatter the grade.
 */
export function gradeTable(strings = shopperStrings()) {
  const parts = new Map();
  for (const {id, text} of strings) {
    if (!/[.!?]["”)]?$/.test(text.trim())) continue;
    const part = partOf(id);
    if (!parts.has(part)) parts.set(part, []);
    parts.get(part).push(...sentences(text));
  }
  return [...parts].map(([part, list]) => ({part, ...fleschKincaid(list)}));
}
