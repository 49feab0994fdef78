/**
 * Language negotiation: which of the guide's languages serves a requested BCP 47
 * tag. Pure (no DOM, no Lit, no msg), so it runs and is tested anywhere.
 *
 * Matching compares language and script after likely-subtag expansion
 * (`Intl.Locale#maximize`), so a region never splits a written language:
 * `es-MX` gets `es`; `pt` and `pt-PT` get `pt-BR` (the one Portuguese shipped);
 * `zh`, `zh-CN` and `zh-SG` expand to Simplified script and get `zh-Hans`, while
 * `zh-TW`, `zh-HK` and `zh-Hant` expand to Traditional and match nothing. Among
 * several locales of one language and script, the exact or closest region wins.
 */

interface Parsed {
  tag: string;
  language: string;
  script: string;
  region: string;
}

function parse(tag: string): Parsed | undefined {
  try {
    const locale = new Intl.Locale(tag.trim().replace(/_/g, '-')).maximize();
    return {tag, language: locale.language, script: locale.script ?? '', region: locale.region ?? ''};
  } catch {
    return undefined; // not a well-formed tag: matches nothing
  }
}

/**
 * The supported locale that serves `requested`, or undefined when none does.
 * `supported` lists the guide's locale codes (`en`, `pt-BR`, `zh-Hans`…).
 */
export function matchLocale<T extends string>(requested: string | null | undefined, supported: readonly T[]): T | undefined {
  if (!requested?.trim()) return undefined;
  const wanted = parse(requested);
  if (!wanted) return undefined;
  let best: {locale: T; score: number} | undefined;
  for (const locale of supported) {
    const offered = parse(locale);
    if (!offered || offered.language !== wanted.language || offered.script !== wanted.script) continue;
    const score = offered.region === wanted.region ? 2 : 1;
    if (!best || score > best.score) best = {locale, score};
  }
  return best?.locale;
}

/** Where the guide looks for a language, in order (see README "Languages"). */
export interface LanguageSources {
  /** The element's own `lang`, or `config.lang`: the retailer's explicit choice. */
  explicit?: string | null;
  /** The nearest ancestor's `lang` (inside the same tree), as HTML inherits it. */
  inherited?: string | null;
  /** The document's `lang`, for a guide inside another component's shadow root. */
  document?: string | null;
  /** The shopper's browser languages, used only when the page states no language at all. */
  browser?: readonly string[];
}

/**
 * The locale to show. The first language the page states (element, ancestor,
 * document) decides, because it is the language of the text around the guide:
 * a page that says `zh-Hant` gets the fallback, not a guess from the browser.
 * Only a page that states none falls back to the shopper's browser languages.
 */
export function negotiateLocale<T extends string>(sources: LanguageSources, supported: readonly T[], fallback: T): T {
  const stated = [sources.explicit, sources.inherited, sources.document].find((tag) => tag?.trim());
  if (stated) return matchLocale(stated, supported) ?? fallback;
  for (const tag of sources.browser ?? []) {
    const match = matchLocale(tag, supported);
    if (match) return match;
  }
  return fallback;
}
