/**
 * Plain language, checked on every English shopper string (every msg() literal
 * in src/, read by scripts/shopper-text.mjs): no sentence over 25 words, and none
 * of the phrases a cosmetic device must never use. Run by `npm test` (node:test).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fleschKincaid, gradeTable, sentences, shopperStrings, syllables, words} from '../scripts/shopper-text.mjs';

const MAX_WORDS = 25;
const BANNED = ['chemical-free', 'FDA approved', 'FDA-approved', 'cure', 'cures', 'cured', 'treatment plan', 'clinic results at home'];

const strings = shopperStrings();

/** Whole-word, case-insensitive matches of the banned phrases in a text. */
export function bannedIn(text) {
  return BANNED.filter((phrase) => new RegExp(`(?<![\\w-])${phrase.replace(/[-\s]/g, '[-\\s]')}(?![\\w-])`, 'i').test(text));
}

/** "Needle" is not a verb in shopper text: "needled skin", "never needle", "needling" on its own, "you microneedle". */
const NEEDLE_AS_VERB = /\bneedled\b|\b(?:never|to|you|not|should|then) (?:micro)?needle\b|\bneedling\b/i;

function longSentences(text) {
  return sentences(text)
    .map((sentence) => ({sentence, count: words(sentence).length}))
    .filter(({count}) => count > MAX_WORDS);
}

test('the source has shopper strings to check (the reader finds msg() calls)', () => {
  assert.ok(strings.length > 300, `only ${strings.length} strings found`);
  const ids = strings.map((s) => s.id);
  for (const id of ['guide.disclaimer', 'overview.intro.clinic', 'screening.verdict.suitable.next.nothing', 'aftercare.sunscreen.mineral']) {
    assert.ok(ids.includes(id), `${id} not found`);
  }
});

test(`no sentence a shopper reads is longer than ${MAX_WORDS} words`, () => {
  const problems = strings.flatMap(({id, text, at}) =>
    longSentences(text).map(({sentence, count}) => `${at} ${id} (${count} words): ${sentence}`)
  );
  assert.deepEqual(problems, []);
});

test('no shopper string uses a banned phrase', () => {
  const problems = strings.flatMap(({id, text, at}) => bannedIn(text).map((phrase) => `${at} ${id}: "${phrase}" in ${text}`));
  assert.deepEqual(problems, []);
});

test('every section reads at Flesch-Kincaid grade 8 or lower', () => {
  const rows = gradeTable(strings);
  assert.ok(rows.length >= 12, `only ${rows.length} sections graded`);
  assert.deepEqual(rows.filter((r) => r.grade > 8).map((r) => `${r.part}: grade ${r.grade.toFixed(1)}`), []);
});

test('the grade counts syllables and sentences the usual way', () => {
  assert.deepEqual(['skin', 'needle', 'collagen', 'microneedling', 'the'].map(syllables), [1, 2, 3, 4, 1]);
  // A long, many-syllabled sentence reads harder than two short plain ones.
  const hard = fleschKincaid(['Microneedling stimulates considerable collagen regeneration, particularly after professional application.']);
  const easy = fleschKincaid(['It pricks the skin.', 'The skin heals.']);
  assert.ok(hard.grade > 12 && easy.grade < 3, `${hard.grade} / ${easy.grade}`);
});

test('"needle" is never a verb', () => {
  const problems = strings.filter(({text}) => NEEDLE_AS_VERB.test(text)).map(({id, text, at}) => `${at} ${id}: ${text}`);
  assert.deepEqual(problems, []);
});

test('the checks catch what they are meant to catch', () => {
  for (const text of ['freshly needled skin', 'Never needle skin that hurts.', 'Wait before you microneedle', 'Shared needling equipment']) {
    assert.ok(NEEDLE_AS_VERB.test(text), text);
  }
  for (const text of ['Microneedling pricks the skin.', 'the needle head', 'Needles up to 0.3 mm']) {
    assert.ok(!NEEDLE_AS_VERB.test(text), text);
  }
  assert.deepEqual(bannedIn('A chemical-free sunscreen.'), ['chemical-free']);
  assert.deepEqual(bannedIn('Your Treatment Plan'), ['treatment plan']);
  assert.deepEqual(bannedIn('It cures acne.'), ['cures']);
  assert.deepEqual(bannedIn('Keep it secure; a curette is not used.'), []);
  assert.equal(longSentences(`${'word '.repeat(26).trim()}. Short one.`).length, 1);
  assert.equal(longSentences(`${'word '.repeat(25).trim()}.`).length, 0);
});
