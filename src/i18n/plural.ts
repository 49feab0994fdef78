/**
 * Plural forms chosen by `Intl.PluralRules`, as CLDR defines them. A plural
 * message gives one text per category (ids ending `.zero`, `.one`, `.two`, `.few`,
 * `.many`, `.other`); English fills two of them, Polish four and Arabic all six.
 * For a range ("3 to 4 months") pass the larger number: CLDR's range rules take
 * the form of the end value in every shipped language.
 */
import {activeLocale} from './active-locale.js';

export type PluralTexts = Record<Intl.LDMLPluralRule, string>;

/** The text for `count` in the language rendering now (see active-locale.ts). */
export function plural(count: number, texts: PluralTexts): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(activeLocale()).select(count);
  } catch {
    // A language Intl does not know keeps "other", which every message has.
  }
  return texts[category];
}
