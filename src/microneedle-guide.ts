import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import type {SectionId, SectionListText} from './sections/ids.js';
import {SECTIONS} from './sections/index.js';
import type {ViewContext} from './views/context.js';
import {icon} from './views/icons.js';
import {FeatureController} from './features/feature-controller.js';
import {heading} from './views/heading.js';
import {ContentsFocusController} from './views/contents-focus.js';
import {tokens} from './styles/tokens.js';
import {deviceStyles} from './styles/device.styles.js';
import {guideStyles} from './styles/guide.styles.js';
import {SectionChangeEvent} from './events.js';
import {VERSION} from './version.js';
import {DEFAULT_SETTINGS, type GuideSettings} from './config/settings.js';
import {headingLevelConverter, type MicroneedleGuideConfig} from './config/schema.js';
import {needleDepthConverter, parseFlag, sharesVerdict} from './config/parse.js';
import {SettingsResolver} from './config/resolve.js';
import {JsonChildController} from './config/json-child.js';
import {renderDeviceNotice} from './views/device-notice.js';
import {LazyLoadController, type LoadingMode} from './lazy/lazy-render-controller.js';
import {LanguageController, type ShownLanguage} from './i18n/language.js';
import {inLocale} from './i18n/active-locale.js';
import {Chunk} from './lib/chunk.js';
import {printStyles} from './styles/print.styles.js';
import {warn} from './warn.js';

/**
 * An honest, private guide to microneedling for product pages of home devices.
 *
 * @tag microneedle-guide
 * @summary Explains microneedling, home versus clinic, aftercare and device care.
 *
 * @fires microneedle-guide-section-change - The shopper moved to another section. `detail: {section}`.
 * @fires microneedle-guide-screening-complete - The shopper saw a screening result. `detail` is `{}`, or
 *   `{verdict}` with `share-verdict`; never the answers.
 *
 * @csspart guide - The outer card.
 * @csspart header - Title and subtitle.
 * @csspart contents - The list of sections.
 * @csspart section - The section being shown.
 * @csspart pager - Previous and next links below the section.
 * @csspart disclaimer - The "not medical advice" line, shown in every view.
 * @csspart comparison - The home-versus-clinic table.
 * @csspart callout - Highlighted notes.
 * @csspart callout-info - An information note (also has the `callout` part).
 * @csspart callout-caution - A caution note, e.g. "never needle skin that has not recovered".
 * @csspart callout-warning - A warning note, e.g. "no home schedule" for a professional-depth device.
 * @csspart device-notice - The notice above every section for devices past home depth (`data-depth-class`).
 * @csspart device-badge - "Your device: 0.25 mm, home depth" in the comparison and how-often sections.
 * @csspart clinic-link - The link to the retailer's `clinic-url`.
 * @csspart screening-next - Every screening button that moves forward (start, continue, see my result).
 * @csspart screening-result - The screening result card; its `data-verdict` attribute holds the verdict.
 * @csspart aftercare - The aftercare section: session fields, dated timeline, doctor list, device hygiene.
 * @csspart aftercare-session - The "When was your session?" date and time fields.
 * @csspart aftercare-timeline - The dated aftercare timeline.
 * @csspart aftercare-device-care - Device hygiene beside the timeline (home devices).
 * @csspart plan - The treatment plan section.
 * @csspart plan-goals - The goal radios.
 * @csspart plan-result - The plan for the chosen goal (a short status announces it; the plan is not a live region).
 *
 * @cssprop [--mng-color-text=#1d2730 / #e6ecef] - Body text (light / dark default).
 * @cssprop [--mng-color-muted=#4b5863 / #b4c0c7] - Secondary text: subtitle, hints, disclaimer.
 * @cssprop [--mng-color-surface=#ffffff / #141a1e] - Card background.
 * @cssprop [--mng-color-surface-alt=#f3f6f7 / #1d252b] - Callouts, badges, hover.
 * @cssprop [--mng-color-accent=#0a6660 / #5fcfc6] - Current section, links, icons, step numbers.
 * @cssprop [--mng-color-accent-text=#ffffff / #0b1a19] - Text on the accent colour.
 * @cssprop [--mng-color-border=#76848e / #71808a] - Control outlines (3:1 against the surface).
 * @cssprop [--mng-color-divider=#dde4e8 / #2c373e] - Decorative rules between blocks.
 * @cssprop [--mng-color-focus=#1a56b8 / #8ab4ff] - Focus ring.
 * @cssprop [--mng-color-info=#1a56b8 / #8ab4ff] - Information notes.
 * @cssprop [--mng-color-caution=#8a5300 / #f0b45a] - Caution notes.
 * @cssprop [--mng-color-warning=#b3261e / #ff9a8f] - Warnings, the professional-depth notice.
 * @cssprop [--mng-color-suitable=#1d7336 / #74d38f] - Verdict "suitable".
 * @cssprop [--mng-color-wait=#8a5300 / #f0b45a] - Verdict "wait".
 * @cssprop [--mng-color-ask-doctor=#1a56b8 / #8ab4ff] - Verdict "ask a doctor".
 * @cssprop [--mng-color-not-suitable=#b3261e / #ff9a8f] - Verdict "not suitable".
 * @cssprop [--mng-radius=12px] - Corner radius of the card; inner blocks use fractions of it.
 * @cssprop [--mng-space=1rem] - Base spacing unit.
 * @cssprop [--mng-font-family=inherit] - Font family; inherits the page's by default.
 * @cssprop [--mng-max-width=60rem] - Widest the card grows.
 * @cssprop [--mng-scroll-margin=5rem] - Room kept above a focused control or heading when the page scrolls to it, so a sticky page header does not hide it.
 */
