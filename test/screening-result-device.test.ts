/**
 * A screening result fits the shop's device (issue 9, point 2): every verdict ×
 * every depth class, as the shopper reads the card. Over 0.5 mm, `suitable` and
 * `wait` send the shopper to a professional and never to home use; over 0.3 mm
 * the home route carries the once-every-4-weeks rule and the extra-care line.
 */
import {expect, html} from '@open-wc/testing';
import {resultAdvice} from '../src/rules/result.js';
import type {ScreeningVerdict} from '../src/rules/conditions.js';
import {renderGuide, textOf} from './support/helpers.js';
import {$, screen} from './support/screening.js';

const HOME_RULE = 'At most 3 times a week, and never on two days in a row.';
const UPPER_RULE = 'At most once every 4 weeks.';
const EXTRA_CARE = 'This is the upper end of home use, so take extra care.';
const LINK_TEXT = 'Find professional treatment or advice';

const CONDITIONS: Record<ScreeningVerdict, string[]> = {
  suitable: [],
  wait: ['broken-skin'],
  'ask-doctor': ['psoriasis'],
  'not-suitable': ['keloid'],
};

type Depth = {label: string; attr?: string};
const DEPTHS: Depth[] = [
  {label: 'depth unknown'},
  {label: '0.25 mm (home)', attr: '0.25'},
  {label: '0.4 mm (upper home)', attr: '0.4'},
  {label: '1.5 mm (professional)', attr: '1.5'},
];

interface Want {
  heading: string;
  route: 'home' | 'professional' | 'doctor';
  rule?: string;
  extraCare: boolean;
  /** Words that must appear in the card. */
  says: string[];
}

/** The expected card, written out from the facts sheet and the issue rather than from the code. */
function want(verdict: ScreeningVerdict, depth: Depth): Want {
  const mm = depth.attr ? Number(depth.attr) : undefined;
  const professional = mm !== undefined && mm > 0.5;
  const upper = mm !== undefined && mm > 0.3 && mm <= 0.5;
  const rule = mm === undefined ? undefined : upper ? UPPER_RULE : professional ? undefined : HOME_RULE;
  switch (verdict) {
    case 'suitable':
      return professional
        ? {
            heading: 'See a professional for this device',
            route: 'professional',
            extraCare: false,
            says: ['Nothing you told us rules out microneedling.', 'belong in a clinic', 'not at home'],
          }
        : {
            heading: 'Home microneedling looks suitable for you',
            route: 'home',
            rule,
            extraCare: upper,
            says: [
              'Nothing you told us rules out a home device.',
              'Check again if anything changes, such as a new medicine, a breakout or a pregnancy.',
              'Keep to the stricter of two limits: this guide’s, and your device’s instructions.',
            ],
          };
    case 'wait':
      return professional
        ? {
            heading: 'Wait before any microneedling',
            route: 'professional',
            extraCare: false,
            says: ['Not now.', 'belong in a clinic', 'Then see a professional.'],
          }
        : {heading: 'Wait before any microneedling', route: 'home', rule, extraCare: upper, says: ['then check again']};
    case 'ask-doctor':
      return {heading: 'Ask a doctor first', route: 'doctor', extraCare: false, says: ['Talk to a doctor or dermatologist']};
    case 'not-suitable':
      return {
        heading: 'Home microneedling is not for you',
        route: 'doctor',
        extraCare: false,
        says: ['Please do not use a home microneedling device.'],
      };
  }
}

