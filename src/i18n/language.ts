/**
 * Which language a guide shows, resolved in one place for the whole element:
 * its `lang` (or `config.lang`), the nearest ancestor's `lang`, the document's,
 * the browser's languages, then English, matched as BCP 47 lookup does
 * (negotiate.ts). A change to any of those `lang` attributes re-renders the
 * guide (observed, not polled). The shopper's pick from the language menu wins
 * over all of them and is told to no one.
 *
 * The guide never paints in a language whose text has not loaded: until it has,
 * a guide keeps showing the language it was in (or, on first render, nothing),
 * so no English flashes before German. A language that fails to load falls back
 * to English, with `lang="en"` on the content so screen readers switch voice.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {negotiateLocale, matchLocale} from './negotiate.js';
import {knownLocales, isRightToLeft, SOURCE_LOCALE} from './locales.js';
import {isLocaleReady, loadLocale} from './localize.js';
import {observeLanguage} from './lang-observer.js';
import {resolveDateLocale} from './format-locale.js';

export interface ShownLanguage {
  /** The guide's language code (`de`, `pt-BR`): which text it shows. */
  readonly locale: string;
  /** `lang` on the content: the page's tag where it names this language (`en-GB`), else `locale`. */
  readonly lang: string;
  /** The tag every `Intl` formatter uses: the page's own region where it speaks this language (`de-AT`). */
  readonly formatLocale: string;
  readonly dir: 'ltr' | 'rtl';
}

type Host = ReactiveControllerHost & HTMLElement;

export class LanguageController implements ReactiveController {
  private stopObserving?: () => void;
  private picked?: string;
  /** The language on screen; changes only once the next one's text is ready. */
  private displayed?: ShownLanguage;
  private failed = new Set<string>();

  /** `setting` is the element's `lang` or `config.lang`, as settings resolved it. */
  constructor(
    private readonly host: Host,
    private readonly setting: () => string | undefined,
    private readonly browser: () => readonly string[] = () => (typeof navigator === 'object' ? navigator.languages ?? [] : [])
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopObserving = observeLanguage(this.host, () => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopObserving?.();
    this.stopObserving = undefined;
  }

  /** The shopper's choice from the language menu, for this guide only. */
  pick(locale: string): void {
    this.picked = locale;
    this.host.requestUpdate();
  }

  /** The language the page asks for, before the text has loaded. */
  get wanted(): ShownLanguage {
    const explicit = this.setting();
    const ancestor = this.host.parentElement?.closest('[lang]')?.getAttribute('lang') ?? undefined;
    const documentLang = this.host.ownerDocument?.documentElement.getAttribute('lang') ?? undefined;
    const sources = {explicit: this.picked ?? explicit, inherited: ancestor, document: documentLang, browser: this.browser()};
    let locale = negotiateLocale(sources, knownLocales, SOURCE_LOCALE);
    if (this.failed.has(locale)) locale = SOURCE_LOCALE;
    // Dates and numbers take the stated tag's region when its language is the one shown (de-AT → de-AT).
    const stated = [sources.explicit, ancestor, documentLang].find((tag) => tag?.trim());
    const sameLanguage = stated && matchLocale(stated, [locale]) === locale ? stated : locale;
    const formatLocale = westernDigitsFor(locale, resolveDateLocale(sameLanguage, this.browser()));
    return {
      locale,
      lang: stated && sameLanguage === stated ? sameLanguage : locale,
      formatLocale,
      dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
    };
  }

  /** Before each render: show the wanted language if its text is here, else load it and keep the current one. */
  hostUpdate(): void {
    const wanted = this.wanted;
    this.busy = !isLocaleReady(wanted.locale);
    if (!this.busy) {
      this.displayed = wanted;
      return;
    }
    this.pending ??= loadLocale(wanted.locale).then((ready) => {
      if (!ready) this.failed.add(wanted.locale);
      this.pending = undefined;
      this.host.requestUpdate();
    });
  }

  /** Settles when the language being loaded is ready (or has failed); the element's updateComplete waits for it. */
  pending?: Promise<void>;

  /** The language to render in, or undefined while the first one loads (render no text then). */
  get shown(): ShownLanguage | undefined {
    return this.displayed;
  }

  /** A language is loading: the guide sets `aria-busy` and keeps its height meanwhile. */
  busy = false;
}

/**
 * The Arabic text is written with Western digits (0-9), as most Arabic health pages in the
 * Gulf and the Levant write them; the dates and numbers Intl writes into it must match, and
 * engines differ on the default (WebKit's ICU writes Arabic-Indic digits). A page that
 * names a numbering system (`ar-u-nu-arab`) keeps it.
 */
function westernDigitsFor(locale: string, tag: string): string {
  if (locale !== 'ar') return tag;
  try {
    const parsed = new Intl.Locale(tag);
    return parsed.numberingSystem ? tag : new Intl.Locale(tag, {numberingSystem: 'latn'}).toString();
  } catch {
    return tag;
  }
}
