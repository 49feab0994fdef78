/**
 * locale-files.ts for the classic and strict CDN files (vite.config.ts swaps it
 * in). A classic script cannot be split into chunks, but it can still `import()`
 * a module; so both fetch the ES module build's locale files, which sit beside
 * them in `dist/` and import nothing (one copy of each language in `dist/`). The
 * address comes from the script's own `src` while a classic script runs, or from
 * `import.meta.url` in the strict module, so a self-hosted copy works from any folder.
 */
import type {LocaleModule} from '@lit/localize';
import {SHIPPED_LOCALES, SOURCE_LOCALE} from './shipped.js';

const script = typeof document === 'object' ? document.currentScript : null;
const base = script instanceof HTMLScriptElement && script.src ? script.src : import.meta.url;

export const LOCALE_FILES: Readonly<Record<string, () => Promise<LocaleModule>>> = Object.fromEntries(
  SHIPPED_LOCALES.filter((code) => code !== SOURCE_LOCALE).map((code) => [
    code,
    () =>
      base
        ? (import(/* @vite-ignore */ new URL(`microneedle-guide.locale.${code}.js`, base).href) as Promise<LocaleModule>)
        : Promise.reject(new Error('the classic script was not loaded from a <script src>')),
  ])
);
