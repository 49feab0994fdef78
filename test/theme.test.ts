import {expect, html} from '@open-wc/testing';
import {emulateMedia, resetMouse, sendMouse} from '@web/test-runner-commands';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {canEmulateMedia, itEmulatingMedia} from './support/engine.js';
import {renderGuide, shadow} from './support/helpers.js';

const guideCard = (el: MicroneedleGuide) => shadow(el).querySelector<HTMLElement>('.guide')!;
const currentButton = (el: MicroneedleGuide) =>
  shadow(el).querySelector<HTMLElement>('.contents button[aria-current="true"]')!;

/** Resolved value of a private token on the card, e.g. "#1d2730". */
const token = (el: MicroneedleGuide, name: string) => getComputedStyle(guideCard(el)).getPropertyValue(`--_${name}`).trim();

/** Any CSS colour → [r, g, b], by letting the browser resolve it. */
function rgb(colour: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const match = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(probe).color);
  probe.remove();
  if (!match) throw new Error(`not a colour: ${colour}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = rgb(colour).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const TEXT_INKS = [
  'text',
  'muted',
  'accent',
  'info',
  'caution',
  'warning',
  'suitable',
  'wait',
  'ask-doctor',
  'not-suitable',
];
const UI_INKS = ['border', 'focus'];

describe('theming', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulateMedia({colorScheme: 'light', reducedMotion: 'no-preference'});
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`meets WCAG AA with the default ${theme} palette`, async () => {
      const el = await renderGuide(html`<microneedle-guide theme=${theme} needle-depth="1"></microneedle-guide>`);
      const ratios: Record<string, number> = {};
      for (const surface of ['surface', 'surface-alt']) {
        for (const ink of TEXT_INKS) ratios[`${ink}/${surface}`] = contrast(token(el, ink), token(el, surface));
        for (const ink of UI_INKS) ratios[`${ink}/${surface}`] = contrast(token(el, ink), token(el, surface));
      }
      ratios['accent-text/accent'] = contrast(token(el, 'accent-text'), token(el, 'accent'));
      for (const [pair, ratio] of Object.entries(ratios)) {
        const [ink] = pair.split('/');
        expect(ratio, `${theme} ${pair}`).to.be.at.least(UI_INKS.includes(ink) ? 3 : 4.5);
      }
      // And what is actually painted: axe measures every text node, the notice included.
      await expect(el).to.be.accessible();
    });
  }

  // Chromium only: emulates a media feature (see canEmulateMedia).
  itEmulatingMedia('follows prefers-color-scheme without a theme', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const el = await renderGuide();
    expect(getComputedStyle(guideCard(el)).backgroundColor).to.equal('rgb(20, 26, 30)');
    expect(getComputedStyle(guideCard(el)).colorScheme).to.equal('dark');
    await emulateMedia({colorScheme: 'light'});
    expect(getComputedStyle(guideCard(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  // Chromium only: emulates a media feature (see canEmulateMedia).
  itEmulatingMedia('theme="light" and theme="dark" override the system setting, both ways', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const el = await renderGuide(html`<microneedle-guide theme="light"></microneedle-guide>`);
    expect(getComputedStyle(guideCard(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(guideCard(el)).color).to.equal('rgb(29, 39, 48)');
    await emulateMedia({colorScheme: 'light'});
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(guideCard(el)).backgroundColor).to.equal('rgb(20, 26, 30)');
    expect(getComputedStyle(guideCard(el)).color).to.equal('rgb(230, 236, 239)');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });

  it('a theme from the JSON child applies too, and the attribute beats it', async () => {
    const el = await renderGuide(
      html`<microneedle-guide><script type="application/json">{"theme": "dark"}</script></microneedle-guide>`
    );
    expect(getComputedStyle(guideCard(el)).backgroundColor).to.equal('rgb(20, 26, 30)');
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(getComputedStyle(guideCard(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('a retailer custom property reaches the rendered colour, radius and font, in either theme', async () => {
    const el = await renderGuide(html`<div
      style="--mng-color-accent: rgb(120, 20, 90); --mng-color-surface: rgb(250, 245, 240); --mng-radius: 3px; --mng-font-family: Georgia, serif"
    >
      <microneedle-guide theme="dark"></microneedle-guide>
    </div>`);
    const guide = el.querySelector('microneedle-guide')!;
    await guide.updateComplete;
    expect(getComputedStyle(currentButton(guide)).backgroundColor).to.equal('rgb(120, 20, 90)');
    expect(getComputedStyle(guideCard(guide)).backgroundColor).to.equal('rgb(250, 245, 240)');
    expect(getComputedStyle(guideCard(guide)).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(guide).fontFamily).to.equal('Georgia, serif');
  });

  it('inherits the page font by default', async () => {
    const el = await renderGuide(html`<div style="font-family: monospace"><microneedle-guide></microneedle-guide></div>`);
    const guide = el.querySelector('microneedle-guide')!;
    await guide.updateComplete;
    expect(getComputedStyle(guide).fontFamily).to.equal('monospace');
  });

  // Chromium only: emulates a media feature (see canEmulateMedia).
  itEmulatingMedia('animates nothing when the shopper asks for reduced motion', async () => {
    // Hovering a contents entry fades its background; the current section's highlight never fades.
    const el = await renderGuide();
    const other = shadow(el).querySelector<HTMLElement>('.contents button:not([aria-current="true"])')!;
    const box = other.getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
    try {
      expect(getComputedStyle(other).transitionDuration).to.equal('0.12s');
      expect(getComputedStyle(currentButton(el)).transitionDuration).to.equal('0s');
      await emulateMedia({reducedMotion: 'reduce'});
      expect(getComputedStyle(other).transitionDuration).to.equal('0s');
    } finally {
      await resetMouse();
    }
  });

  it('keeps state visible in forced-colors mode: its rules exist and select rendered elements', async () => {
    // The test runner can emulate color scheme and reduced motion but not forced colors, so read the rules
    // the browser parsed and check that each selector hits an element the guide actually renders.
    const el = await renderGuide(
      html`<microneedle-guide needle-depth="1.5" start="home-vs-clinic" sections="home-vs-clinic frequency"></microneedle-guide>`
    );
    const selectors: string[] = [];
    for (const sheet of shadow(el).adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active')) {
          for (const inner of rule.cssRules) if (inner instanceof CSSStyleRule) selectors.push(inner.selectorText);
        }
      }
    }
    const expected = [
      `.contents button[aria-current="true"]`,
      '.device-notice, .device-badge',
      '.device-notice__icon',
      '.compare [data-device]',
    ];
    expect(selectors).to.include.members(expected);
    for (const selector of expected) {
      expect(shadow(el).querySelectorAll(selector).length, selector).to.be.greaterThan(0);
    }
  });
});
