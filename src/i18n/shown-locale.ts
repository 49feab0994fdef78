/**
 * Which locale the guide's text is shown in. One answer, used for the `lang` on
 * the rendered content and by every `Intl` formatter (dates, numbers), so a
 * sentence and the date or number inside it are always in the same language.
 * No Lit here.
 */

/** The locale the texts are written in. */
export const SOURCE_LOCALE = 'en';

/**
 * The languages whose text ships. Only English so far; the languages work adds
 * translations here (and negotiates among them), and everything else follows.
 */
export const SHIPPED_LANGUAGES: readonly string[] = [SOURCE_LOCALE];

/**
 * The language the page asks for: the retailer's setting (`lang` attribute or
 * `config.lang`), else the nearest `[lang]` ancestor, else the document's.
 */
export function requestedLanguage(host: Element, setting?: string): string | undefined {
  if (setting) return setting;
  const fromAncestor = host.closest('[lang]')?.getAttribute('lang');
  if (fromAncestor) return fromAncestor;
  return host.ownerDocument?.documentElement.lang || undefined;
}

/**
 * The locale the text is shown in: the requested tag when its language ships
 * (`en-GB` stays `en-GB`, so dates follow the region), otherwise the source
 * locale. German asked, English shown: `en`, never `de`, since the words are English.
 */
export function shownLocale(requested: string | null | undefined): string {
  const tag = canonicalLocale(requested);
  if (tag && SHIPPED_LANGUAGES.includes(tag.split('-')[0].toLowerCase())) return tag;
  return SOURCE_LOCALE;
}

/** A well-formed BCP 47 tag in canonical case, or `undefined`. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}
