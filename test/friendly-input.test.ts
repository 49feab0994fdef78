import {expect, fixture, html} from '@open-wc/testing';
import {parseSettings} from '../src/rules/index.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {withWarnings} from './support/helpers.js';

/**
 * Input as shops really write it: a decimal comma, micrometres, a number as a JSON
 * string, a key in the wrong case or as the attribute's name. What can be read is read;
 * what cannot gets one warning that says what was probably meant.
 */
const DEPTH = 'a needle length in millimetres from 0.05 to 3, e.g. 0.25';
const KEYS = 'needleDepth, deviceName, clinicUrl, sections, start, shareVerdict, lang, languagePicker, theme, headingLevel';
const W = (text: string) => `<microneedle-guide>: ${text}`;


interface Row {
  /** Where the value is written. */
  source: 'attribute' | 'json' | 'config';
  value: unknown;
  needleDepth: number | undefined;
  warnings: string[];
}

const DEPTHS: Row[] = [
  {source: 'attribute', value: '0,25', needleDepth: 0.25, warnings: []},
  {source: 'attribute', value: '0,25 mm', needleDepth: 0.25, warnings: []},
  {source: 'attribute', value: ',5', needleDepth: 0.5, warnings: []},
  {source: 'json', value: '0,25', needleDepth: 0.25, warnings: []},
  {source: 'json', value: '0.25', needleDepth: 0.25, warnings: []},
  {source: 'json', value: '1.5mm', needleDepth: 1.5, warnings: []},
  {source: 'config', value: '0.5', needleDepth: 0.5, warnings: []},
  {
    source: 'attribute',
    value: '250',
    needleDepth: undefined,
    warnings: [W(`ignored needle-depth=250; expected ${DEPTH}; did you mean 0.25 mm? needle-depth is in millimetres, not micrometres.`)],
  },
  {
    source: 'json',
    value: 1500,
    needleDepth: undefined,
    warnings: [W(`ignored json.needleDepth=1500; expected ${DEPTH}; did you mean 1.5 mm? json.needleDepth is in millimetres, not micrometres.`)],
  },
  {
    source: 'config',
    value: '500',
    needleDepth: undefined,
    warnings: [W(`ignored config.needleDepth="500"; expected ${DEPTH}; did you mean 0.5 mm? config.needleDepth is in millimetres, not micrometres.`)],
  },
  // Too long in millimetres and in micrometres alike: no guess.
  {source: 'attribute', value: '4', needleDepth: undefined, warnings: [W(`ignored needle-depth=4; expected ${DEPTH}.`)]},
  {source: 'attribute', value: '5000', needleDepth: undefined, warnings: [W(`ignored needle-depth=5000; expected ${DEPTH}.`)]},
  {source: 'attribute', value: '0,2,5', needleDepth: undefined, warnings: [W(`ignored needle-depth="0,2,5"; expected ${DEPTH}.`)]},
];

async function guideWithDepth({source, value}: Row): Promise<MicroneedleGuide> {
  if (source === 'attribute') {
    return fixture<MicroneedleGuide>(html`<microneedle-guide needle-depth=${String(value)}></microneedle-guide>`);
  }
  if (source === 'json') {
    const el = document.createElement('microneedle-guide');
    el.innerHTML = `<script type="application/json">${JSON.stringify({needleDepth: value})}</script>`;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    return el;
  }
  const el = await fixture<MicroneedleGuide>(html`<microneedle-guide></microneedle-guide>`);
  el.config = {needleDepth: value as number};
  await el.updateComplete;
  return el;
}

describe('friendly input: needle depth', () => {
  for (const row of DEPTHS) {
    it(`${row.source} ${JSON.stringify(row.value)} → ${row.needleDepth ?? 'ignored'}`, async () => {
      const {result: el, warnings} = await withWarnings(() => guideWithDepth(row));
      expect(el.settings.needleDepth).to.equal(row.needleDepth);
      expect(warnings).to.deep.equal(row.warnings);
    });
  }
});

const KEY_ROWS: [string, string | undefined][] = [
  ['clinicURL', 'clinicUrl'],
  ['clinic_url', 'clinicUrl'],
  ['clinic-url', 'clinicUrl'],
  ['needle-depth', 'needleDepth'],
  ['needleDepht', 'needleDepth'],
  ['neddleDepth', 'needleDepth'],
  ['Theme', 'theme'],
  ['section', 'sections'],
  ['shareverdict', 'shareVerdict'],
  ['colour', undefined],
  ['x', undefined],
];

describe('friendly input: an unknown key suggests the nearest known one', () => {
  for (const [key, nearest] of KEY_ROWS) {
    it(`${key} → ${nearest ?? 'no suggestion'}`, async () => {
      const suffix = nearest ? `; did you mean ${nearest}?` : '.';
      const json = JSON.stringify({[key]: 'x'});
      expect(parseSettings({json}).problems).to.deep.equal([
        {field: `json.${key}`, received: 'x', allowed: `one of the keys ${KEYS}`, ...(nearest && {hint: `did you mean ${nearest}?`})},
      ]);
      const {warnings} = await withWarnings(async () => {
        const el = await fixture<MicroneedleGuide>(html`<microneedle-guide></microneedle-guide>`);
        el.config = {[key]: 'x'} as never;
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([W(`ignored config.${key}="x"; expected one of the keys ${KEYS}${suffix}`)]);
    });
  }
});
