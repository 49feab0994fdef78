import {expect, html} from '@open-wc/testing';
import {type MicroneedleGuideConfig} from '../src/index.js';
import {SECTION_IDS, parseSettings, isValidConfigValue, microneedleGuideConfigSchema} from '../src/rules/index.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {guideFrom, renderGuide, shadow, textOf} from './support/helpers.js';

const IDS = SECTION_IDS.join(', ');
const KEYS = 'needleDepth, deviceName, clinicUrl, sections, start, shareVerdict, lang, languagePicker, theme, headingLevel';
const LEVEL = 'a whole number from 1 to 6';
const DEPTH = 'a needle length in millimetres from 0.05 to 3, e.g. 0.25';
const URL_RULE = 'an absolute http: or https: URL, e.g. https://example.com/clinics';
const W = (text: string) => `<microneedle-guide>: ${text}`;

/** Collects console.warn calls while `run` executes. */
async function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected invalid JSON');
}


const sectionShown = (el: MicroneedleGuide) => shadow(el).querySelector<HTMLElement>('section.section')!.dataset.section;

interface BadInput {
  name: string;
  attributes?: Record<string, string>;
  json?: string;
  config?: unknown;
  warnings: string[];
  /** What must still hold: the valid rest of the configuration applies. */
  expect: Partial<Record<keyof MicroneedleGuide['settings'], unknown>>;
}

