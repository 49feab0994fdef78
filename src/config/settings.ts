import {SECTION_IDS, type SectionId} from '../sections/ids.js';
import type {DepthClass} from '../rules/depth.js';

/**
 * The validated settings the guide renders from. Attributes, the `config`
 * property and a JSON child are parsed into this one object (see config/); views
 * read it and never look at raw input.
 */
export interface GuideSettings {
  /** The device's needle length in millimetres, when the retailer gave one. */
  needleDepth?: number;
  /** `classifyNeedleDepth(needleDepth)`, when a depth is known. */
  depthClass?: DepthClass;
  /** The device's name, rendered as text. */
  deviceName?: string;
  /** Where a shopper can find professional treatment or advice (http: or https: only). */
  clinicUrl?: string;
  /** Sections shown, in order. */
  sections: readonly SectionId[];
  /** Section shown first. */
  start?: SectionId;
  /** Whether the screening event may carry the verdict (never the answers). */
  shareVerdict: boolean;
  /** The language the retailer asked for (BCP 47), when given. */
  lang?: string;
  /** Whether the header offers a menu of the guide's languages. */
  languagePicker: boolean;
  /** A fixed colour theme; without it the guide follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
  /** The level of the guide's title heading (1 to 6); sections sit one deeper, never past h6. */
  headingLevel: number;
}

export const DEFAULT_SETTINGS: GuideSettings = Object.freeze({
  sections: SECTION_IDS,
  shareVerdict: false,
  languagePicker: false,
  headingLevel: 2,
});
