/**
 * Where each language's text comes from: one static `import()` per language, so
 * bundlers emit one chunk each (`microneedle-guide.locale.de.js` beside the CDN
 * entry, resolved from `import.meta.url`), never a template path. The classic
 * script build replaces this module with locale-files.classic.ts.
 */
import type {LocaleModule} from '@lit/localize';

export const LOCALE_FILES: Readonly<Record<string, () => Promise<LocaleModule>>> = {
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  de: () => import('../generated/locales/de.js'),
  it: () => import('../generated/locales/it.js'),
  'pt-BR': () => import('../generated/locales/pt-BR.js'),
  nl: () => import('../generated/locales/nl.js'),
  pl: () => import('../generated/locales/pl.js'),
  ja: () => import('../generated/locales/ja.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  ar: () => import('../generated/locales/ar.js'),
};
