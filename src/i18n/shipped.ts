/**
 * The guide's languages, in one place: English (the source, in the first load) and the
 * ten translations, as `lang` and lit-localize spell them. No imports, so every module
 * that needs the list (the loaders of each build, the language menu) can take it.
 * test/lang.test.ts checks it against lit-localize.json and the locale files.
 */
export const SOURCE_LOCALE = 'en';

/** Every shipped language, English first. */
export const SHIPPED_LOCALES = ['en', 'es', 'fr', 'de', 'it', 'pt-BR', 'nl', 'pl', 'ja', 'zh-Hans', 'ar'] as const;
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];
