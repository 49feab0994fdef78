/**
 * Byte budgets for the CDN file a shop's page downloads. Exact numbers: raising one
 * is a decision to write in the commit message, not a side effect. (Timings are
 * not tested; `npm run bench` prints them.) Measured at 44,700 B brotli and
 * 52,486 B gzip when set; raised when the accessibility fixes of issue 13 (real
 * headings at a configurable level, tone words, focus keeping, the shown locale)
 * measured 46,333 B brotli, 54,493 B gzip, 191,697 B raw. The budgets leave about
 * 3% for fixes.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import {paths} from './support/embed-context.mjs';

const BUDGET = {brotli: 47_700, gzip: 56_100, raw: 197_500};
/**
 * The classic-script build (dist/microneedle-guide.classic.js, an IIFE) has its own budget:
 * measured at 42,762 B brotli, 49,695 B gzip and 158,989 B raw when set, with about 3% left.
 */
const CLASSIC_BUDGET = {brotli: 44_000, gzip: 51_200, raw: 164_000};

async function assertWithin(file, budget) {
  const bytes = await readFile(file);
  const brotli = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  const gzip = gzipSync(bytes, {level: 9}).length;
  assert.ok(brotli <= budget.brotli, `brotli ${brotli} B > budget ${budget.brotli} B`);
  assert.ok(gzip <= budget.gzip, `gzip ${gzip} B > budget ${budget.gzip} B`);
  assert.ok(bytes.length <= budget.raw, `raw ${bytes.length} B > budget ${budget.raw} B`);
}

test(`the CDN file stays within ${BUDGET.brotli} B brotli, ${BUDGET.gzip} B gzip, ${BUDGET.raw} B raw`, () =>
  assertWithin(paths.cdn, BUDGET));

test(`the classic-script file stays within ${CLASSIC_BUDGET.brotli} B brotli, ${CLASSIC_BUDGET.gzip} B gzip, ${CLASSIC_BUDGET.raw} B raw`, () =>
  assertWithin(paths.classic, CLASSIC_BUDGET));