// Every row also gives valid values for other fields, which must survive the bad one.
const BAD_INPUTS: BadInput[] = [
  {
    name: 'needle depth that is not a number',
    attributes: {'needle-depth': 'deep', 'device-name': 'Lumen Glow'},
    warnings: [W(`ignored needle-depth="deep"; expected ${DEPTH}.`)],
    expect: {needleDepth: undefined, depthClass: undefined, deviceName: 'Lumen Glow'},
  },
  {
    name: 'needle depth above 3 mm',
    attributes: {'needle-depth': '4', 'device-name': 'Lumen Glow'},
    warnings: [W(`ignored needle-depth=4; expected ${DEPTH}.`)],
    expect: {needleDepth: undefined, deviceName: 'Lumen Glow'},
  },
  {
    name: 'needle depth below 0.05 mm',
    attributes: {'needle-depth': '0.01', theme: 'dark'},
    warnings: [W(`ignored needle-depth=0.01; expected ${DEPTH}.`)],
    expect: {needleDepth: undefined, theme: 'dark'},
  },
  {
    name: 'negative needle depth',
    attributes: {'needle-depth': '-0.25', start: 'frequency'},
    warnings: [W(`ignored needle-depth="-0.25"; expected ${DEPTH}.`)],
    expect: {needleDepth: undefined, start: 'frequency'},
  },
  {
    name: 'unknown section id among valid ones',
    attributes: {sections: 'overview nope, frequency', 'needle-depth': '0.25'},
    warnings: [W(`ignored sections="nope"; expected section ids from: ${IDS}.`)],
    expect: {sections: ['overview', 'frequency'], needleDepth: 0.25},
  },
  {
    name: 'empty sections',
    attributes: {sections: ' ', 'needle-depth': '0.25'},
    warnings: [W(`ignored sections=" "; expected at least one of the section ids from: ${IDS}.`)],
    expect: {sections: SECTION_IDS, needleDepth: 0.25},
  },
  {
    name: 'a section listed twice',
    attributes: {sections: 'frequency aftercare frequency'},
    warnings: [W('ignored sections="frequency"; expected each section id once.')],
    expect: {sections: ['frequency', 'aftercare']},
  },
  {
    name: 'javascript: clinic URL',
    attributes: {'clinic-url': 'javascript:alert(1)', 'needle-depth': '1.5'},
    warnings: [W(`ignored clinic-url="javascript:alert(1)"; expected ${URL_RULE}.`)],
    expect: {clinicUrl: undefined, needleDepth: 1.5, depthClass: 'professional'},
  },
  {
    name: 'relative clinic URL',
    attributes: {'clinic-url': '/clinics'},
    warnings: [W(`ignored clinic-url="/clinics"; expected ${URL_RULE}.`)],
    expect: {clinicUrl: undefined},
  },
  {
    name: 'unknown theme',
    attributes: {theme: 'blue', 'device-name': 'Lumen Glow'},
    warnings: [W('ignored theme="blue"; expected one of light, dark.')],
    expect: {theme: undefined, deviceName: 'Lumen Glow'},
  },
  {
    name: 'heading level above 6',
    attributes: {'heading-level': '7', theme: 'dark'},
    warnings: [W(`ignored heading-level=7; expected ${LEVEL}.`)],
    expect: {headingLevel: 2, theme: 'dark'},
  },
  {
    name: 'heading level 0',
    attributes: {'heading-level': '0', theme: 'dark'},
    warnings: [W(`ignored heading-level=0; expected ${LEVEL}.`)],
    expect: {headingLevel: 2, theme: 'dark'},
  },
  {
    name: 'heading level that is not a whole number',
    attributes: {'heading-level': 'h3', 'device-name': 'Lumen Glow'},
    warnings: [W(`ignored heading-level="h3"; expected ${LEVEL}.`)],
    expect: {headingLevel: 2, deviceName: 'Lumen Glow'},
  },
  {
    name: 'fractional heading level in config',
    config: {headingLevel: 2.5, theme: 'light'},
    warnings: [W(`ignored config.headingLevel=2.5; expected ${LEVEL}.`)],
    expect: {headingLevel: 2, theme: 'light'},
  },
  {
    name: 'unknown start section',
    attributes: {start: 'nope', theme: 'light'},
    warnings: [W(`ignored start="nope"; expected one of ${IDS}.`)],
    expect: {start: undefined, theme: 'light'},
  },
  {
    name: 'start section that is not shown',
    attributes: {start: 'aftercare', sections: 'overview frequency'},
    warnings: [W('ignored start="aftercare"; expected one of the shown sections: overview, frequency.')],
    expect: {start: undefined, sections: ['overview', 'frequency']},
  },
  {
    name: 'blank device name',
    attributes: {'device-name': '   ', 'needle-depth': '0.25'},
    warnings: [W('ignored device-name="   "; expected a device name of 1 to 80 characters.')],
    expect: {deviceName: undefined, needleDepth: 0.25},
  },
  {
    name: 'malformed language tag',
    attributes: {lang: 'not a tag', 'needle-depth': '0.25'},
    warnings: [W('ignored lang="not a tag"; expected a language tag such as en or pt-BR.')],
    expect: {lang: undefined, needleDepth: 0.25},
  },
  {
    name: 'malformed JSON child',
    attributes: {'needle-depth': '0.25'},
    json: '{"deviceName": "Lumen Glow",}',
    warnings: [
      W(
        `ignored json="{\\"deviceName\\": \\"Lumen Glow\\",}"; expected valid JSON: an object such as {"needleDepth": 0.25} (${jsonError(
          '{"deviceName": "Lumen Glow",}'
        )}).`
      ),
    ],
    expect: {needleDepth: 0.25, deviceName: undefined},
  },
  {
    name: 'JSON child that is not an object',
    attributes: {'device-name': 'Lumen Glow'},
    json: '[0.25]',
    warnings: [W('ignored json=[0.25]; expected a JSON object such as {"needleDepth": 0.25}.')],
    expect: {deviceName: 'Lumen Glow'},
  },
  {
    name: 'unknown key in the JSON child',
    json: '{"colour": "red", "needleDepht": 0.25, "deviceName": "Lumen Glow"}',
    warnings: [
      W(`ignored json.colour="red"; expected one of the keys ${KEYS}.`),
      W(`ignored json.needleDepht=0.25; expected one of the keys ${KEYS}; did you mean needleDepth?`),
    ],
    expect: {deviceName: 'Lumen Glow', needleDepth: undefined},
  },
  {
    name: 'wrong type in the JSON child',
    json: '{"needleDepth": "deep", "shareVerdict": "yes", "sections": "overview", "deviceName": "Lumen Glow"}',
    warnings: [
      W(`ignored json.needleDepth="deep"; expected ${DEPTH}.`),
      W(
        'json.shareVerdict="yes" is not true or false, so verdict sharing stays off. To share the verdict, set json.shareVerdict to true.'
      ),
      W(`ignored json.sections="overview"; expected a list of section ids from: ${IDS}.`),
    ],
    expect: {needleDepth: undefined, shareVerdict: false, sections: SECTION_IDS, deviceName: 'Lumen Glow'},
  },
  {
    name: 'wrong type in the config property',
    config: {needleDepth: true, clinicUrl: 'https://example.com/clinics'},
    warnings: [W(`ignored config.needleDepth=true; expected ${DEPTH}.`)],
    expect: {needleDepth: undefined, clinicUrl: 'https://example.com/clinics'},
  },
  {
    name: 'config property that is not an object',
    attributes: {'needle-depth': '0.4'},
    config: 42,
    warnings: [W(`ignored config=42; expected an object with the keys ${KEYS}.`)],
    expect: {needleDepth: 0.4, depthClass: 'upper-home'},
  },
];