export class MicroneedleGuide extends LitElement {
  static readonly version = VERSION;
  // Print rules come last, so they win over the screen rules of the feature chunks adopted before them.
  static override styles = [tokens, guideStyles, deviceStyles, printStyles];

  /** Id of the section shown first, e.g. `aftercare`. Unknown ids are ignored with a warning. */
  @property() start?: SectionId;

  /**
   * The device's needle length in millimetres (0.05 to 3), e.g. `0.25`. Makes the guide
   * device-aware: where it stands between home and clinic, and how often it may be used.
   */
  @property({attribute: 'needle-depth', converter: needleDepthConverter}) needleDepth?: number;

  /** The device's name, shown as text: "Your Lumen Glow: 0.25 mm". */
  @property({attribute: 'device-name'}) deviceName?: string;

  /** Where a shopper can find professional treatment or advice; absolute `http:` or `https:` URL only. */
  @property({attribute: 'clinic-url'}) clinicUrl?: string;

  /** Which sections show, in order: ids separated by spaces or commas (or an array, as a property). */
  @property() sections?: SectionListText | readonly SectionId[];

  /** `light` or `dark`; without it the guide follows the shopper's `prefers-color-scheme`. */
  @property({reflect: true}) theme?: 'light' | 'dark';

  /**
   * The level of the guide's title, 1 to 6 (default 2), so it fits the page's outline:
   * sections are one level deeper, their parts deeper still, never past h6.
   */
  @property({attribute: 'heading-level', converter: headingLevelConverter}) headingLevel?: number;

  /**
   * Every setting as one object (type `MicroneedleGuideConfig`); attributes win where both
   * give a value. A `<script type="application/json">` child holds the same object for CMSs.
   */
  @property({attribute: false}) config?: MicroneedleGuideConfig;

  /**
   * The guide's language as a BCP 47 tag (`de`, `pt-BR`); also settable as `config.lang`.
   * The native `lang` property still sets it; this private mirror makes a change re-render.
   */
  @property({attribute: 'lang'}) private langAttribute?: string;

  /**
   * Shows a menu of the guide's languages in its header, each named in its own language.
   * It switches this guide only and tells the page nothing. On bare or as `"true"`;
   * `language-picker="false"` keeps it off, as it reads.
   */
  get languagePicker(): boolean {
    return parseFlag(this.languagePickerInput, 'language-picker', []);
  }
  set languagePicker(value: boolean) {
    this.languagePickerInput = value;
  }

  @property({attribute: 'language-picker'}) private languagePickerInput?: string | boolean;

  /**
   * Lets the `microneedle-guide-screening-complete` event carry the verdict (`{verdict}`).
   * Off by default; the shopper's answers are never shared either way. The attribute turns
   * it on bare or as `share-verdict="true"`; any other value (`"false"`, `"off"`, `"0"`) keeps
   * it off with a console warning, unlike HTML's usual boolean attributes.
   */
  get shareVerdict(): boolean {
    return sharesVerdict(this.shareVerdictInput);
  }
  set shareVerdict(value: boolean) {
    this.shareVerdictInput = value;
  }