describe('screening result × device depth', () => {
  for (const verdict of Object.keys(CONDITIONS) as ScreeningVerdict[]) {
    for (const depth of DEPTHS) {
      it(`${verdict} with ${depth.label}`, async () => {
        const el = await renderGuide(
          depth.attr
            ? html`<microneedle-guide needle-depth=${depth.attr} clinic-url="https://clinic.example/"></microneedle-guide>`
            : html`<microneedle-guide clinic-url="https://clinic.example/"></microneedle-guide>`
        );
        const card = await screen(el, CONDITIONS[verdict]);
        const w = want(verdict, depth);
        const text = textOf(card);
        expect(card.dataset.verdict).to.equal(verdict);
        expect(textOf(card.querySelector('h4'))).to.equal(w.heading);
        expect(card.dataset.route).to.equal(w.route);
        for (const words of w.says) expect(text).to.contain(words);
        // The frequency rule: the one of the device's depth class, and only on the way home.
        const rule = card.querySelector('.result__rule');
        if (w.rule) expect(textOf(rule)).to.equal(`How often with this device: ${w.rule}`);
        else expect(rule).to.equal(null);
        expect(text.includes(EXTRA_CARE)).to.equal(w.extraCare);
        if (w.route === 'professional') {
          // Never home use: no "looks suitable", no home rule, no home aftercare prompt; the clinic link instead.
          expect(text).not.to.contain('looks suitable');
          expect(text).not.to.contain('Read the aftercare');
          expect(text).not.to.contain('times a week');
          const link = card.querySelector<HTMLAnchorElement>('a[part="clinic-link"]')!;
          expect(textOf(link)).to.equal(LINK_TEXT);
          // Not the green of "go": a suitable verdict here wears the colour of professional advice.
          if (verdict === 'suitable') {
            const banner = getComputedStyle(card.querySelector('.result__banner')!).backgroundColor;
            const probe = document.createElement('div');
            probe.style.color = getComputedStyle(el).getPropertyValue('--_ask-doctor').trim();
            document.body.append(probe);
            expect(banner).to.equal(getComputedStyle(probe).color);
            probe.remove();
          }
        }
        if (w.route === 'home') expect(card.querySelector('a[part="clinic-link"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('a professional-depth device without a clinic-url still points to professional advice', async () => {
    const el = await renderGuide(html`<microneedle-guide needle-depth="2"></microneedle-guide>`);
    const card = await screen(el, []);
    expect(card.dataset.route).to.equal('professional');
    expect(textOf(card)).to.contain('A dermatologist or a clinic can advise you on treatment.');
  });
});

describe('reasons that pass with time (issue 9, point 11)', () => {
  for (const [id, reason] of [
    ['pregnant', 'Not while you are pregnant or breastfeeding.'],
    ['under-18', 'Not while you are younger than 18.'],
    ['isotretinoin-current', 'Not while you take isotretinoin.'],
  ] as const) {
    it(`${id} alone says "not while", not "not for you"`, async () => {
      const el = await renderGuide();
      const card = await screen(el, [id]);
      expect(card.dataset.verdict).to.equal('not-suitable');
      expect(textOf(card.querySelector('h4'))).to.equal('No home microneedling for now');
      expect(textOf($(el, `.reasons li[data-condition="${id}"]`))).to.contain(reason);
      expect(textOf(card)).to.contain('Please do not use a home microneedling device while this applies.');
      expect(textOf(card)).not.to.contain('not for you');
    });
  }

  it('a lasting reason beside a passing one keeps "not for you"', async () => {
    const el = await renderGuide();
    const card = await screen(el, ['pregnant', 'keloid']);
    expect(textOf(card.querySelector('h4'))).to.equal('Home microneedling is not for you');
  });

  it('resultAdvice is pure and agrees with the table', () => {
    expect(resultAdvice('suitable', 'professional').route).to.equal('professional');
    expect(resultAdvice('wait', 'professional').route).to.equal('professional');
    expect(resultAdvice('suitable', 'upper-home')).to.deep.include({route: 'home', extraCare: true});
    expect(resultAdvice('suitable', 'upper-home').frequency).to.deep.include({kind: 'spaced', everyWeeks: 4});
    expect(resultAdvice('suitable', 'home').frequency).to.deep.include({kind: 'weekly', maxPerWeek: 3});
    expect(resultAdvice('suitable', undefined).frequency).to.equal(undefined);
    expect(resultAdvice('not-suitable', 'home', ['pregnant']).passing).to.equal(true);
    expect(resultAdvice('not-suitable', 'home', ['pregnant', 'eczema']).passing).to.equal(false);
    expect(resultAdvice('not-suitable', 'home', ['pregnant', 'psoriasis']).passing).to.equal(true);
  });
});