describe('configuration: bad input', () => {
  for (const row of BAD_INPUTS) {
    it(`${row.name}: one clear warning, the rest applies`, async () => {
      let el!: MicroneedleGuide;
      const warnings = await captureWarnings(async () => {
        el = await guideFrom(row.attributes ?? {}, row.json);
        if (row.config !== undefined) {
          el.config = row.config as MicroneedleGuideConfig;
          await el.updateComplete;
        }
        // Re-rendering (moving between sections) must not repeat a warning.
        await el.goTo(el.settings.sections.at(-1)!);
        await el.goTo(el.settings.sections[0]);
      });
      expect(warnings).to.deep.equal(row.warnings);
      for (const [key, value] of Object.entries(row.expect)) {
        expect(el.settings[key as keyof typeof el.settings], key).to.deep.equal(value);
      }
      expect(textOf(shadow(el).querySelector('.section__heading')).length).to.be.greaterThan(3);
      expect(textOf(shadow(el).querySelector('[part="disclaimer"]'))).to.match(/not medical advice/);
    });
  }

  it('keeps the old start warning format and falls back to the first section', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await renderGuide(html`<microneedle-guide start="nope"></microneedle-guide>`);
      expect(sectionShown(el)).to.equal('overview');
    });
    expect(warnings).to.deep.equal([W(`ignored start="nope"; expected one of ${IDS}.`)]);
  });

  it('warns again only when a bad value changes, never on re-render', async () => {
    const el = await guideFrom({});
    const warnings = await captureWarnings(async () => {
      el.setAttribute('needle-depth', '9');
      await el.updateComplete;
      el.setAttribute('device-name', 'Lumen Glow');
      await el.updateComplete;
      await el.goTo('frequency');
      el.setAttribute('needle-depth', '10');
      await el.updateComplete;
      el.setAttribute('needle-depth', '0.25');
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      W(`ignored needle-depth=9; expected ${DEPTH}.`),
      W(`ignored needle-depth=10; expected ${DEPTH}.`),
    ]);
    expect(el.settings.needleDepth).to.equal(0.25);
  });

  it('renders configuration text as text, never as HTML', async () => {
    const name = '<img src=x onerror="window.__pwned = true">Glow';
    const el = await guideFrom({'needle-depth': '1', 'device-name': name, start: 'home-vs-clinic'});
    const root = shadow(el);
    expect(root.querySelector('img')).to.equal(null);
    expect(textOf(root.querySelector('[part="device-notice"]'))).to.contain(`Your ${name} has 1 mm needles.`);
    expect(textOf(root.querySelector('[part="device-badge"]'))).to.contain(name);
    expect((window as {__pwned?: boolean}).__pwned).to.equal(undefined);
  });

  it('an invalid attribute falls back to a valid JSON value for the same field', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await guideFrom({'needle-depth': 'deep'}, '{"needleDepth": 0.4}');
      expect(el.settings.needleDepth).to.equal(0.4);
    });
    expect(warnings).to.have.length(1);
  });

  it('accepts a millimetre unit and spaces in needle-depth', async () => {
    const el = await guideFrom({'needle-depth': ' 0.25 mm '});
    expect(el.needleDepth).to.equal(0.25);
    expect(el.settings.needleDepth).to.equal(0.25);
  });

  it('treats lang="" as valid HTML, not a mistake', async () => {
    const warnings = await captureWarnings(() => guideFrom({lang: ''}));
    expect(warnings).to.deep.equal([]);
  });

  it('never throws for exotic config property values', async () => {
    const el = await guideFrom({'device-name': 'Lumen Glow'});
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      }
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const warnings = await captureWarnings(async () => {
      for (const value of [hostile, cyclic, Object.create(null), [1, 2], 'not json', Symbol('x'), () => 1, 10n]) {
        el.config = value as unknown as MicroneedleGuideConfig;
        await el.updateComplete;
      }
    });
    // Object.create(null) is a plain, empty object: nothing to report.
    expect(warnings).to.have.length(7);
    expect(warnings[0]).to.equal(W('ignored config="[unreadable object]"; expected a plain object.'));
    expect(el.settings.deviceName).to.equal('Lumen Glow');
  });
});

