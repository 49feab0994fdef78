import * as z from 'zod/mini';
import {SECTION_IDS} from '../sections/ids.js';

/**
 * The single source of truth for what a retailer may configure. Attributes, the
 * `config` property and a `<script type="application/json">` child are all checked
 * against these schemas; the type retailers import is inferred from them, and the
 * warning texts below are written from the same constants.
 */

/** The shortest needle length the guide accepts, in millimetres. */
export const NEEDLE_DEPTH_MIN_MM = 0.05;
/** The longest needle length the guide accepts, in millimetres. */
export const NEEDLE_DEPTH_MAX_MM = 3;
/** Longest device name shown, in characters. */
export const DEVICE_NAME_MAX_LENGTH = 80;
/** The heading levels the guide's title may take (`heading-level`); its own headings follow, down to h6. */
export const HEADING_LEVEL_MIN = 1;
export const HEADING_LEVEL_MAX = 6;
/** Colour themes; without one the guide follows `prefers-color-scheme`. */
export const THEMES = ['light', 'dark'] as const;

export const sectionIdSchema = z.enum(SECTION_IDS);

/**
 * An absolute `http:` or `https:` URL with a host, as the browser's own URL parser reads
 * it (zod's `z.url()` does the same with more code than the first load can spare).
 */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Each configurable field, with the schema its value must pass. */
export const configShape = {
  /** The device's needle length in millimetres, from 0.05 to 3. */
  needleDepth: z.optional(z.number().check(z.gte(NEEDLE_DEPTH_MIN_MM), z.lte(NEEDLE_DEPTH_MAX_MM))),
  /** The device's name, shown as text ("Your Lumen Glow: 0.25 mm"). */
  deviceName: z.optional(
    z.string().check(z.trim(), z.refine((name) => name.length > 0 && name.length <= DEVICE_NAME_MAX_LENGTH))
  ),
  /** Where a shopper can find professional treatment or advice: an absolute http: or https: URL. */
  clinicUrl: z.optional(z.string().check(z.refine(isWebAddress))),
  /** Which sections show, in this order. */
  sections: z.optional(z.array(sectionIdSchema).check(z.minLength(1))),
  /** The section shown first; must be one of the shown sections. */
  start: z.optional(sectionIdSchema),
  /** Whether the screening event may carry the verdict (never the answers). */
  shareVerdict: z.optional(z.boolean()),
  /** The guide's language as a BCP 47 tag, e.g. `en` or `pt-BR`. */
  lang: z.optional(z.string().check(z.refine((tag) => /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(tag)))),
  /** Shows a menu of the guide's languages in its header; switches that guide only. */
  languagePicker: z.optional(z.boolean()),
  /** `light` or `dark`; without it the guide follows the shopper's system setting. */
  theme: z.optional(z.enum(THEMES)),
  /** The level of the guide's title (1 to 6, default 2), to fit the page's outline; sections sit one deeper. */
  headingLevel: z.optional(z.number().check(z.refine(Number.isInteger), z.gte(HEADING_LEVEL_MIN), z.lte(HEADING_LEVEL_MAX))),
};

/**
 * The whole configuration object, as the `config` property or JSON child take it.
 * Unknown keys are an error, so a typo (`needleDepht`) is reported, not silently ignored.
 */
export const microneedleGuideConfigSchema = z.strictObject(configShape);

/** The configuration a retailer may give the guide (every field optional). */
export type MicroneedleGuideConfig = z.infer<typeof microneedleGuideConfigSchema>;

export type ConfigKey = keyof typeof configShape;

/** Every configuration key, in the order the README lists them. */
export const CONFIG_KEYS = Object.freeze(Object.keys(configShape) as ConfigKey[]);

/** The attribute that sets each field. */
export const CONFIG_ATTRIBUTES: Readonly<Record<ConfigKey, string>> = Object.freeze({
  needleDepth: 'needle-depth',
  deviceName: 'device-name',
  clinicUrl: 'clinic-url',
  sections: 'sections',
  start: 'start',
  shareVerdict: 'share-verdict',
  lang: 'lang',
  languagePicker: 'language-picker',
  theme: 'theme',
  headingLevel: 'heading-level',
});

/** What each field allows, in words, for warnings and docs. Written from the schema's constants. */
export const CONFIG_ALLOWED: Readonly<Record<ConfigKey, string>> = Object.freeze({
  needleDepth: `a needle length in millimetres from ${NEEDLE_DEPTH_MIN_MM} to ${NEEDLE_DEPTH_MAX_MM}, e.g. 0.25`,
  deviceName: `a device name of 1 to ${DEVICE_NAME_MAX_LENGTH} characters`,
  clinicUrl: 'an absolute http: or https: URL, e.g. https://example.com/clinics',
  sections: `section ids from: ${SECTION_IDS.join(', ')}`,
  start: `one of ${SECTION_IDS.join(', ')}`,
  shareVerdict: 'true or false',
  lang: 'a language tag such as en or pt-BR',
  languagePicker: 'true or false',
  theme: `one of ${THEMES.join(', ')}`,
  headingLevel: `a whole number from ${HEADING_LEVEL_MIN} to ${HEADING_LEVEL_MAX}`,
});

/**
 * Lit attribute converter for `heading-level`: a number when the text is a whole
 * number, otherwise the text itself, so the warning can quote what the retailer wrote.
 */
export const headingLevelConverter = {
  fromAttribute(value: string | null): number | string | undefined {
    if (value === null) return undefined;
    return /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  },
  toAttribute(value: unknown): string | null {
    return value == null ? null : String(value);
  },
};

/** Whether `value` is a valid value for `key` (the field's schema, nothing else). */
export function isValidConfigValue<K extends ConfigKey>(
  key: K,
  value: unknown
): value is NonNullable<MicroneedleGuideConfig[K]> {
  return value !== undefined && configShape[key].safeParse(value).success;
}
