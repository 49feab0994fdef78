import {classifyNeedleDepth} from '../rules/depth.js';
import {describe} from '../warn.js';
import type {SectionId} from '../sections/ids.js';
import {DEFAULT_SETTINGS, type GuideSettings} from './settings.js';
import {
  CONFIG_ALLOWED,
  CONFIG_ATTRIBUTES,
  CONFIG_KEYS,
  NEEDLE_DEPTH_MAX_MM,
  NEEDLE_DEPTH_MIN_MM,
  configShape,
  sectionIdSchema,
  type ConfigKey,
  type MicroneedleGuideConfig,
} from './schema.js';

/**
 * Turns raw retailer input into a valid configuration. Pure: nothing here logs or
 * throws; every rejected value comes back as a `ConfigProblem`, one per problem, and
 * the caller decides how to report it (the element warns once per problem).
 * An invalid value is dropped for its field alone, as if it had not been given.
 */

/** One rejected input: where it came from, what it was, and what would have been accepted. */
export interface ConfigProblem {
  /** The attribute (`needle-depth`), or the key in the `config` property (`config.needleDepth`) or JSON child (`json.needleDepth`). */
  field: string;
  received: unknown;
  allowed: string;
  /** The whole warning sentence, where "ignored …; expected …" would misdescribe what happened. */
  message?: string;
  /** A likely fix, added after "expected …": "did you mean clinicUrl?". */
  hint?: string;
}

export interface ParsedConfig {
  config: MicroneedleGuideConfig;
  problems: ConfigProblem[];
}

/** Values as the element's attributes and properties hold them; any type may arrive from script. */
export type ElementInputs = {[K in ConfigKey]?: unknown};

/** Where a configuration object came from: the `config` property or the JSON child. */
export type ObjectSource = 'config' | 'json';

const NUMBER_TEXT = /^\s*\+?(\d+(?:[.,]\d*)?|[.,]\d+)\s*(?:mm)?\s*$/i;

/**
 * Reads a needle length written as text: `0.25`, `0.25mm`, `0.25 mm`, and with the decimal
 * comma most of Europe writes, `0,25`. Anything else gives `undefined`.
 */
export function parseMillimetres(text: string): number | undefined {
  const match = NUMBER_TEXT.exec(text);
  return match ? Number(match[1].replace(',', '.')) : undefined;
}

/**
 * A needle length given in micrometres (`250` for 0.25 mm) is a common slip, since
 * device sheets print both: when the number read as µm is a valid length, say so.
 */
function micronsHint(value: unknown, field: string): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const millimetres = value / 1000;
  if (millimetres < NEEDLE_DEPTH_MIN_MM || millimetres > NEEDLE_DEPTH_MAX_MM) return undefined;
  return `did you mean ${millimetres} mm? ${field} is in millimetres, not micrometres`;
}

/**
 * Lit attribute converter for `needle-depth`: a number when the text reads as one,
 * otherwise the text itself, so the warning can quote what the retailer wrote.
 */
export const needleDepthConverter = {
  fromAttribute(value: string | null): number | string | undefined {
    if (value === null) return undefined;
    return parseMillimetres(value) ?? value;
  },
  toAttribute(value: unknown): string | null {
    return value == null ? null : String(value);
  },
};

