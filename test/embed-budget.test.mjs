/**
 * Byte budgets for the CDN file a shop's page downloads. Exact numbers: raising one
 * is a decision to write in the commit message, not a side effect. (Timings are
 * not tested; `npm run bench` prints them.) Measured at 44,700 B brotli and
 * 52,486 B gzip when set; raised when the accessibility fixes of issue 13 (real
 * headings at a configurable level, tone words, focus keeping, the shown locale)
 * measured 46,333 B brotli, 54,493 B gzip, 191,697 B raw. With the guidance corrections
 * (issue 9: the complete "Who it suits", device-aware results) and the embedding fixes
 * (issue 14: friendlier input, goTo) on top, 48,524 B brotli, 57,212 B gzip, 200,264 B raw;
 * the budgets are those rounded up to the next 500 B. This is the whole guide in one file:
 * the lazy feature chunks of issue 10 bring the first load down to its 24 KB budget.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import {paths} from './support/embed-context.mjs';

const BUDGET = {brotli: 49_000, gzip: 57_500, raw: 200_500};
/**
 * The classic-script build (dist/microneedle-guide.classic.js, an IIFE) has its own budget:
 * measured at 42,762 B brotli, 49,695 B gzip and 158,989 B raw when set; with issues 9, 13 and
 * 14 merged, 45,298 B brotli, 52,905 B gzip, 169,214 B raw, rounded up to the next 500 B here.
 */
const CLASSIC_BUDGET = {brotli: 45_500, gzip: 53_000, raw: 169_500};

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
