import {html} from 'lit';
import {msg} from '@lit/localize';
import {SHIPPED_LOCALES} from '../i18n/locales.js';

/** A language's name in that language ("Deutsch", "português (Brasil)", "العربية"), capitalised as its script allows. */
export function nativeLanguageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], {type: 'language'}).of(code);
    if (name && name !== code) return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    // Without Intl.DisplayNames the code itself is still a choice.
  }
  return code;
}

/**
 * The `language-picker` menu: a native select, so every keyboard, screen reader
 * and phone already knows it. Each option is labelled in its own language and
 * marked with its `lang`, so it is read in the right voice. Choosing one switches
 * this guide only.
 */
export function languagePicker(current: string, pick: (locale: string) => void) {
  return html`<label class="language-picker" part="language-picker">
    <span class="language-picker__label">${msg('Language', {id: 'guide.language'})}</span>
    <select @change=${(event: Event) => pick((event.target as HTMLSelectElement).value)}>
      ${SHIPPED_LOCALES.map(
        (code) => html`<option value=${code} lang=${code} ?selected=${code === current}>${nativeLanguageName(code)}</option>`
      )}
    </select>
  </label>`;
}
