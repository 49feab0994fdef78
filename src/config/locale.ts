/**
 * The one place the guide's language is resolved: the retailer's setting (`lang`
 * attribute, `config.lang` or the JSON child), else the element's or its nearest
 * ancestor's `lang`, else the document's; then the locale the text is shown in.
 * The element calls it once per update and passes the answer to every view
 * (`ViewContext.locale`); nothing else reads `lang` from the page. Issue 11 swaps
 * in browser languages and BCP 47 matching here.
 */
import {requestedLanguage, shownLocale} from '../i18n/shown-locale.js';

export function resolveLocale(host: Element, setting?: string): string {
  return shownLocale(requestedLanguage(host, setting));
}