type Source = 'attribute' | 'property' | 'json' | 'config';

interface SettingCase {
  key: keyof MicroneedleGuideConfig;
  attribute: [string, string];
  property: [keyof MicroneedleGuide, unknown];
  value: unknown;
  /** What the shopper sees because of it. */
  shows: (el: MicroneedleGuide) => unknown;
}

const SETTING_CASES: SettingCase[] = [
  {
    key: 'needleDepth',
    attribute: ['needle-depth', '0.25'],
    property: ['needleDepth', 0.25],
    value: 0.25,
    shows: async (el) => {
      await el.goTo('home-vs-clinic');
      expect(textOf(shadow(el).querySelector('[part="device-badge"]'))).to.equal('Your device: 0.25 mm, home depth');
    },
  },
  {
    key: 'deviceName',
    attribute: ['device-name', 'Lumen Glow'],
    property: ['deviceName', 'Lumen Glow'],
    value: 'Lumen Glow',
    shows: (el) => expect(el.settings.deviceName).to.equal('Lumen Glow'),
  },
  {
    key: 'clinicUrl',
    attribute: ['clinic-url', 'https://example.com/clinics'],
    property: ['clinicUrl', 'https://example.com/clinics'],
    value: 'https://example.com/clinics',
    shows: (el) =>
      expect(shadow(el).querySelector<HTMLAnchorElement>('[part="clinic-link"]')?.href).to.equal('https://example.com/clinics'),
  },
  {
    key: 'sections',
    attribute: ['sections', 'home-vs-clinic,frequency'],
    property: ['sections', ['home-vs-clinic', 'frequency']],
    value: ['home-vs-clinic', 'frequency'],
    shows: (el) =>
      expect([...shadow(el).querySelectorAll<HTMLElement>('.contents button')].map((b) => b.dataset.section)).to.deep.equal([
        'home-vs-clinic',
        'frequency',
      ]),
  },
  {
    key: 'start',
    attribute: ['start', 'frequency'],
    property: ['start', 'frequency'],
    value: 'frequency',
    shows: (el) => expect(sectionShown(el)).to.equal('frequency'),
  },
  {
    key: 'shareVerdict',
    attribute: ['share-verdict', ''],
    property: ['shareVerdict', true],
    value: true,
    shows: (el) => expect(el.settings.shareVerdict).to.equal(true),
  },
  {
    key: 'lang',
    attribute: ['lang', 'pt-BR'],
    property: ['lang', 'pt-BR'],
    value: 'pt-BR',
    shows: (el) => expect(el.settings.lang).to.equal('pt-BR'),
  },
  {
    key: 'theme',
    attribute: ['theme', 'dark'],
    property: ['theme', 'dark'],
    value: 'dark',
    shows: (el) =>
      expect(getComputedStyle(shadow(el).querySelector('.guide')!).backgroundColor).to.equal('rgb(20, 26, 30)'),
  },
  {
    key: 'headingLevel',
    attribute: ['heading-level', '3'],
    property: ['headingLevel', 3],
    value: 3,
    shows: (el) => {
      expect(shadow(el).querySelector('#guide-title')!.localName).to.equal('h3');
      expect(shadow(el).querySelector('.section__heading')!.localName).to.equal('h4');
    },
  },
];

describe('configuration: every setting from every source', () => {
  for (const c of SETTING_CASES) {
    for (const source of ['attribute', 'property', 'json', 'config'] as Source[]) {
      it(`${c.key} from the ${source}`, async () => {
        const extra: Record<string, string> = c.key === 'clinicUrl' ? {'needle-depth': '1'} : {};
        const warnings = await captureWarnings(async () => {
          let el: MicroneedleGuide;
          if (source === 'attribute') el = await guideFrom({...extra, [c.attribute[0]]: c.attribute[1]});
          else if (source === 'json') el = await guideFrom(extra, JSON.stringify({[c.key]: c.value}));
          else {
            el = await guideFrom(extra);
            if (source === 'property') (el as unknown as Record<string, unknown>)[c.property[0]] = c.property[1];
            else el.config = {[c.key]: c.value};
            await el.updateComplete;
          }
          expect(el.settings[c.key]).to.deep.equal(c.value);
          await c.shows(el);
        });
        expect(warnings).to.deep.equal([]);
      });
    }
  }
});

