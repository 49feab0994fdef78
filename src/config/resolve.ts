import {warn, warnText} from '../warn.js';
import type {GuideSettings} from './settings.js';
import {CONFIG_KEYS, type ConfigKey} from './schema.js';
import {
  mergeConfigs,
  parseConfigJson,
  parseConfigObject,
  parseElementInputs,
  toSettings,
  type ConfigProblem,
  type ElementInputs,
  type ParsedConfig,
} from './parse.js';

/** Everything the guide is configured from, as the element holds it right now. */
export interface SettingsInputs {
  /** Attribute/property values; they win over both JSON sources. */
  element: ElementInputs;
  /** The `config` property; wins over the JSON child. */
  config: unknown;
  /** Text of the `<script type="application/json">` child, or null without one. */
  json: string | null;
}

/**
 * Resolves the element's inputs into settings, remembering each input's last parse
 * so an unchanged value is never parsed or reported again: every problem gives
 * exactly one warning, however often the guide re-renders, and the settings object
 * keeps its identity until an input really changes.
 */
export class SettingsResolver {
  private readonly fields = new Map<ConfigKey, {raw: unknown; parsed: ParsedConfig}>();
  private configMemo?: {raw: unknown; parsed: ParsedConfig};
  private jsonMemo?: {raw: string | null; parsed: ParsedConfig};
  private settingsMemo?: {parts: ParsedConfig[]; settings: GuideSettings; crossKey: string};

  constructor(private readonly report: (problem: ConfigProblem) => void = reportProblem) {}

  resolve(inputs: SettingsInputs): GuideSettings {
    const parts = [
      ...CONFIG_KEYS.map((key) => this.field(key, inputs.element[key])),
      this.configPart(inputs.config),
      this.jsonPart(inputs.json),
    ];
    const previous = this.settingsMemo;
    if (previous && parts.every((part, i) => part === previous.parts[i])) return previous.settings;

    const {settings, problems} = toSettings(mergeConfigs(...parts.map((part) => part.config)));
    // Cross-field problems (a start that is not shown) are reported once per combination.
    const crossKey = problems.map(describeProblem).join('\n');
    if (crossKey && crossKey !== previous?.crossKey) problems.forEach(this.report);
    this.settingsMemo = {parts, settings, crossKey};
    return settings;
  }

  private field(key: ConfigKey, raw: unknown): ParsedConfig {
    const memo = this.fields.get(key);
    if (memo && sameInput(memo.raw, raw)) return memo.parsed;
    const parsed = this.safely('element', () => parseElementInputs({[key]: raw}));
    this.fields.set(key, {raw: snapshot(raw), parsed});
    return parsed;
  }

  private configPart(raw: unknown): ParsedConfig {
    if (this.configMemo && this.configMemo.raw === raw) return this.configMemo.parsed;
    const parsed = this.safely('config', () => parseConfigObject(raw, 'config'));
    this.configMemo = {raw, parsed};
    return parsed;
  }

  private jsonPart(raw: string | null): ParsedConfig {
    if (this.jsonMemo && this.jsonMemo.raw === raw) return this.jsonMemo.parsed;
    const parsed = this.safely('json', () => parseConfigJson(raw));
    this.jsonMemo = {raw, parsed};
    return parsed;
  }

  /** Parses and reports; an unexpected failure costs that input only, never the host page. */
  private safely(source: string, parse: () => ParsedConfig): ParsedConfig {
    let parsed: ParsedConfig;
    try {
      parsed = parse();
    } catch {
      parsed = {config: {}, problems: [{field: source, received: '[unreadable value]', allowed: 'a plain value'}]};
    }
    parsed.problems.forEach(this.report);
    return parsed;
  }
}

function reportProblem(problem: ConfigProblem): void {
  try {
    if (problem.message) warnText(problem.message);
    else warn(problem.field, problem.received, problem.allowed, problem.hint);
  } catch {
    /* a value that cannot even be printed is not worth breaking the page for */
  }
}

function describeProblem(problem: ConfigProblem): string {
  return `${problem.field}\u0000${String(problem.received)}\u0000${problem.allowed}\u0000${problem.hint ?? ''}`;
}

/** Arrays set from script are compared by content, so re-assigning an equal list is not a change. */
function sameInput(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}

function snapshot(raw: unknown): unknown {
  return Array.isArray(raw) ? [...raw] : raw;
}
