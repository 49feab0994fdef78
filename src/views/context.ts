import type {SectionId} from '../sections/ids.js';
import type {GuideSettings} from '../config/settings.js';

/** What a section view may know about and ask of the guide. Views never reach into the element. */
export interface ViewContext {
  /** The validated retailer settings (device, clinic link, sections...). */
  readonly settings: GuideSettings;
  /**
   * The tag every number and date a view formats uses (i18n/language.ts): the shown
   * language, in the page's region where the page speaks it (`de-AT`).
   */
  readonly locale: string;
  /**
   * The language the text is in (`de`). Text built outside a render, such as the calendar
   * file on a click, is built inside `inLocale(ctx.language, …)` so it matches the page.
   */
  readonly language: string;
  /**
   * Moves the shopper to another section; focus follows to its heading, or to the
   * control `focus` selects when the link names one ("Change the session date").
   */
  goTo(id: SectionId, focus?: string): void;
  /** Whether a section is shown, so views link only to sections that exist. */
  has(id: SectionId): boolean;
}
