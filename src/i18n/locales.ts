/**
 * The languages the guide ships, and where each one's text is loaded from.
 * English is the source and always in the first load; every other language is
 * its own chunk beside the entry (`import()` resolves relative to it), fetched
 * only when a guide on the page shows that language.
 */
import type {LocaleModule} from '@lit/localize';

export const SOURCE_LOCALE = 'en';

/** Every shipped language, English first; codes as `lang` and lit-localize spell them. */
export const SHIPPED_LOCALES = ['en', 'es', 'fr', 'de', 'it', 'pt-BR', 'nl', 'pl', 'ja', 'zh-Hans', 'ar'] as const;
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];

export type LocaleLoader = () => Promise<LocaleModule>;

/** One static `import()` per language, so bundlers emit one chunk each (never a template path). */
const loaders = new Map<string, LocaleLoader>([
  ['es', () => import('../generated/locales/es.js')],
  ['fr', () => import('../generated/locales/fr.js')],
  ['de', () => import('../generated/locales/de.js')],
  ['it', () => import('../generated/locales/it.js')],
  ['pt-BR', () => import('../generated/locales/pt-BR.js')],
  ['nl', () => import('../generated/locales/nl.js')],
  ['pl', () => import('../generated/locales/pl.js')],
  ['ja', () => import('../generated/locales/ja.js')],
  ['zh-Hans', () => import('../generated/locales/zh-Hans.js')],
  ['ar', () => import('../generated/locales/ar.js')],
]);

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
