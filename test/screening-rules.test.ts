import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {type ScreeningVerdict} from '../src/index.js';
import {evaluateScreening, SCREENING_CONDITIONS, SCREENING_VERDICTS} from '../src/rules/index.js';
import {SCREENING_PAGES} from '../src/features/screening/questions.js';

/** guidance-facts.md section 3, typed out independently of the source so a changed verdict fails here. */
const FACTS_TABLE: readonly [string, ScreeningVerdict][] = [
  ['inflamed-skin', 'wait'],
  ['skin-infection', 'wait'],
  ['broken-skin', 'wait'],
  ['recent-procedure', 'wait'],
  ['active-retinoid', 'wait'],
  ['very-sensitive-skin', 'not-suitable'],
  ['eczema', 'not-suitable'],
  ['rosacea', 'not-suitable'],
  ['psoriasis', 'ask-doctor'],
  ['blood-thinners', 'not-suitable'],
  ['bleeding-disorder', 'not-suitable'],
  ['regular-alcohol', 'not-suitable'],
  ['isotretinoin-current', 'not-suitable'],
  ['isotretinoin-recent', 'ask-doctor'],
  ['keloid', 'not-suitable'],
  ['skin-cancer', 'not-suitable'],
  ['pregnant', 'not-suitable'],
  ['metal-allergy', 'not-suitable'],
  ['immunosuppressed', 'not-suitable'],
  ['diabetes', 'ask-doctor'],
  ['autoimmune', 'ask-doctor'],
  ['cold-sore-history', 'ask-doctor'],
  ['under-18', 'not-suitable'],
];
const IDS = FACTS_TABLE.map(([id]) => id);
const SEVERITY: Record<ScreeningVerdict, number> = {'not-suitable': 3, 'ask-doctor': 2, wait: 1, suitable: 0};
const verdictOf = (id: string) => FACTS_TABLE.find(([c]) => c === id)![1];

