#!/usr/bin/env node
/**
 * `npm run readability`: the Flesch-Kincaid grade of each part of the guide's
 * English text, from the msg() strings in src/ (scripts/shopper-text.mjs). Only
 * prose counts: strings that end a sentence (. ! ?); headings, labels and list
 * fragments are left out, since they would flatter the grade. Target: grade 8 or
 * lower for every section. Exits 1 when a section is over the target.
 */
import {fleschKincaid, partOf, sentences, shopperStrings} from './shopper-text.mjs';

const TARGET = 8;
const parts = new Map();
for (const {id, text} of shopperStrings()) {
  if (!/[.!?]["”)]?$/.test(text.trim())) continue;
  const part = partOf(id);
  if (!parts.has(part)) parts.set(part, []);
  parts.get(part).push(...sentences(text));
}

const rows = [...parts].map(([part, list]) => ({part, ...fleschKincaid(list)}));
const width = Math.max(...rows.map((r) => r.part.length), 7);
console.log(`| ${'section'.padEnd(width)} | grade | sentences | words/sentence |`);
console.log(`|${'-'.repeat(width + 2)}|------:|----------:|---------------:|`);
for (const r of rows) {
  console.log(
    `| ${r.part.padEnd(width)} | ${r.grade.toFixed(1).padStart(5)} | ${String(r.sentences).padStart(9)} | ${(r.words / r.sentences).toFixed(1).padStart(14)} |`
  );
}
const over = rows.filter((r) => r.grade > TARGET);
if (over.length) {
  console.log(`\nOver grade ${TARGET}: ${over.map((r) => r.part).join(', ')}`);
  if (process.argv.includes('--check')) process.exitCode = 1;
}
