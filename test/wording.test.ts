/**
 * The wording fixes of issue 9 (points 5, 7-10, 14 and plain language), as the
 * shopper reads them in each section.
 */
import {expect, html} from '@open-wc/testing';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {renderGuide, shadow, textOf} from './support/helpers.js';
import {$, answerAll, openScreening, pageHeading} from './support/screening.js';

const section = (el: MicroneedleGuide) => textOf(shadow(el).querySelector('section.section'));

async function sectionText(id: string, attrs = '') {
  const el = await renderGuide(html`<microneedle-guide start=${id}></microneedle-guide>`);
  if (attrs) {
    for (const [name, value] of attrs.split(' ').map((a) => a.split('='))) el.setAttribute(name, value);
    await el.updateComplete;
  }
  return section(el);
}

describe('wording: clinic effects say "In a clinic" (point 7)', () => {
  it('overview: collagen and fine lines are what a clinic session does; a home device exfoliates', async () => {
    const text = await sectionText('overview');
    expect(text).to.contain('In a clinic, this repair makes more collagen, a protein in the skin.');
    expect(text).to.contain('It exfoliates: it clears away dead skin cells');
    expect(text).to.contain('That uses PRP, which is made from the person\'s own blood.');
    for (const sentence of text.split(/(?<=\.)\s/)) {
      if (/collagen/i.test(sentence)) expect(sentence).to.match(/^In a clinic/);
    }
  });

  it('home or clinic: the clinic results row says "In a clinic"', async () => {
    expect(await sectionText('home-vs-clinic')).to.contain(
      'In a clinic, acne scars, wrinkles and stretch marks are treated with needles of 1 mm or longer.'
    );
  });

  it('body areas: stretch marks on the body are a clinic use', async () => {
    const text = await sectionText('body-areas');
    expect(text).to.contain('In a clinic, it is also used on the body, mostly on stretch marks:');
    expect(text).not.to.contain('It can be used on the body too');
  });
});

describe('wording: bleeding and numbing (point 5)', () => {
  it('comfort says home depth needs no numbing, and to stop if a home device draws blood', async () => {
    const text = await sectionText('comfort');
    expect(text).to.contain('A home device at home depth (up to 0.3 mm) needs no numbing cream.');
    expect(text).to.contain('If a home device draws blood, stop. The needles are going deeper than home use should. Let the skin heal before you use it again.');
  });

  for (const depth of ['', 'needle-depth=0.25', 'needle-depth=0.4']) {
    it(`how often (${depth || 'depth unknown'}) says the same`, async () => {
      const text = await sectionText('frequency', depth);
      expect(text).to.contain('If a home device draws blood, stop.');
      expect(text).to.contain('Never use it on skin that has not recovered from the last session.');
    });
  }
});

describe('wording: screening labels (points 8-10)', () => {
  it('names atopic dermatitis, long-lasting skin inflammation, Botox or filler, and alcohol on most days', async () => {
    const el = await renderGuide();
    await openScreening(el);
    const labels: Record<string, string> = {};
    const whys: string[] = [];
    // Walk every page, reading labels and hints, answering "none".
    $<HTMLButtonElement>(el, '[part~="screening-next"]')!.click();
    await el.updateComplete;
    for (let page = 0; page < 4; page++) {
      for (const input of shadow(el).querySelectorAll<HTMLInputElement>('.screening input[type="checkbox"]')) {
        labels[input.value] = textOf(input.closest('.checkbox'));
      }
      whys.push(`${pageHeading(el)}: ${textOf($(el, '.screening .hint'))}`);
      $<HTMLInputElement>(el, '.screening input[value="none"]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part~="screening-next"]')!.click();
      await el.updateComplete;
    }
    expect(labels.eczema).to.contain('Eczema (also called atopic dermatitis)');
    expect(labels.eczema).to.contain('Dermatitis means inflamed skin.');
    expect(labels.psoriasis).to.equal('Psoriasis, or another long-lasting skin inflammation');
    expect(labels['recent-procedure']).to.contain('A recent peel, laser, waxing, or Botox or filler injections');
    expect(labels['regular-alcohol']).to.equal('You drink alcohol on most days of the week');
    expect(labels['inflamed-skin']).to.contain('pustules (spots filled with pus) or cysts (deep, painful lumps)');
    expect(labels['very-sensitive-skin']).to.equal('Extremely sensitive skin');
    expect(whys.find((w) => w.startsWith('About you'))).to.contain(
      'Why we ask: home microneedling is not for anyone under 18, pregnant or breastfeeding, or drinking alcohol on most days.'
    );
  });

  it('answerAll still reaches check your answers with the new About-you hint', async () => {
    const el = await renderGuide();
    await openScreening(el);
    await answerAll(el, ['regular-alcohol']);
    expect(pageHeading(el)).to.equal('Check your answers');
    expect(textOf($(el, '.summary'))).to.contain('You drink alcohol on most days of the week');
  });
});

describe('wording: point 14 and plain language', () => {
  it('says "Your plan", "After a course", and explains the needle head', async () => {
    const el = await renderGuide(html`<microneedle-guide start="plan"></microneedle-guide>`);
    expect(textOf(shadow(el).querySelector('.section__heading'))).to.equal('Your plan');
    expect(textOf(shadow(el).querySelector('nav.contents'))).not.to.contain('treatment plan');
    expect(await sectionText('frequency')).to.contain('After a course: a touch-up once a year.');
    expect(await sectionText('home-vs-clinic')).to.contain('the needle head (the part that holds the needles)');
    expect(await sectionText('device-care')).to.contain('Rinse the needle head, the part that holds the needles.');
  });
});
