/**
 * The tag dates and numbers are formatted with. No Lit here.
 */

/** A well-formed BCP 47 tag in canonical case, or `undefined`. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * The locale dates are written in. The language is the shown one (i18n/language.ts),
 * so a sentence and its date agree; the region is the page's when it names one, else the
 * shopper's browser's when it speaks the same language (page `en`, browser `en-GB` →
 * 24-hour `en-GB`).
 */
export function resolveDateLocale(pageLang: string | null | undefined, preferred: readonly string[] = []): string {
  const page = canonicalLocale(pageLang);
  const browser = preferred.map(canonicalLocale).filter((tag): tag is string => tag !== undefined);
  if (!page) return browser[0] ?? 'en';
  const language = page.split('-')[0].toLowerCase();
  if (page.includes('-')) return page;
  return browser.find((tag) => tag.split('-')[0].toLowerCase() === language) ?? page;
}