/** Splits a `sections` attribute: ids separated by spaces and/or commas. */
export function splitSectionList(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

/**
 * Checks the element's attribute/property values. A problem names the attribute
 * (`needle-depth`), since that is what retailers write.
 */
export function parseElementInputs(inputs: ElementInputs): ParsedConfig {
  const config: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  for (const key of CONFIG_KEYS) {
    let value = inputs[key];
    if (value === undefined || value === null) continue;
    const field = CONFIG_ATTRIBUTES[key];
    if (typeof value === 'string') {
      if (key === 'needleDepth') value = parseMillimetres(value) ?? value;
      else if (key === 'sections') {
        const ids = splitSectionList(value);
        if (ids.length === 0) {
          problems.push({field, received: value, allowed: `at least one of the ${CONFIG_ALLOWED.sections}`});
          continue;
        }
        value = ids;
      }
      else if (key !== 'deviceName') value = value.trim();
      // lang="" is valid HTML ("language unknown"), not a mistake to warn about.
      if (key === 'lang' && value === '') continue;
    }
    const parsed = parseField(key, value, field, problems);
    if (parsed !== undefined) config[key] = parsed;
  }
  return {config: config as MicroneedleGuideConfig, problems};
}

/**
 * Checks a configuration object (the `config` property or the parsed JSON child).
 * Unknown keys and invalid values are reported one by one; the valid rest is kept.
 * `null` means "not given". A string is read as JSON, so `config` may also be set to
 * the same text a JSON child would hold.
 */
export function parseConfigObject(value: unknown, source: ObjectSource): ParsedConfig {
  if (value === undefined || value === null) return {config: {}, problems: []};
  if (typeof value === 'string') return parseConfigJson(value, source);
  if (!isPlainObject(value)) {
    return {
      config: {},
      problems: [{field: source, received: value, allowed: `an object with the keys ${CONFIG_KEYS.join(', ')}`}],
    };
  }
  const config: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  let entries: [string, unknown][];
  try {
    entries = Object.entries(value);
  } catch {
    // A proxy or throwing getter from script: unreadable, so treat it as not given.
    return {config: {}, problems: [{field: source, received: '[unreadable object]', allowed: 'a plain object'}]};
  }
  for (const [key, raw] of entries) {
    const field = `${source}.${key}`;
    if (!isConfigKey(key)) {
      const nearest = nearestKey(key);
      problems.push({
        field,
        received: raw,
        allowed: `one of the keys ${CONFIG_KEYS.join(', ')}`,
        ...(nearest && {hint: `did you mean ${nearest}?`}),
      });
      continue;
    }
    if (raw === undefined || raw === null) continue;
    const parsed = parseField(key, raw, field, problems);
    if (parsed !== undefined) config[key] = parsed;
  }
  return {config: config as MicroneedleGuideConfig, problems};
}

/** Parses JSON text (the `<script type="application/json">` child). Blank text means no configuration. */
export function parseConfigJson(text: string | null | undefined, source: ObjectSource = 'json'): ParsedConfig {
  if (text == null || text.trim() === '') return {config: {}, problems: []};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? ` (${error.message})` : '';
    return {
      config: {},
      problems: [{field: source, received: text, allowed: `valid JSON: an object such as {"needleDepth": 0.25}${reason}`}],
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      config: {},
      problems: [{field: source, received: value, allowed: `a JSON object such as {"needleDepth": 0.25}`}],
    };
  }
  return parseConfigObject(value, source);
}

/** Combines configurations field by field: the first one that gives a field wins. */
export function mergeConfigs(...configs: MicroneedleGuideConfig[]): MicroneedleGuideConfig {
  const merged: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    const found = configs.find((config) => config[key] !== undefined);
    if (found) merged[key] = found[key];
  }
  return merged as MicroneedleGuideConfig;
}

/**
 * The settings views read: defaults filled in, the depth classified, and `start`
 * checked against the sections actually shown (a hidden start is a problem too).
 */
export function toSettings(config: MicroneedleGuideConfig): {settings: GuideSettings; problems: ConfigProblem[]} {
  const problems: ConfigProblem[] = [];
  const sections = config.sections ?? DEFAULT_SETTINGS.sections;
  let start = config.start;
  if (start !== undefined && !sections.includes(start)) {
    problems.push({field: 'start', received: start, allowed: `one of the shown sections: ${sections.join(', ')}`});
    start = undefined;
  }
  const settings: GuideSettings = {
    ...DEFAULT_SETTINGS,
    ...config,
    sections,
    start,
    shareVerdict: config.shareVerdict ?? DEFAULT_SETTINGS.shareVerdict,
    languagePicker: config.languagePicker ?? DEFAULT_SETTINGS.languagePicker,
    depthClass: config.needleDepth === undefined ? undefined : classifyNeedleDepth(config.needleDepth),
  };
  for (const key of Object.keys(settings) as (keyof GuideSettings)[]) {
    if (settings[key] === undefined) delete settings[key];
  }
  return {settings: Object.freeze(settings), problems};
}

/**
 * The whole pipeline for callers that have every input at once (tests, a retailer's
 * build check): element inputs beat the `config` property, which beats the JSON child.
 */
export function parseSettings(inputs: {
  element?: ElementInputs;
  config?: unknown;
  json?: string | null;
}): {settings: GuideSettings; problems: ConfigProblem[]} {
  const parts = [
    parseElementInputs(inputs.element ?? {}),
    parseConfigObject(inputs.config, 'config'),
    parseConfigJson(inputs.json),
  ];
  const result = toSettings(mergeConfigs(...parts.map((part) => part.config)));
  return {settings: result.settings, problems: [...parts.flatMap((part) => part.problems), ...result.problems]};
}

