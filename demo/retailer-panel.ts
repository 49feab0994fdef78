/**
 * The demo page's "retailer" panel: changes the guide's language, needle depth, device name,
 * share-verdict, sections, theme and accent colour live, the way a retailer would through
 * attributes and a custom property. Demo-only text, so it is not localised.
 */
import {html, render} from 'lit';
import {SECTION_IDS} from '../src/rules/index.js';
import {SHIPPED_LOCALES} from '../src/i18n/locales.js';
import {nativeLanguageName} from '../src/views/language-picker.js';
// Development only: lang="en-XA" (accented, longer) and lang="ar-XB" (bidi) find clipped and hard-coded text.
import '../src/i18n/pseudo-locales.js';

const LANGUAGES = [
  ['', 'From the page (<html lang>, then the browser)'],
  ...SHIPPED_LOCALES.map((code) => [code, `${nativeLanguageName(code)} (${code})`]),
  ['en-XA', 'Pseudo: accented and longer (en-XA)'],
  ['ar-XB', 'Pseudo: right to left (ar-XB)'],
] as const;
import type {MicroneedleGuide} from '../src/microneedle-guide.js';

const DEPTHS = [
  ['', 'Not given (general guidance)'],
  ['0.25', '0.25 mm: home depth'],
  ['0.3', '0.3 mm: home depth (its upper edge)'],
  ['0.4', '0.4 mm: upper end of home use, at most once every 4 weeks'],
  ['0.5', '0.5 mm: upper end of home use'],
  ['1.5', '1.5 mm: professional (clinic) depth'],
] as const;

const THEMES = [
  ['', 'Follow the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
] as const;

function setOrRemove(guide: Element, name: string, value: string): void {
  if (value) guide.setAttribute(name, value);
  else guide.removeAttribute(name);
}

/** Renders the panel into `container`, starting from the guide's current attributes. */
export function mountRetailerPanel(container: HTMLElement, guide: MicroneedleGuide): void {
  const depth = guide.getAttribute('needle-depth') ?? '';
  const theme = guide.getAttribute('theme') ?? '';
  const lang = guide.getAttribute('lang') ?? '';
  const shown = new Set<string>(guide.settings.sections);

  const onSections = () => {
    const checked = [...container.querySelectorAll<HTMLInputElement>('input[name="section"]:checked')].map((box) => box.value);
    // All or none: leave the attribute out (an empty list is not valid configuration).
    const all = checked.length === 0 || checked.length === SECTION_IDS.length;
    setOrRemove(guide, 'sections', all ? '' : checked.join(' '));
  };

  render(
    html`<details class="retailer-panel__details" open>
      <summary><span id="retailer-panel-title">Retailer settings</span> (demo: changes the guide live)</summary>
      <form class="retailer-panel__form" @submit=${(event: Event) => event.preventDefault()}>
        <p>
          <label for="rp-depth">Needle depth (<code>needle-depth</code>)</label>
          <select
            id="rp-depth"
            @change=${(event: Event) => setOrRemove(guide, 'needle-depth', (event.target as HTMLSelectElement).value)}
          >
            ${DEPTHS.map(([value, label]) => html`<option value=${value} ?selected=${value === depth}>${label}</option>`)}
          </select>
        </p>
        <p>
          <label for="rp-lang">Language (<code>lang</code>)</label>
          <select id="rp-lang" @change=${(event: Event) => setOrRemove(guide, 'lang', (event.target as HTMLSelectElement).value)}>
            ${LANGUAGES.map(([value, label]) => html`<option value=${value} ?selected=${value === lang}>${label}</option>`)}
          </select>
        </p>
        <p>
          <label class="retailer-panel__choice">
            <input
              type="checkbox"
              ?checked=${guide.languagePicker}
              @change=${(event: Event) => setOrRemove(guide, 'language-picker', (event.target as HTMLInputElement).checked ? 'language-picker' : '')}
            />
            Let shoppers pick the language (<code>language-picker</code>)
          </label>
        </p>
        <p>
          <label for="rp-name">Device name (<code>device-name</code>)</label>
          <input
            id="rp-name"
            type="text"
            .value=${guide.getAttribute('device-name') ?? ''}
            @input=${(event: Event) => setOrRemove(guide, 'device-name', (event.target as HTMLInputElement).value)}
          />
        </p>
        <p>
          <label class="retailer-panel__choice">
            <input
              id="rp-share"
              type="checkbox"
              ?checked=${guide.hasAttribute('share-verdict')}
              @change=${(event: Event) => setOrRemove(guide, 'share-verdict', (event.target as HTMLInputElement).checked ? 'share-verdict' : '')}
            />
            Share the screening verdict (<code>share-verdict</code>)
          </label>
        </p>
        <fieldset>
          <legend>Theme (<code>theme</code>)</legend>
          ${THEMES.map(
            ([value, label]) => html`<label class="retailer-panel__choice">
              <input
                type="radio"
                name="theme"
                value=${value}
                ?checked=${value === theme}
                @change=${() => setOrRemove(guide, 'theme', value)}
              />
              ${label}
            </label>`
          )}
        </fieldset>
        <p>
          <label for="rp-accent">Accent colour (<code>--mng-color-accent</code>)</label>
          <input
            id="rp-accent"
            type="color"
            value="#0a6660"
            @input=${(event: Event) => guide.style.setProperty('--mng-color-accent', (event.target as HTMLInputElement).value)}
          />
        </p>
        <fieldset class="retailer-panel__sections">
          <legend>Sections (<code>sections</code>)</legend>
          ${SECTION_IDS.map(
            (id) => html`<label class="retailer-panel__choice">
              <input type="checkbox" name="section" value=${id} ?checked=${shown.has(id)} @change=${onSections} />
              <code>${id}</code>
            </label>`
          )}
        </fieldset>
      </form>
    </details>`,
    container
  );
}

const container = document.getElementById('retailer-panel');
const guide = document.querySelector('microneedle-guide');
// The panel reads the guide's settings, which exist once the tag is defined (module order alone
// does not promise that once a bundler has merged or split the page's scripts).
if (container && guide) void customElements.whenDefined('microneedle-guide').then(() => mountRetailerPanel(container, guide));
