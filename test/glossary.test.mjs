/**
 * One term per concept per language: wherever an English source string names a
 * concept of locales/glossary/concepts.json, its translation in every shipped
 * language uses that language's term (one of the glossary's `match` stems, so
 * inflected forms count). Run by `npm test` (node:test) with the language checks.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const concepts = JSON.parse(read('locales/glossary/concepts.json')).concepts;
const config = JSON.parse(read('lit-localize.json'));
const shipped = config.targetLocales.filter((locale) => !/-X[AB]$/.test(locale));

/** [id, source, target] of every trans-unit, placeholders replaced by a space. */
export function units(xml) {
  const strip = (text) => (text ?? '').replace(/<x [^>]*\/>/g, ' ');
  return [...xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => [
    id,
    strip(body.match(/<source>([\s\S]*?)<\/source>/)?.[1]),
    strip(body.match(/<target>([\s\S]*?)<\/target>/)?.[1]),
  ]);
}

const patterns = Object.entries(concepts).map(([key, concept]) => [key, concept.en.map((re) => new RegExp(`\\b(?:${re})\\b`, 'i'))]);

test('ten languages ship, each with a glossary', () => {
  assert.deepEqual(shipped, ['es', 'fr', 'de', 'it', 'pt-BR', 'nl', 'pl', 'ja', 'zh-Hans', 'ar']);
});

for (const locale of shipped) {
  const glossary = JSON.parse(read(`locales/glossary/${locale}.json`));

  test(`${locale}: the glossary gives one term and its match stems for every concept`, () => {
    const incomplete = Object.keys(concepts).filter((key) => !glossary.terms[key]?.term || !glossary.terms[key]?.match?.length);
    assert.deepEqual(incomplete, []);
  });

  test(`${locale}: every translation uses the glossary term for each concept its English names`, () => {
    const misses = [];
    let checked = 0;
    for (const [id, source, target] of units(read(`locales/${locale}.xlf`))) {
      const lowered = target.toLowerCase();
      for (const [key, res] of patterns) {
        if (!res.some((re) => re.test(source))) continue;
        checked += 1;
        const {term, match} = glossary.terms[key];
        if (!match.some((stem) => lowered.includes(stem.toLowerCase()))) misses.push(`${id}: "${key}" should be ${term}`);
      }
    }
    assert.ok(checked > 200, `only ${checked} concept uses found: is the XLIFF read?`);
    assert.deepEqual(misses, []);
  });
}