function parseField(key: ConfigKey, value: unknown, field: string, problems: ConfigProblem[]): unknown {
  if (key === 'sections') return parseSections(value, field, problems);
  if (key === 'shareVerdict') return parseShareVerdict(value, field, problems);
  if (key === 'languagePicker') return parseFlag(value, field, problems);
  // "0.25" in JSON or `config` reads as the attribute's text does.
  const input = key === 'needleDepth' && typeof value === 'string' ? (parseMillimetres(value) ?? value) : value;
  const result = configShape[key].safeParse(input);
  if (result.success) return result.data;
  const hint = key === 'needleDepth' ? micronsHint(input, field) : undefined;
  problems.push({field, received: value, allowed: CONFIG_ALLOWED[key], ...(hint && {hint})});
  return undefined;
}

/** Spellings that turn verdict sharing on: HTML's bare boolean attribute, its own name, and `true`. */
const SHARE_ON = new Set(['', 'true', 'share-verdict']);
/** Spellings a shop writes to mean "off"; HTML would read them as on, which is the wrong way round for privacy. */
const SHARE_OFF = new Set(['false', '0', 'no', 'off']);

/**
 * Verdict sharing fails closed. HTML's rule (any value of a present boolean attribute
 * means on) would turn `share-verdict="false"` into sharing, so only the spellings in
 * SHARE_ON mean on; every other value given means off, with a warning, and being given
 * it beats a `true` from a lower source (an attribute's "false" overrides JSON's true).
 * The same rule reads the attribute, the `config` property and the JSON child.
 */
function parseShareVerdict(value: unknown, field: string, problems: ConfigProblem[]): boolean {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (text !== undefined && SHARE_ON.has(text)) return true;
  const howToShare =
    field === 'share-verdict'
      ? 'To share the verdict, write share-verdict with no value, or share-verdict="true"'
      : `To share the verdict, set ${field} to true`;
  problems.push({
    field,
    received: value,
    allowed: CONFIG_ALLOWED.shareVerdict,
    message:
      text !== undefined && SHARE_OFF.has(text)
        ? `${field}=${describe(value)} keeps verdict sharing off, as it reads. ${howToShare}.`
        : `${field}=${describe(value)} is not true or false, so verdict sharing stays off. ${howToShare}.`,
  });
  return false;
}

/**
 * A plain on/off setting (`language-picker`): on bare, as `"true"` or as its own name;
 * off as `"false"`, `"0"`, `"no"` or `"off"`, as it reads (not HTML's "present means on");
 * anything else is off with a warning.
 */
export function parseFlag(value: unknown, field: string, problems: ConfigProblem[]): boolean {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (text !== undefined && (SHARE_ON.has(text) || text === field)) return true;
  if (text === undefined || !SHARE_OFF.has(text)) problems.push({field, received: value, allowed: 'true or false'});
  return false;
}

/** Whether one raw `shareVerdict` input, on its own, turns sharing on (no warning; settings report problems). */
export function sharesVerdict(value: unknown): boolean {
  return value != null && parseShareVerdict(value, 'share-verdict', []);
}

/** Keeps the known ids of a section list, each once, reporting every unknown or repeated one. */
function parseSections(value: unknown, field: string, problems: ConfigProblem[]): SectionId[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({field, received: value, allowed: `a list of ${CONFIG_ALLOWED.sections}`});
    return undefined;
  }
  if (value.length === 0) {
    problems.push({field, received: value, allowed: `at least one of the ${CONFIG_ALLOWED.sections}`});
    return undefined;
  }
  const ids: SectionId[] = [];
  for (const item of value) {
    const id = sectionIdSchema.safeParse(item);
    if (!id.success) problems.push({field, received: item, allowed: CONFIG_ALLOWED.sections});
    else if (ids.includes(id.data)) problems.push({field, received: item, allowed: 'each section id once'});
    else ids.push(id.data);
  }
  return configShape.sections.safeParse(ids).success ? ids : undefined;
}

/**
 * The known key a misspelt one most likely meant: the same key in another case or
 * spelling (`clinicURL`, `clinic_url`, the attribute name `needle-depth`), or one within
 * two edits (`needleDepht`). None when nothing is close.
 */
export function nearestKey(key: string): ConfigKey | undefined {
  const plain = (text: string) => text.toLowerCase().replace(/[-_\s]/g, '');
  const wanted = plain(key);
  let best: {key: ConfigKey; distance: number} | undefined;
  for (const known of CONFIG_KEYS) {
    const distance = editDistance(wanted, plain(known));
    if (distance <= 2 && distance < wanted.length / 2 && (!best || distance < best.distance)) best = {key: known, distance};
  }
  return best?.key;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost 1. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({length: a.length + 1}, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

function isConfigKey(key: string): key is ConfigKey {
  return (CONFIG_KEYS as readonly string[]).includes(key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
