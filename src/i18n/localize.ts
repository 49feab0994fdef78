/**
 * @lit/localize in reentrant mode, configured once for the guide's own copy of
 * the library (both builds carry a private copy, so a host page that configures
 * its own @lit/localize, in any mode, never collides with the guide and never
 * sees its language changes). `msg()` reads the language of the guide rendering
 * now (active-locale.ts), so guides in different languages share one page.
 */
import type {LocaleModule} from '@lit/localize';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {activeLocale} from './active-locale.js';
import {localeLoader, SOURCE_LOCALE} from './locales.js';
import {warnText} from '../warn.js';

const loaded = new Map<string, LocaleModule>();
const pending = new Map<string, Promise<boolean>>();
const warned = new Set<string>();

// lit-localize copies `targetLocales` at configuration, but development
// locales register later; so it sees one stand-in target, and the real
// language is read from the active locale when the templates are looked up.
const TRANSLATED = 'translated';
try {
  configureReentrantLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: [TRANSLATED],
    getLocale: () => (loaded.has(activeLocale()) ? TRANSLATED : SOURCE_LOCALE),
    loadLocaleSync: () => loaded.get(activeLocale()),
  });
} catch {
  // Only when a bundler merged the guide's copy of @lit/localize with one the
  // page configured itself: the guide then shows English.
  warnText('@lit/localize was already configured on this copy of the library, so the guide shows English. Import microneedle-guide so that it keeps its own copy (see README, "Languages").');
}

/** True when `locale`'s text is here: English always, others once their chunk has loaded. */
export function isLocaleReady(locale: string): boolean {
  return locale === SOURCE_LOCALE || loaded.has(locale);
}

/**
 * Loads a language's chunk once; resolves to whether it is ready. A failed
 * load warns once for that language and resolves to false (the guide shows
 * English); asking again later tries again.
 */
export function loadLocale(locale: string): Promise<boolean> {
  if (isLocaleReady(locale)) return Promise.resolve(true);
  let load = pending.get(locale);
  if (!load) {
    const loader = localeLoader(locale);
    load = (loader ? loader() : Promise.reject(new Error('no such language')))
      .then((module) => {
        loaded.set(locale, module);
        return true;
      })
      .catch((error: unknown) => {
        if (!warned.has(locale)) {
          warned.add(locale);
          warnText(
            `could not load the "${locale}" text (${error instanceof Error ? error.message : String(error)}), so this guide shows English. Serve the locale files beside the script (see README, "Languages").`
          );
        }
        return false;
      })
      .finally(() => pending.delete(locale));
    pending.set(locale, load);
  }
  return load;
}
