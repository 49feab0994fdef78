/**
 * Plural forms chosen by `Intl.PluralRules`, as CLDR defines them. A plural
 * message gives one text per category (ids ending `.zero`, `.one`, `.two`, `.few`,
 * `.many`, `.other`); English fills two of them, Polish four and Arabic all six.
 * For a range ("3 to 4 months") pass the larger number: CLDR's range rules take
 * the form of the end value in every shipped language.
 */
export type PluralTexts = Record<Intl.LDMLPluralRule, string>;

let pluralLocale = 'en';

/** The language plural categories are chosen in; set with the language a guide renders in. */
export function setPluralLocale(locale: string): void {
  pluralLocale = locale;
}

export function plural(count: number, texts: PluralTexts): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(pluralLocale).select(count);
  } catch {
    // An unknown language keeps "other", which every message has.
  }
  return texts[category];
}
