import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import {type ConfigKey} from '../src/index.js';
import {SECTION_IDS, CONFIG_ATTRIBUTES} from '../src/rules/index.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {shadow, textOf} from './support/helpers.js';

/**
 * Arbitrary retailer input never breaks the page: whatever the attributes and the JSON
 * child hold, the guide renders, nothing is thrown, every complaint is one warning in
 * the documented format, and each field that *was* valid survives the garbage around it.
 */

type Mode = 'attribute' | 'json' | 'garbage' | 'absent';

interface FieldPlan {
  mode: Mode;
  /** The attribute text (attribute and garbage modes). */
  attribute?: string;
  /** The JSON value (json mode), or garbage JSON for the same key (attribute mode, which must win). */
  json?: unknown;
  /** The setting expected when the field was valid. */
  expected?: unknown;
}

const TRICKY = [
  '',
  ' ',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  '<img src=x onerror=alert(1)>',
  'NaN',
  'Infinity',
  '-0',
  '1e3',
  '0x10',
  '{"needleDepth":',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '\u0000',
  '\ud800',
];
const garbageText = fc.oneof(fc.constantFrom(...TRICKY), fc.string({unit: 'binary', maxLength: 40}));

const sectionsArb = fc.shuffledSubarray([...SECTION_IDS], {minLength: 1});

/** For each field: a valid attribute text, the JSON value meaning the same, and the resulting setting. */
const VALID: {[K in ConfigKey]: fc.Arbitrary<{attribute: string; json: unknown; expected: unknown}>} = {
  needleDepth: fc.integer({min: 5, max: 300}).map((n) => ({attribute: String(n / 100), json: n / 100, expected: n / 100})),
  deviceName: fc
    .string({minLength: 1, maxLength: 60, unit: 'grapheme'})
    .filter((s) => s.trim().length > 0 && s.trim().length <= 80)
    .map((s) => ({attribute: s, json: s, expected: s.trim()})),
  clinicUrl: fc
    .tuple(fc.constantFrom('http', 'https'), fc.domain())
    .map(([scheme, host]) => `${scheme}://${host}/clinics`)
    .map((url) => ({attribute: url, json: url, expected: url})),
  sections: fc
    .tuple(sectionsArb, fc.constantFrom(' ', ',', ', '))
    .map(([ids, separator]) => ({attribute: ids.join(separator), json: ids, expected: ids})),
  // `start` is only planned valid together with valid sections (see below).
  start: fc.constant({attribute: 'overview', json: 'overview', expected: 'overview'}),
  shareVerdict: fc.constant({attribute: '', json: true, expected: true}),
  languagePicker: fc.constant({attribute: '', json: true, expected: true}),
  lang: fc.constantFrom('en', 'de', 'pt-BR', 'zh-Hant-TW', 'fr-CA').map((tag) => ({attribute: tag, json: tag, expected: tag})),
  theme: fc.constantFrom('light', 'dark').map((theme) => ({attribute: theme, json: theme, expected: theme})),
  headingLevel: fc.integer({min: 1, max: 6}).map((n) => ({attribute: String(n), json: n, expected: n})),
};

const KEYS = Object.keys(VALID) as ConfigKey[];

function fieldPlan(key: ConfigKey): fc.Arbitrary<FieldPlan> {
  return fc.oneof(
    fc.tuple(VALID[key], fc.jsonValue()).map(([v, junk]) => ({mode: 'attribute' as const, attribute: v.attribute, json: junk, expected: v.expected})),
    VALID[key].map((v) => ({mode: 'json' as const, json: v.json, expected: v.expected})),
    garbageText.map((text) => ({mode: 'garbage' as const, attribute: text})),
    fc.constant({mode: 'absent' as const})
  );
}

type Fields = {[K in ConfigKey]: FieldPlan};
interface Plan {
  fields: Fields;
  extraKeys: Record<string, unknown>;
}

/** A start is only "valid" if it is one of the sections that will be shown, so pick it from them. */
function withConsistentStart({fields, extraKeys}: Plan): fc.Arbitrary<Plan> {
  const {sections, start} = fields;
  if (start.mode !== 'attribute' && start.mode !== 'json') return fc.constant({fields, extraKeys});
  if (sections.mode !== 'attribute' && sections.mode !== 'json') {
    return fc.constant({fields: {...fields, start: {mode: 'absent'}}, extraKeys});
  }
  return fc.constantFrom(...(sections.expected as string[])).map((id) => ({
    fields: {...fields, start: {...start, attribute: id, json: start.mode === 'json' ? id : start.json, expected: id}},
    extraKeys,
  }));
}

