#!/usr/bin/env node
/**
 * `npm run readability`: the Flesch-Kincaid grade of each part of the guide's
 * English text, from the msg() strings in src/ (scripts/shopper-text.mjs, which
 * says what counts). Target: grade 8 or lower for every section; with --check it
 * exits 1 when a section is over. The plain-language test holds the same target.
 */
import {gradeTable} from './shopper-text.mjs';

const TARGET = 8;
const rows = gradeTable();
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
