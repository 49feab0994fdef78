import {expect} from '@open-wc/testing';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import '../src/i18n/pseudo-locales.js';
import {contentsButtons, mountGuide, shadow} from './support/helpers.js';
import {box, forward, openScreening} from './support/screening.js';
import {SCREENING_CONDITIONS, SCREENING_VERDICTS} from '../src/rules/conditions.js';
import {SCREENING_PAGES} from '../src/features/screening/questions.js';
import '../src/index.js';

/**
 * The pseudo-locale en-XA accents every letter of every translated text. An
 * unaccented English word left on screen, in an accessible name or a tooltip
 * was written into the code instead of going through msg(): this walks every
 * section and the screening and lists such words.
 */

// Words that come from Intl in the en-XA locale (English names), not from our text.
const INTL_WORDS = new Set<string>();
for (let day = 0; day < 365; day += 5) {
  const date = new Date(Date.UTC(2025, 0, 1 + day));
  for (const options of [{month: 'long'}, {month: 'short'}, {weekday: 'long'}, {weekday: 'short'}] as const)
    INTL_WORDS.add(new Intl.DateTimeFormat('en', {...options, timeZone: 'UTC'}).format(date));
}

function englishLeftIn(root: ShadowRoot): string[] {
  const found: string[] = [];
  const check = (text: string | null, where: string) => {
    for (const word of text?.match(/\b[A-Za-z]{3,}\b/g) ?? []) if (!INTL_WORDS.has(word)) found.push(`${word} (${where})`);
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) check(node.getAttribute(name), `${node.localName}[${name}]`);
    } else if (!node.parentElement?.closest('style, svg, script')) {
      check(node.textContent, node.parentElement?.localName ?? '#text');
    }
  }
  return found;
}

describe('no hard-coded text (pseudo-locale en-XA)', () => {
  let el: MicroneedleGuide;
  beforeEach(async () => {
    ({el} = await mountGuide('<microneedle-guide lang="en-XA" needle-depth="0.25" clinic-url="https://example.com/clinics"></microneedle-guide>', 'en-GB'));
  });

  it('shows accented text in every section', async () => {
    const left: string[] = [];
    for (const button of contentsButtons(el)) {
      button.click();
      await el.updateComplete;
      left.push(...englishLeftIn(shadow(el)).map((word) => `${button.dataset.section}: ${word}`));
    }
    expect(contentsButtons(el).length).to.be.greaterThan(8);
    expect(left).to.deep.equal([]);
  });

  for (const verdict of SCREENING_VERDICTS) {
    it(`shows accented text on every screening page and the "${verdict}" result`, async () => {
      const condition = SCREENING_CONDITIONS.find((c) => c.verdict === verdict)?.id;
      await openScreening(el);
      const left: string[] = [...englishLeftIn(shadow(el))];
      const step = async (target: HTMLElement) => {
        target.click();
        await el.updateComplete;
        left.push(...englishLeftIn(shadow(el)));
      };
      await step(forward(el)); // Start
      for (const page of SCREENING_PAGES) {
        const tick = condition && (page.conditions as readonly string[]).includes(condition) ? condition : 'none';
        await step(box(el, tick));
        await step(forward(el));
      }
      await step(forward(el)); // Check your answers → the result
      const card = shadow(el).querySelector('[part~="screening-result"]');
      expect(card?.getAttribute('data-verdict')).to.equal(verdict);
      expect(left).to.deep.equal([]);
    });
  }
});
