/**
 * @lit/localize in reentrant mode, configured once for the guide's own copy of
 * the library (both builds carry a private copy, so a host page that configures
 * its own @lit/localize, in any mode, never collides with the guide and never
 * sees its language changes). `msg()` reads the language of the guide rendering
 * now (active-locale.ts), so guides in different languages share one page.
 * Each language's text is a chunk, loaded like the feature chunks (lib/chunk.ts).
 */
import type {LocaleModule} from '@lit/localize';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {activeLocale} from './active-locale.js';
import {localeLoader, SOURCE_LOCALE} from './locales.js';
import {Chunk} from '../lib/chunk.js';
import {warnText} from '../warn.js';

const chunks = new Map<string, Chunk<LocaleModule>>();

const templatesOf = (locale: string) => chunks.get(locale)?.value;

// lit-localize copies `targetLocales` at configuration, but development
// locales register later; so it sees one stand-in target, and the real
// language is read from the active locale when the templates are looked up.
const TRANSLATED = 'translated';
try {
  configureReentrantLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: [TRANSLATED],
    getLocale: () => (templatesOf(activeLocale()) ? TRANSLATED : SOURCE_LOCALE),
    loadLocaleSync: () => templatesOf(activeLocale()),
  });
} catch {
  // Only when a bundler merged the guide's copy of @lit/localize with one the
  // page configured itself: the guide then shows English.
  warnText(
    '@lit/localize was already configured on this copy of the library, so the guide shows English. Import microneedle-guide so that it keeps its own copy (see README, "Languages").'
  );
}

function chunkFor(locale: string): Chunk<LocaleModule> {
  let chunk = chunks.get(locale);
  if (!chunk) {
    const loader = localeLoader(locale) ?? (() => Promise.reject(new Error('no such language')));
    chunk = new Chunk(`"${locale}" text`, loader, undefined, 'so the guide shows English. Serve the locale files beside the script (see README, "Languages")');
    chunks.set(locale, chunk);
  }
  return chunk;
}

/** True when `locale`'s text is here: English always, others once their chunk has loaded. */
export function isLocaleReady(locale: string): boolean {
  return locale === SOURCE_LOCALE || chunks.get(locale)?.state === 'ready';
}

/**
 * Loads a language's chunk once; resolves to whether it is ready. A failed load
 * warns once for that language and resolves to false (the guide shows English);
 * a later request (another guide, another language change) tries again.
 */
export async function loadLocale(locale: string): Promise<boolean> {
  if (locale === SOURCE_LOCALE) return true;
  const chunk = chunkFor(locale);
  return (await (chunk.state === 'failed' ? chunk.retry() : chunk.load())) !== undefined;
}
