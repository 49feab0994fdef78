import type {SectionId} from '../content/sections.js';
import type {GuideSettings} from '../config/settings.js';
import type {ScreeningController} from '../features/screening/controller.js';
import type {CareState} from '../features/care/state.js';

/** What a section view may know about and ask of the guide. Views never reach into the element. */
export interface ViewContext {
  /** The validated retailer settings (device, clinic link, sections...). */
  readonly settings: GuideSettings;
  /**
   * The locale the text is shown in (i18n/shown-locale.ts): the `lang` of the content,
   * and the locale of every number and date a view formats.
   */
  readonly locale: string;
  /**
   * Moves the shopper to another section; focus follows to its heading, or to the
   * control `focus` selects when the link names one ("Change the session date").
   */
  goTo(id: SectionId, focus?: string): void;
  /** Whether a section is shown, so views link only to sections that exist. */
  has(id: SectionId): boolean;
  /** The screening questionnaire's in-memory state, kept while the shopper visits other sections. */
  readonly screening: ScreeningController;
  /** When the shopper's session was and the goal they chose, for the aftercare and plan views. */
  readonly care?: CareState;
}
