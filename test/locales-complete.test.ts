import {expect} from '@open-wc/testing';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {SHIPPED_LOCALES} from '../src/i18n/locales.js';
import {SCREENING_CONDITIONS, SCREENING_VERDICTS} from '../src/rules/conditions.js';
import {mountGuide, shadow} from './support/helpers.js';
import {screen} from './support/screening.js';
import '../src/index.js';

/**
 * No English left in any shipped language: an English guide and a translated one with the
 * same settings are driven side by side through every section and to every screening
 * verdict, and no sentence of the English one (any text run of 15 characters or more, or
 * an accessible name) may appear in the translated one. Short words a language shares
 * with English ("Botox", "SPF 30") are below that length; the product name is the shop's.
 */

const ATTRIBUTES = 'needle-depth="0.5" device-name="Lumen Glow" clinic-url="https://example.com/clinics"';

/** Every text run and accessible name a guide shows now, whitespace collapsed. */
function runs(el: MicroneedleGuide): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'alt']) {
        const value = node.getAttribute(name);
        if (value) found.push(value);
      }
    } else if (!node.parentElement?.closest('style, svg')) {
      found.push(node.textContent ?? '');
    }
  }
  return found.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function englishLeft(english: MicroneedleGuide, translated: MicroneedleGuide): string[] {
  const shown = runs(translated).join('\n');
  return runs(english).filter((text) => text.length >= 15 && /[a-z]{3}/i.test(text) && shown.includes(text));
}

async function pair(code: string) {
  const {host} = await mountGuide(
    `<microneedle-guide lang="en" ${ATTRIBUTES}></microneedle-guide><microneedle-guide lang="${code}" ${ATTRIBUTES}></microneedle-guide>`,
    'en-GB'
  );
  const [english, translated] = [...host.querySelectorAll('microneedle-guide')] as MicroneedleGuide[];
  await Promise.all([english.updateComplete, translated.updateComplete]);
  return {english, translated};
}

for (const code of SHIPPED_LOCALES.filter((locale) => locale !== 'en')) {
  describe(`${code}: no English left`, () => {
    it('in any section', async () => {
      const {english, translated} = await pair(code);
      const left: string[] = [];
      for (const id of english.visibleSections) {
        await Promise.all([english.goTo(id), translated.goTo(id)]);
        left.push(...englishLeft(english, translated).map((text) => `${id}: ${text}`));
      }
      expect(english.visibleSections.length).to.equal(11);
      expect(left).to.deep.equal([]);
    });

    it('on any screening verdict', async () => {
      const left: string[] = [];
      for (const verdict of SCREENING_VERDICTS) {
        const {english, translated} = await pair(code);
        const condition = SCREENING_CONDITIONS.find((c) => c.verdict === verdict)?.id;
        const conditions = condition ? [condition] : [];
        const [englishCard, translatedCard] = await Promise.all([screen(english, conditions), screen(translated, conditions)]);
        expect(translatedCard.dataset.verdict).to.equal(verdict);
        expect(englishCard.dataset.verdict).to.equal(verdict);
        left.push(...englishLeft(english, translated).map((text) => `${verdict}: ${text}`));
      }
      expect(left).to.deep.equal([]);
    });
  });
}