describe('configuration: precedence', () => {
  it('attributes win over the config property, which wins over the JSON child, field by field', async () => {
    const el = await guideFrom(
      {'needle-depth': '0.25'},
      JSON.stringify({needleDepth: 1.5, deviceName: 'From JSON', theme: 'dark', clinicUrl: 'https://json.example/'})
    );
    el.config = {deviceName: 'From config', needleDepth: 0.4, clinicUrl: 'https://config.example/'};
    await el.updateComplete;
    expect(el.settings).to.include({
      needleDepth: 0.25,
      depthClass: 'home',
      deviceName: 'From config',
      theme: 'dark',
      clinicUrl: 'https://config.example/',
    });
    el.removeAttribute('needle-depth');
    await el.updateComplete;
    expect(el.settings.needleDepth).to.equal(0.4);
    el.config = undefined;
    await el.updateComplete;
    expect(el.settings).to.include({needleDepth: 1.5, deviceName: 'From JSON', clinicUrl: 'https://json.example/'});
  });

  it('share-verdict from JSON turns sharing on; the attribute cannot be turned off by the default', async () => {
    const el = await guideFrom({}, '{"shareVerdict": true}');
    expect(el.shareVerdict).to.equal(false);
    expect(el.settings.shareVerdict).to.equal(true);
  });

  it('reads the JSON child again when a CMS changes or replaces it', async () => {
    const el = await guideFrom({}, '{"needleDepth": 0.25}');
    expect(el.settings.needleDepth).to.equal(0.25);
    const script = el.querySelector('script')!;
    script.textContent = '{"needleDepth": 1.5}';
    await Promise.resolve(); // mutation records are delivered as a microtask
    await el.updateComplete;
    expect(el.settings.depthClass).to.equal('professional');
    script.remove();
    await Promise.resolve(); // mutation records are delivered as a microtask
    await el.updateComplete;
    expect(el.settings.needleDepth).to.equal(undefined);
  });

  it('keeps the settings object while inputs are unchanged', async () => {
    const el = await guideFrom({'needle-depth': '0.25'});
    const before = el.settings;
    await el.goTo('frequency');
    expect(el.settings).to.equal(before);
    el.sections = ['frequency', 'aftercare'];
    await el.updateComplete;
    const narrowed = el.settings;
    expect(narrowed).not.to.equal(before);
    el.sections = ['frequency', 'aftercare']; // a new, equal array is not a change
    await el.updateComplete;
    expect(el.settings).to.equal(narrowed);
  });
});

describe('configuration: the pure parser', () => {
  it('returns problems instead of warning or throwing', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const {settings, problems} = parseSettings({
        element: {needleDepth: '0.3', sections: 'frequency nope'},
        config: {theme: 'dark', extra: 1},
        json: '{"deviceName": "Lumen Glow"}',
      });
      expect(settings).to.deep.equal({
        needleDepth: 0.3,
        depthClass: 'home',
        sections: ['frequency'],
        theme: 'dark',
        deviceName: 'Lumen Glow',
        shareVerdict: false,
        languagePicker: false,
        headingLevel: 2,
      });
      expect(problems.map((p) => p.field)).to.deep.equal(['sections', 'config.extra']);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('exports the schema so retailers can check a config in their own build', () => {
    expect(isValidConfigValue('needleDepth', 0.25)).to.equal(true);
    expect(isValidConfigValue('needleDepth', 0.04)).to.equal(false);
    expect(isValidConfigValue('theme', 'dark')).to.equal(true);
    expect(isValidConfigValue('clinicUrl', 'ftp://example.com/')).to.equal(false);
    expect(microneedleGuideConfigSchema.safeParse({needleDepth: 0.25, sections: ['overview']}).success).to.equal(true);
    expect(microneedleGuideConfigSchema.safeParse({needleDepth: 5}).success).to.equal(false);
    expect(microneedleGuideConfigSchema.safeParse({clinicUrl: 'javascript:alert(1)'}).success).to.equal(false);
    expect(microneedleGuideConfigSchema.safeParse({typo: 1}).success).to.equal(false);
  });
});
