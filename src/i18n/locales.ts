/**
 * The languages the guide ships, and where each one's text is loaded from.
 * English is the source and always in the first load; every other language is
 * its own chunk beside the entry (`import()` resolves relative to it), fetched
 * only when a guide on the page shows that language.
 */
import type {LocaleModule} from '@lit/localize';
import {LOCALE_FILES} from './locale-files.js';
import {SHIPPED_LOCALES} from './shipped.js';

export {SOURCE_LOCALE, SHIPPED_LOCALES, type ShippedLocale} from './shipped.js';

export type LocaleLoader = () => Promise<LocaleModule>;

const loaders = new Map<string, LocaleLoader>(Object.entries(LOCALE_FILES));

/** Every locale a guide can be shown in: the shipped ones plus any registered for development. */
export const knownLocales: string[] = [...SHIPPED_LOCALES];

/**
 * Adds a language that does not ship (the pseudo-locales used in development
 * and tests), so `lang` can select it like a shipped one.
 */
export function registerLocale(code: string, loader: LocaleLoader): void {
  if (!loaders.has(code)) knownLocales.push(code);
  loaders.set(code, loader);
}

export function localeLoader(code: string): LocaleLoader | undefined {
  return loaders.get(code);
}

/** Right-to-left scripts among the guide's languages (and the bidi pseudo-locale). */
export function isRightToLeft(locale: string): boolean {
  const language = locale.split('-')[0].toLowerCase();
  return language === 'ar' || language === 'he' || language === 'fa' || language === 'ur';
}