  /** What the attribute or a script gave, kept as given so that settings can read (and warn about) it. */
  @property({attribute: 'share-verdict'}) private shareVerdictInput?: string | boolean;

  /**
   * `lazy` defers costly work (such as loading more code) until the guide nears the viewport;
   * `eager` does it at once. Either way the text renders at once, so the tab order, screen
   * readers and find-in-page reach the guide before it is scrolled to, and nothing shifts.
   */
  get loading(): LoadingMode {
    return this.loadingInput === 'lazy' ? 'lazy' : 'eager';
  }
  set loading(value: LoadingMode) {
    this.loadingInput = value;
  }

  /**
   * What the page gave, reflected only then. The default is never written onto the element: a
   * server-rendered tag must hydrate with exactly the attributes the server sent, or React
   * reports a mismatch.
   */
  @property({attribute: 'loading', reflect: true}) private loadingInput?: string;

  /**
   * The one place deferred work (feature and locale chunk prefetch) waits on: `lazy.whenNear()`.
   * @internal
   */
  protected readonly lazy = new LazyLoadController(this, () => this.loadingInput);

  @state() private active?: SectionId;

  /** On a narrow column the contents fold behind a disclosure button; wide columns always show them. */
  @state() private contentsOpen = false;

  /**
   * Focus on a contents button that folds away (the column narrowed) moves to the disclosure button.
   * @internal
   */
  protected readonly contentsFocus = new ContentsFocusController(this, '#contents', '.contents-toggle');

