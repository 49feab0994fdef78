import type {SectionId} from '../sections/ids.js';
import type {GuideSettings} from '../config/settings.js';

/** What a section view may know about and ask of the guide. Views never reach into the element. */
export interface ViewContext {
  /** The validated retailer settings (device, clinic link, sections...). */
  readonly settings: GuideSettings;
  /**
   * The locale the text is shown in (config/locale.ts, resolved once per render): the
   * `lang` of the content, and the locale of every number and date a view formats.
   */
  readonly locale: string;
  /**
   * Moves the shopper to another section; focus follows to its heading, or to the
   * control `focus` selects when the link names one ("Change the session date").
   */
  goTo(id: SectionId, focus?: string): void;
  /** Whether a section is shown, so views link only to sections that exist. */
  has(id: SectionId): boolean;
}