describe('screening rules', () => {
  it('exports exactly the 23 conditions of the facts sheet, in its order, frozen', () => {
    expect(SCREENING_CONDITIONS.map((c) => [c.id, c.verdict])).to.deep.equal(FACTS_TABLE);
    expect(Object.isFrozen(SCREENING_CONDITIONS)).to.equal(true);
    expect(SCREENING_CONDITIONS.every((c) => Object.isFrozen(c))).to.equal(true);
    expect(() => (SCREENING_CONDITIONS as unknown as {id: string}[]).push({id: 'x'})).to.throw(TypeError);
    expect(SCREENING_VERDICTS).to.deep.equal(['not-suitable', 'ask-doctor', 'wait', 'suitable']);
  });

  for (const [id, verdict] of FACTS_TABLE) {
    it(`${id} alone gives ${verdict}`, () => {
      expect(evaluateScreening([id])).to.deep.equal({verdict, reasons: [id]});
      expect(evaluateScreening({[id]: true})).to.deep.equal({verdict, reasons: [id]});
    });
  }

  it('is suitable with no conditions, in every input shape', () => {
    const suitable = {verdict: 'suitable', reasons: []};
    expect(evaluateScreening([])).to.deep.equal(suitable);
    expect(evaluateScreening(new Set())).to.deep.equal(suitable);
    expect(evaluateScreening({})).to.deep.equal(suitable);
    expect(evaluateScreening({eczema: false, 'under-18': false})).to.deep.equal(suitable);
  });

  it('takes the most severe verdict and lists reasons most severe first', () => {
    expect(evaluateScreening(['inflamed-skin', 'psoriasis'])).to.deep.equal({
      verdict: 'ask-doctor',
      reasons: ['psoriasis', 'inflamed-skin'],
    });
    expect(evaluateScreening(['active-retinoid', 'pregnant'])).to.deep.equal({
      verdict: 'not-suitable',
      reasons: ['pregnant', 'active-retinoid'],
    });
    expect(evaluateScreening(['cold-sore-history', 'under-18', 'broken-skin'])).to.deep.equal({
      verdict: 'not-suitable',
      reasons: ['under-18', 'cold-sore-history', 'broken-skin'],
    });
    // Several wait conditions stay "wait": none of them escalates another.
    expect(evaluateScreening(['recent-procedure', 'inflamed-skin', 'skin-infection']).verdict).to.equal('wait');
    // Ties keep the facts sheet's order whatever order they were given in.
    expect(evaluateScreening(['diabetes', 'isotretinoin-recent', 'psoriasis']).reasons).to.deep.equal([
      'psoriasis',
      'isotretinoin-recent',
      'diabetes',
    ]);
  });

  it('with every condition, is not-suitable and lists all 23 reasons by severity', () => {
    const result = evaluateScreening([...IDS].reverse());
    expect(result.verdict).to.equal('not-suitable');
    expect(result.reasons).to.have.length(23);
    const ranks = result.reasons.map((id) => SEVERITY[verdictOf(id)]);
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => b - a));
  });

  it('counts a repeated id once', () => {
    expect(evaluateScreening(['eczema', 'eczema', 'eczema'])).to.deep.equal({verdict: 'not-suitable', reasons: ['eczema']});
  });

  it('throws a TypeError naming an unknown id, in a list or as a key', () => {
    expect(() => evaluateScreening(['eczema', 'acne'])).to.throw(TypeError, '"acne"');
    expect(() => evaluateScreening({sunburnt: true})).to.throw(TypeError, '"sunburnt"');
    expect(() => evaluateScreening({sunburnt: false})).to.throw(TypeError, '"sunburnt"');
    expect(() => evaluateScreening(['none'])).to.throw(TypeError, '"none"');
    expect(() => evaluateScreening(['Eczema'])).to.throw(TypeError, '"Eczema"');
    expect(() => evaluateScreening([42 as unknown as string])).to.throw(TypeError, '42');
  });

  it('throws a TypeError for answers of the wrong shape', () => {
    expect(() => evaluateScreening('eczema' as unknown as string[])).to.throw(TypeError, 'string');
    expect(() => evaluateScreening(null as unknown as string[])).to.throw(TypeError);
    expect(() => evaluateScreening(undefined as unknown as string[])).to.throw(TypeError);
    expect(() => evaluateScreening(7 as unknown as string[])).to.throw(TypeError);
    expect(() => evaluateScreening({eczema: 'yes'} as unknown as Record<string, boolean>)).to.throw(TypeError, '"eczema"');
  });

  it('returns a frozen result that callers cannot change', () => {
    const result = evaluateScreening(['eczema']);
    expect(Object.isFrozen(result)).to.equal(true);
    expect(Object.isFrozen(result.reasons)).to.equal(true);
  });

  it('asks about every condition exactly once across the question pages', () => {
    const asked = SCREENING_PAGES.flatMap((p) => [...p.conditions]);
    expect([...asked].sort()).to.deep.equal([...IDS].sort());
    expect(SCREENING_PAGES.map((p) => p.id)).to.deep.equal(['skin', 'health', 'medicines', 'about']);
  });

  describe('properties', () => {
    const subset = fc.subarray(IDS);
    const condition = fc.constantFrom(...IDS);

    it('adding a condition never lowers the severity', () => {
      fc.assert(
        fc.property(subset, condition, (answers, extra) => {
          const before = SEVERITY[evaluateScreening(answers).verdict];
          const after = SEVERITY[evaluateScreening([...answers, extra]).verdict];
          return after >= before && after >= SEVERITY[verdictOf(extra)];
        })
      );
    });

    it('the order and repetition of answers never matter, and both input shapes agree', () => {
      fc.assert(
        fc.property(fc.shuffledSubarray(IDS), fc.integer({min: 0, max: 3}), (answers, repeat) => {
          const expected = evaluateScreening([...answers].sort());
          const shuffled = evaluateScreening([...answers, ...answers.slice(0, repeat)].reverse());
          const flags = evaluateScreening(Object.fromEntries(IDS.map((id) => [id, answers.includes(id)])));
          expect(shuffled).to.deep.equal(expected);
          expect(flags).to.deep.equal(expected);
        })
      );
    });

    it('the verdict is the most severe of the reasons, and the reasons are exactly the answers', () => {
      fc.assert(
        fc.property(subset, (answers) => {
          const {verdict, reasons} = evaluateScreening(answers);
          expect([...reasons].sort()).to.deep.equal([...answers].sort());
          const worst = Math.max(0, ...answers.map((id) => SEVERITY[verdictOf(id)]));
          expect(SEVERITY[verdict]).to.equal(worst);
        })
      );
    });

    it('any other string is rejected with a TypeError that names it', () => {
      fc.assert(
        fc.property(
          fc.string().filter((s) => !IDS.includes(s)),
          subset,
          (unknown, answers) => {
            expect(() => evaluateScreening([...answers, unknown])).to.throw(TypeError, JSON.stringify(unknown));
          }
        )
      );
    });
  });
});