  // A true private field: the screening answers its feature controller holds are not reachable
  // from page scripts through the element.
  readonly #features = new FeatureController(
    this,
    {element: this, settings: () => this.settings, locale: () => this.locale},
    () => this.lazy.whenNear(),
    () => this.lazy.isNearViewport
  );

  /** Which language the guide shows; loads it before painting and re-renders when any `lang` changes. */
  private readonly language = new LanguageController(this, () => this.settings.lang);

  private readonly goToSection = (id: SectionId, focus?: string) => void this.show(id, focus);

  private readonly jsonChild = new JsonChildController(this);
  private readonly resolver = new SettingsResolver();
  private resolved: GuideSettings = DEFAULT_SETTINGS;

  /** The validated settings the guide renders from: attributes, then `config`, then the JSON child. */
  get settings(): GuideSettings {
    return this.resolved;
  }

  /**
   * The tag every date and number is formatted with: the shown language, in the page's
   * region where the page speaks it (`de-AT`). The language is resolved once, by
   * LanguageController (i18n/language.ts), and reaches every view through the context.
   */
  private get locale(): string {
    return this.language.shown?.formatLocale ?? 'en';
  }

  /** The sections shown, in order. */
  get visibleSections(): readonly SectionId[] {
    return this.settings.sections;
  }

  /** The section on screen now. */
  get currentSection(): SectionId {
    const sections = this.visibleSections;
    if (this.active && sections.includes(this.active)) return this.active;
    return this.settings.start ?? sections[0];
  }

  /**
   * Shows a section and moves focus to its heading, so keyboard and screen-reader
   * users land on the new content. The promise resolves once the section is on screen;
   * a lazy guide starts its deferred work for it. An unknown or hidden id changes nothing and
   * warns once (per id). Before the tag is defined the element has no `goTo`: wait for
   * `customElements.whenDefined('microneedle-guide')`.
   */
  async goTo(id: SectionId): Promise<void> {
    return this.show(id);
  }

  /** Shows a section and focuses its heading, or the control `focus` selects when a link names one. */
  private async show(id: SectionId, focus?: string): Promise<void> {
    const sections = this.visibleSections;
    if (!sections.includes(id)) {
      this.warnGoTo(id, sections);
      return;
    }
    const changed = id !== this.currentSection;
    if (changed) this.#features.holdHeight();
    this.active = id;
    this.contentsOpen = false;
    this.lazy.markNear();
    await this.updateComplete;
    const target = (focus && this.renderRoot.querySelector<HTMLElement>(focus)) || this.renderRoot.querySelector<HTMLElement>('.section__heading');
    target?.focus();
    // focus() scrolls only in a focused window (not WebKit's in a background tab), so make sure.
    target?.scrollIntoView?.({block: 'nearest'});
    if (changed) this.dispatchEvent(new SectionChangeEvent(id));
  }

  /** Ids already warned about, so a page that retries in a loop logs one line. */
  private readonly goToWarned = new Set<string>();

  private warnGoTo(id: unknown, sections: readonly SectionId[]): void {
    const key = `${String(id)}\u0000${sections.join()}`;
    if (this.goToWarned.has(key)) return;
    this.goToWarned.add(key);
    warn('goTo', id, `one of the shown sections: ${sections.join(', ')}`);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const loading = this.loadingInput;
    if (changed.has('loadingInput') && loading != null && loading !== 'eager' && loading !== 'lazy') {
      warn('loading', loading, '"eager" or "lazy"');
    }
    // Memoised: unchanged inputs return the same settings and are never reported twice.
    this.resolved = this.resolver.resolve({
      element: {
        needleDepth: this.needleDepth,
        deviceName: this.deviceName,
        clinicUrl: this.clinicUrl,
        sections: this.sections,
        start: this.start,
        // Absent (undefined or a removed attribute's null) is not given: JSON may turn it on.
        shareVerdict: this.shareVerdictInput,
        lang: this.langAttribute,
        languagePicker: this.languagePickerInput,
        theme: this.theme,
        headingLevel: this.headingLevel,
      },
      config: this.config,
      json: this.jsonChild.text,
    });
  }

  /**
   * Also waits for the guide's language and the shown section's feature chunk while they load
   * (in parallel), so `goTo()` and `updateComplete` resolve with the section on screen in the
   * shopper's words (or its failure line). A `lang` change observed a moment ago has
   * requested an update that has not run yet: that is waited for too.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (
      let loading = this.#loading();
      loading || this.isUpdatePending;
      loading = this.#loading()
    ) {
      await loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  #loading(): Promise<unknown> | undefined {
    const waits = [
      this.language.pending,
      this.#features.loading,
      this.#picker.state === 'loading' ? this.#picker.load() : undefined,
    ].filter(Boolean);
    return waits.length ? Promise.all(waits) : undefined;
  }

  /** The language menu is its own small chunk: only guides with `language-picker` fetch it. */
  readonly #picker = new Chunk('language menu', loadLanguagePicker, () => this.requestUpdate());

  #languageMenu(locale: string) {
    const menu = this.#picker.value;
    if (!menu) {
      void this.#picker.load();
      return nothing;
    }
    return menu.languagePicker(locale, (code) => this.language.pick(code));
  }

  /** Renders in the guide's own language, so two guides on one page can differ (i18n/active-locale.ts). */
  protected override update(changed: PropertyValues): void {
    inLocale(this.language.shown?.locale ?? 'en', () => super.update(changed));
  }

  protected override render() {
    // The frame is the query container and the sizer sizes the host (see guide.styles.ts).
    // Until the first language's text is here, the frame stays empty: no English flashes first.
    const shown = this.language.shown;
    return html`<div class="frame" aria-busy=${this.language.busy ? 'true' : nothing}>
        ${shown ? this.renderCard(shown) : nothing}
      </div>
      <svg class="sizer" aria-hidden="true" focusable="false"></svg>`;
  }

  private renderCard(shown: ShownLanguage) {
    const sections = this.visibleSections;
    const current = this.currentSection;
    const index = sections.indexOf(current);
    const previous = sections[index - 1];
    const next = sections[index + 1];
    const locale = shown.formatLocale;
    return html`<article
      lang=${shown.lang}
      dir=${shown.dir}
      class="guide"
      part="guide"
      aria-labelledby="guide-title"
      data-theme=${this.settings.theme ?? nothing}
    >
      <header part="header">
        ${heading(this.settings, 0, msg('Microneedling guide', {id: 'guide.title'}), {id: 'guide-title'})}
        <p class="header__subtitle">
          ${msg('What it is, home versus clinic, and how to care for your skin.', {id: 'guide.subtitle'})}
        </p>
        ${this.settings.languagePicker ? this.#languageMenu(shown.locale) : nothing}
      </header>
      ${renderDeviceNotice(this.settings, locale)}
      <div class="layout">
        <div class="contents-area">
          ${this.contentsToggle(current, index, sections.length)}
          <nav
            class="contents ${this.contentsOpen ? 'is-open' : ''}"
            id="contents"
            part="contents"
            aria-labelledby="contents-label"
          >
            <p class="contents__label" id="contents-label">${msg('In this guide', {id: 'guide.contents'})}</p>
            <ol>
              ${sections.map(
                (id) => html`<li>
                  <button
                    type="button"
                    data-section=${id}
                    aria-current=${id === current ? 'true' : nothing}
                    @click=${() => this.goTo(id)}
                    @pointerenter=${() => this.#features.prefetch(id)}
                    @focus=${() => this.#features.prefetch(id)}
                  >
                    ${icon(SECTIONS[id].icon)}<span>${SECTIONS[id].title()}</span>
                  </button>
                </li>`
              )}
            </ol>
          </nav>
        </div>
        <section
          class="section"
          part="section"
          id="section-${current}"
          data-section=${current}
          aria-labelledby="heading-${current}"
        >
          ${heading(this.settings, 1, html`${icon(SECTIONS[current].icon)}${SECTIONS[current].title()}`, {
            id: `heading-${current}`,
            className: 'section__heading',
            focusable: true,
          })}
          ${this.#renderSection(current, this.viewContext(locale, shown.locale))}
          <nav class="pager" part="pager" aria-label=${msg('Previous and next section', {id: 'guide.pager'})}>
            ${previous ? this.pagerButton(previous, 'previous') : nothing}
            ${next ? this.pagerButton(next, 'next') : nothing}
          </nav>
        </section>
      </div>
      <p class="disclaimer" part="disclaimer" role="note">
        ${icon('info')}
        <span
          >${msg(
            'General guidance, not medical advice. If you are unsure whether microneedling is right for you, ask a doctor or dermatologist.',
            {id: 'guide.disclaimer'}
          )}</span
        >
      </p>
    </article>`;
  }

  /** The body of the shown section: its view, or its feature's (FeatureController). */
  #renderSection(id: SectionId, ctx: ViewContext) {
    const section = SECTIONS[id];
    return section.render ? section.render(ctx) : this.#features.render(id, ctx);
  }

  /** What views may read and ask for; built per render so it always reflects current settings. */
  private viewContext(locale: string, language: string): ViewContext {
    const settings = this.settings;
    return {
      settings,
      locale,
      language,
      goTo: this.goToSection,
      has: (id) => settings.sections.includes(id),
    };
  }

  /**
   * The phone-width disclosure for the contents (WAI-ARIA disclosure navigation):
   * it names where the shopper is, so the eleven sections need not fill the screen.
   * Hidden by a container query on wide columns, where the list is always shown.
   */
  private contentsToggle(current: SectionId, index: number, total: number) {
    return html`<button
      type="button"
      class="contents-toggle"
      aria-expanded=${this.contentsOpen ? 'true' : 'false'}
      aria-controls="contents"
      @click=${() => (this.contentsOpen = !this.contentsOpen)}
    >
      ${icon(SECTIONS[current].icon)}
      <span class="contents-toggle__text">
        <span class="contents-toggle__label">${msg('In this guide', {id: 'guide.contents'})}</span>
        <span>${SECTIONS[current].title()}</span>
      </span>
      <span class="contents-toggle__position"
        >${msg(str`${index + 1} of ${total}`, {id: 'guide.contents.position'})}</span
      >
      ${icon(this.contentsOpen ? 'chevron-up' : 'chevron-down', 'icon contents-toggle__chevron')}
    </button>`;
  }

  private pagerButton(id: SectionId, direction: 'previous' | 'next') {
    const hint =
      direction === 'previous' ? msg('Previous', {id: 'guide.pager.previous'}) : msg('Next', {id: 'guide.pager.next'});
    return html`<button
      type="button"
      class="pager__${direction}"
      data-section=${id}
      @click=${() => this.goTo(id)}
      @pointerenter=${() => this.#features.prefetch(id)}
      @focus=${() => this.#features.prefetch(id)}
    >
      ${direction === 'previous' ? icon('arrow-start') : nothing}
      <span><span class="pager__hint">${hint}</span> ${SECTIONS[id].title()}</span>
      ${direction === 'next' ? icon('arrow-end') : nothing}
    </button>`;
  }
}

/** One loader for every guide, so the menu's chunk is fetched once a page. */
const loadLanguagePicker = () => import('./views/language-picker.js');

declare global {
  interface HTMLElementTagNameMap {
    'microneedle-guide': MicroneedleGuide;
  }
}