const planArb: fc.Arbitrary<Plan> = fc
  .record({
    fields: fc.record(Object.fromEntries(KEYS.map((key) => [key, fieldPlan(key)])) as {[K in ConfigKey]: fc.Arbitrary<FieldPlan>}),
    extraKeys: fc.dictionary(fc.string({maxLength: 12}), fc.jsonValue({maxDepth: 2}), {maxKeys: 3}),
  })
  .chain(withConsistentStart);

/** The two forms a configuration warning takes: a dropped value, or share-verdict read as off (it fails closed). */
const WARNING =
  /^<microneedle-guide>: (ignored \S.*; expected .+|\S+=.* (keeps verdict sharing off, as it reads|is not true or false, so verdict sharing stays off)\. To share the verdict, .+)\.$/s;

let host: HTMLElement;

async function mount(attributes: [string, string][], jsonText: string | null): Promise<MicroneedleGuide> {
  const el = document.createElement('microneedle-guide');
  for (const [name, value] of attributes) el.setAttribute(name, value);
  if (jsonText !== null) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = jsonText;
    el.append(script);
  }
  host.replaceChildren(el);
  await el.updateComplete;
  return el;
}

function expectRendered(el: MicroneedleGuide) {
  const root = shadow(el);
  expect(textOf(root.querySelector('.section__heading')).length).to.be.greaterThan(3);
  expect(root.querySelectorAll('.contents button').length).to.equal(el.settings.sections.length);
  // The disclaimer is there in whatever language `lang` chose (the lang tests check the words).
  const disclaimer = root.querySelector('[part="disclaimer"]');
  expect(textOf(disclaimer).length).to.be.greaterThan(40);
  if (disclaimer?.closest('[lang]')?.getAttribute('lang')?.startsWith('en')) expect(textOf(disclaimer)).to.match(/not medical advice/);
}

describe('configuration: arbitrary input (fast-check)', () => {
  let warnings: string[];
  let errors: unknown[];
  const original = console.warn;
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);

  beforeEach(async () => {
    host = await fixture<HTMLElement>(html`<div></div>`);
    warnings = [];
    errors = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    console.warn = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  it('keeps every valid field, whatever garbage sits beside it, with attributes beating JSON', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async ({fields, extraKeys}) => {
        warnings.length = 0;
        const attributes: [string, string][] = [];
        const json: Record<string, unknown> = {...extraKeys};
        for (const key of KEYS) {
          const plan = fields[key];
          if (plan.mode === 'attribute' || plan.mode === 'garbage') attributes.push([CONFIG_ATTRIBUTES[key], plan.attribute!]);
          if (plan.mode === 'json' || plan.mode === 'attribute') json[key] = plan.json;
          // An extra key may by chance be a real one; keep the JSON honest for fields planned absent.
          if (plan.mode === 'absent' || plan.mode === 'garbage') delete json[key];
        }
        const el = await mount(attributes, JSON.stringify(json));
        expectRendered(el);
        for (const key of KEYS) {
          const plan = fields[key];
          if (plan.mode === 'attribute' || plan.mode === 'json') {
            expect(el.settings[key], `${key} (${plan.mode})`).to.deep.equal(plan.expected);
          }
        }
        for (const warning of warnings) expect(warning).to.match(WARNING);
      }),
      {numRuns: 120}
    );
    expect(errors).to.deep.equal([]);
  });

  it('renders and throws nothing for arbitrary attribute text and an arbitrary JSON child', async () => {
    const attributeNames = Object.values(CONFIG_ATTRIBUTES);
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...attributeNames), garbageText, {maxKeys: attributeNames.length}),
        fc.option(fc.oneof(fc.json(), garbageText, fc.string({unit: 'binary'})), {nil: null}),
        async (attributes, jsonText) => {
          warnings.length = 0;
          const el = await mount(Object.entries(attributes), jsonText);
          expectRendered(el);
          for (const warning of warnings) expect(warning).to.match(WARNING);
          // Re-rendering reports nothing new: each problem is warned about once.
          const reported = warnings.length;
          await el.goTo(el.settings.sections.at(-1)!);
          expectRendered(el);
          expect(warnings.length).to.equal(reported);
        }
      ),
      {numRuns: 120}
    );
    expect(errors).to.deep.equal([]);
  });

  it('survives arbitrary values set as properties from script', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          needleDepth: fc.anything(),
          deviceName: fc.anything(),
          sections: fc.anything(),
          config: fc.anything(),
        }),
        async (values) => {
          const el = await mount([], null);
          Object.assign(el, values);
          await el.updateComplete;
          expectRendered(el);
        }
      ),
      {numRuns: 80}
    );
    expect(errors).to.deep.equal([]);
  });
});
