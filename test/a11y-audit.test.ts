/**
 * The accessibility audit (issue 12): WCAG 2.2 A and AA in every view and state, in five
 * languages; keyboard only with a sticky host header; reflow at 320 px with the WCAG 1.4.12
 * text-spacing overrides; forced colours. Chromium only (describeAuditing and
 * describeEmulatingMedia in support/engine.ts say why); the other suites run axe in every
 * engine on single states.
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type * as Axe from 'axe-core';
import '../src/i18n/pseudo-locales.js';
import {replaceFeatureLoader} from '../src/features/feature.js';
import {SECTION_IDS, type SectionId} from '../src/sections/ids.js';
import {GOALS} from '../src/rules/plan.js';
import {SCREENING_PAGES} from '../src/features/screening/questions.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {describeAuditing, describeEmulatingMedia, setViewport} from './support/engine.js';
import {mountGuide, shadow, textOf, withWarnings} from './support/helpers.js';
import {$, $$, answerAll, box, forward, openScreening} from './support/screening.js';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

const LANGUAGES = ['en', 'de', 'ja', 'ar', 'en-XA'] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One condition per verdict (facts sheet): broken skin waits, psoriasis asks a doctor, keloid rules out. */
const VERDICTS = {suitable: [], wait: ['broken-skin'], 'ask-doctor': ['psoriasis'], 'not-suitable': ['keloid']} as const;
const DEVICES = {home: 0.25, 'upper-home': 0.5, professional: 1.5} as const;

const GUIDE = (lang: string, depth = 0.25) =>
  `<microneedle-guide lang="${lang}" language-picker needle-depth="${depth}" clinic-url="https://example.com/clinics"></microneedle-guide>`;

/** Finishes running transitions, so axe measures the colours a shopper reads once they settle. */
function settle(el: MicroneedleGuide): void {
  for (const animation of shadow(el).getAnimations()) animation.finish();
}

async function click(el: MicroneedleGuide, target: HTMLElement | null | undefined): Promise<void> {
  if (!target) throw new Error('nothing to click');
  target.click();
  await el.updateComplete;
}

/** From check your answers or a result: on to the result, then "Start again" (back to the intro). */
async function startAgain(el: MicroneedleGuide): Promise<void> {
  if (!$(el, '[part~="screening-result"]')) await click(el, forward(el));
  await click(el, $<HTMLButtonElement>(el, '.screening__actions .button--secondary'));
}

async function setNeedleDepth(el: MicroneedleGuide, mm: number): Promise<void> {
  el.needleDepth = mm;
  await el.updateComplete;
}

/** Sets a date or time field as the shopper would, and lets the guide follow it. */
async function fill(el: MicroneedleGuide, name: string, value: string, event: 'change' | 'input' = 'change') {
  const input = $<HTMLInputElement>(el, `input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event(event, {bubbles: true, composed: true}));
  await el.updateComplete;
}

/**
 * Runs axe (WCAG 2.2 A and AA) on the guide and records each violation as
 * "language / state: rule-id at target, target".
 */
class Audit {
  readonly failures: string[] = [];
  checked = 0;

  async run(el: MicroneedleGuide, lang: string, state: string): Promise<void> {
    settle(el);
    const result = await window.axe.run(el, {runOnly: {type: 'tag', values: WCAG_TAGS}, resultTypes: ['violations']});
    this.checked++;
    for (const v of result.violations) {
      this.failures.push(`${lang} / ${state}: ${v.id} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    }
  }
}

describeAuditing('accessibility audit: axe, WCAG 2.2 A and AA, every state in five languages', () => {
  const audit = new Audit();
  const states = new Set<string>();
  const check = async (el: MicroneedleGuide, lang: string, state: string) => {
    states.add(state);
    await audit.run(el, lang, state);
  };

  after(() => {
    console.log(`a11y audit: ${states.size} states × ${LANGUAGES.length} languages checked (${audit.checked} axe runs)`);
  });

  // First, while no guide on this page has loaded the care chunk: once one has, every later guide starts with it ready.
  it('a chunk that failed to load', async function () {
    const restore = replaceFeatureLoader('care', () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    try {
      await withWarnings(async () => {
        for (const lang of LANGUAGES) {
          const {el} = await mountGuide(
            `<microneedle-guide lang="${lang}" start="aftercare" sections="overview aftercare"></microneedle-guide>`
          );
          expect($(el, 'article.guide')?.lang).to.equal(lang);
          expect($(el, '.section__load button'), `${lang}: the retry button`).to.not.equal(null);
          await check(el, lang, 'chunk failed');
        }
      });
    } finally {
      restore();
    }
    expect(audit.failures, audit.failures.join('\n')).to.deep.equal([]);
  });

  for (const lang of LANGUAGES) {
    it(`in ${lang}`, async function () {
      this.timeout(60000);
      const {el} = await mountGuide(GUIDE(lang), lang);
      expect($(el, 'article.guide')?.lang, 'the guide shows the language audited').to.equal(lang);
      const start = audit.failures.length;

      for (const id of SECTION_IDS) {
        await el.goTo(id);
        await check(el, lang, `section ${id}`);
      }

      // The screening: every question page, the error, check your answers.
      await el.goTo('screening');
      await click(el, forward(el)); // Start
      await click(el, forward(el)); // Continue with nothing ticked
      expect($(el, '.error-summary'), 'the error summary').to.not.equal(null);
      await check(el, lang, 'screening error');
      for (const [index, page] of SCREENING_PAGES.entries()) {
        if (index > 0) await check(el, lang, `screening page ${page.id}`);
        await click(el, box(el, 'none'));
        if (index === 0) await check(el, lang, `screening page ${page.id}`);
        await click(el, forward(el));
      }
      expect($(el, '[part~="screening-next"]')).to.not.equal(null);
      await check(el, lang, 'check your answers');

      // Each verdict, with a home, an upper-home and a professional device (the card follows the depth).
      for (const [verdict, conditions] of Object.entries(VERDICTS)) {
        await startAgain(el);
        await answerAll(el, conditions);
        await click(el, forward(el)); // See my result
        for (const [device, mm] of Object.entries(DEVICES)) {
          await setNeedleDepth(el, mm);
          expect($(el, '[part~="screening-result"]')?.dataset.verdict, `${lang} ${device}`).to.equal(verdict);
          await check(el, lang, `verdict ${verdict}, ${device} device`);
        }
        await setNeedleDepth(el, DEVICES.home);
      }

      // The plan: each goal.
      await el.goTo('plan');
      for (const goal of GOALS) {
        await click(el, $<HTMLInputElement>(el, `input[name="plan-goal"][value="${goal}"]`));
        expect($(el, '[part="plan-result"]')?.dataset.goal).to.equal(goal);
        await check(el, lang, `plan goal ${goal}`);
      }

      // Aftercare: a session date with its time field cleared (the shopper is still typing), then with a time.
      await el.goTo('aftercare');
      await fill(el, 'session-date', '2026-03-02');
      await fill(el, 'session-time', '', 'input');
      expect($<HTMLInputElement>(el, 'input[name="session-time"]')!.value).to.equal('');
      await check(el, lang, 'aftercare without a session time');
      await fill(el, 'session-time', '18:30');
      await check(el, lang, 'aftercare with a session time');

      // The language picker, focused, in this language; then it switches the guide to another one.
      const select = $<HTMLSelectElement>(el, '.language-picker select')!;
      select.focus();
      await check(el, lang, 'language picker');
      select.value = 'es'; // none of the five audited languages
      select.dispatchEvent(new Event('change', {bubbles: true}));
      await el.updateComplete;
      expect($(el, 'article.guide')?.lang, 'the picker switched the guide').to.equal(select.value);

      const mine = audit.failures.slice(start);
      expect(mine, `axe violations:\n${mine.join('\n')}`).to.deep.equal([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------

/** The deepest focused element: through the guide's shadow root. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function describeElement(node: Element | null): string {
  if (!node) return 'nothing';
  const name = node.getAttribute('name') ?? node.getAttribute('data-section') ?? node.id;
  return `<${node.localName}${name ? ` ${name}` : ''}> "${textOf(node).slice(0, 40)}"`;
}

describeAuditing('accessibility audit: keyboard only, below a sticky host header', () => {
  let header: HTMLElement;
  let spacer: HTMLElement;
  before(() => {
    header = document.createElement('header');
    header.style.cssText = 'position:sticky;top:0;z-index:10;height:72px;background:#333;color:#fff';
    header.innerHTML = '<a href="#shop" style="color:#fff">Shop</a>';
    spacer = document.createElement('div');
    spacer.style.height = '150vh';
    document.body.prepend(header);
    document.body.append(spacer);
  });
  after(() => {
    header.remove();
    spacer.remove();
  });

  let el: MicroneedleGuide;
  const moves: string[] = [];

  /** Presses a key and checks where focus went: into something, visibly, not under the header. */
  async function press(key: string): Promise<Element> {
    if (key.startsWith('Shift+')) {
      await sendKeys({down: 'Shift'});
      await sendKeys({press: key.slice(6)});
      await sendKeys({up: 'Shift'});
    } else await sendKeys({press: key});
    await el.updateComplete;
    const active = deepActive();
    moves.push(`${key} → ${describeElement(active)}`);
    expect(active, `${key}: focus went to <body>; after ${moves.slice(-6).join(', ')}`).to.not.equal(document.body);
    expect(active, `${key}: focus was lost`).to.not.equal(null);
    const style = getComputedStyle(active!);
    expect(style.outlineStyle, `${key}: no visible focus on ${describeElement(active)}`).to.not.equal('none');
    expect(parseFloat(style.outlineWidth), `${key}: focus outline width on ${describeElement(active)}`).to.be.greaterThan(0);
    return active!;
  }

  /** Presses `key` until the focused element matches; fails after `max` presses. */
  async function moveTo(key: 'Tab' | 'Shift+Tab', matches: (node: Element) => boolean, max = 80): Promise<Element> {
    for (let i = 0; i < max; i++) {
      const active = await press(key);
      if (matches(active)) return active;
    }
    throw new Error(`${key} never reached the target; last: ${moves.slice(-5).join(', ')}`);
  }

  /** The focused element is below the sticky header, not hidden under it. */
  function expectBelowHeader(node: Element) {
    const top = node.getBoundingClientRect().top;
    const bottom = header.getBoundingClientRect().bottom;
    expect(top, `${describeElement(node)} is under the sticky header (top ${top}, header ends at ${bottom})`).to.be.at.least(bottom);
  }

  const contentsButton = (id: SectionId) => (n: Element) => n.matches(`.contents button[data-section="${id}"]`);

  /** Moves back up to the contents entry of a section and opens it with Enter. */
  async function openSection(id: SectionId): Promise<Element> {
    await moveTo('Shift+Tab', contentsButton(id));
    const headingEl = await press('Enter');
    expect(headingEl.matches('.section__heading'), `Enter on ${id} focuses its heading`).to.equal(true);
    expect($(el, 'section.section')?.dataset.section).to.equal(id);
    expectBelowHeader(headingEl);
    return headingEl;
  }

  it('completes the screening, a plan goal, the aftercare fields and the language picker', async function () {
    this.timeout(60000);
    await setViewport({width: 1000, height: 700});
    ({el} = await mountGuide(GUIDE('en')));
    // Scrolled down, so every move back up has the header to hide under.
    window.scrollTo(0, 400);
    (document.activeElement as HTMLElement | null)?.blur();
    header.querySelector('a')!.focus();

    // Into the guide and to the screening.
    await moveTo('Tab', contentsButton('screening'));
    expectBelowHeader(deepActive()!);
    await press('Enter');
    expectBelowHeader(deepActive()!);
    await moveTo('Tab', (n) => n.matches('[part~="screening-next"]'));
    await press(' '); // Start
    for (const page of SCREENING_PAGES) {
      const pageHeading = deepActive()!;
      expectBelowHeader(pageHeading);
      // Tick the first condition of the health page, "none" elsewhere; untick with Space on the way back.
      const value = page.id === 'health' ? page.conditions[0] : 'none';
      await moveTo('Tab', (n) => n.matches(`input[value="${value}"]`));
      await press(' ');
      expect(box(el, value).checked, `${page.id}: Space ticks ${value}`).to.equal(true);
      await moveTo('Tab', (n) => n.matches('[part~="screening-next"]'));
      await moveTo('Shift+Tab', (n) => n.matches(`input[value="${value}"]`));
      await moveTo('Tab', (n) => n.matches('[part~="screening-next"]'));
      await press('Enter');
    }
    expectBelowHeader(deepActive()!);
    await moveTo('Tab', (n) => n.matches('[part~="screening-next"]'));
    await press('Enter'); // See my result
    const card = $(el, '[part~="screening-result"]');
    expect(card?.dataset.verdict, 'the screening ends in a verdict').to.be.oneOf(Object.keys(VERDICTS));
    expect(card!.contains(deepActive())).to.equal(true);
    expectBelowHeader(deepActive()!);

    // The plan: a goal with Space, another with the arrow keys.
    await openSection('plan');
    await moveTo('Tab', (n) => n.matches('input[name="plan-goal"]'));
    await press(' ');
    expect($(el, '[part="plan-result"]')?.dataset.goal).to.equal(GOALS[0]);
    await press('ArrowDown');
    expect($(el, '[part="plan-result"]')?.dataset.goal).to.equal(GOALS[1]);

    // The aftercare date and time, stepped with the arrow keys.
    await openSection('aftercare');
    const line = () => textOf($(el, '.aftercare__session-line'));
    const date = $<HTMLInputElement>(el, 'input[name="session-date"]')!;
    const time = $<HTMLInputElement>(el, 'input[name="session-time"]')!;
    const before = {date: date.value, line: line()};
    await moveTo('Tab', (n) => n === date);
    await press('ArrowDown');
    expect(date.value, 'ArrowDown steps the date').to.not.equal(before.date);
    expect(line(), 'the session line follows the date').to.not.equal(before.line);
    const timeBefore = time.value;
    await moveTo('Tab', (n) => n === time);
    await press('ArrowUp');
    expect(time.value, 'ArrowUp steps the time').to.not.equal(timeBefore);

    // The language picker: Shift+Tab back up to it, arrows choose a language.
    const select = () => $<HTMLSelectElement>(el, '.language-picker select')!;
    await moveTo('Shift+Tab', (n) => n.matches('.language-picker select'));
    expectBelowHeader(deepActive()!);
    await press('ArrowDown');
    expect($(el, 'article.guide')?.lang, 'ArrowDown picks the next language').to.equal('es');
    expect(deepActive(), 'focus stays on the picker').to.equal(select());
    await press('ArrowUp');
    expect($(el, 'article.guide')?.lang).to.equal('en');
    await press('Tab');
  });
});

// ---------------------------------------------------------------------------------------------

/** WCAG 1.4.12's test values, applied to everything in the guide's shadow root. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** Read by screen readers only: the class, or the same pattern (a 1 px clipped box, e.g. the stacked table's head). */
function isVisuallyHidden(node: HTMLElement): boolean {
  return !!node.closest('.visually-hidden') || (node.clientWidth <= 1 && node.clientHeight <= 1);
}

/** What fails reflow in the current view: sideways scrolling, clipped text, small targets. */
function reflowProblems(el: MicroneedleGuide, state: string): string[] {
  const problems: string[] = [];
  const root = shadow(el);
  const guide = root.querySelector<HTMLElement>('article.guide')!;
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push(`${state}: the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
  if (guide.scrollWidth > guide.clientWidth) problems.push(`${state}: the guide scrolls sideways (${guide.scrollWidth} > ${guide.clientWidth})`);
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    if (isVisuallyHidden(node) || !node.checkVisibility()) continue;
    const style = getComputedStyle(node);
    const clips = /hidden|clip/.test(style.overflowX) || /hidden|clip/.test(style.overflowY);
    if (clips && (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1)) {
      problems.push(`${state}: clipped ${describeElement(node)} (${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight})`);
    }
    // Sideways overflow past the guide's edge, even where nothing scrolls.
    const rect = node.getBoundingClientRect();
    const edge = guide.getBoundingClientRect();
    if (rect.width && (rect.left < edge.left - 1 || rect.right > edge.right + 1)) {
      problems.push(`${state}: ${describeElement(node)} runs past the guide (${Math.round(rect.left)}–${Math.round(rect.right)})`);
    }
  }
  for (const node of root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')) {
    if (isVisuallyHidden(node) || !node.checkVisibility()) continue;
    const input = node as HTMLInputElement;
    const target = (input.type === 'checkbox' || input.type === 'radio') && input.labels?.[0] ? input.labels[0] : node;
    const {width, height} = target.getBoundingClientRect();
    if (width < 24 || height < 24) {
      problems.push(`${state}: target ${describeElement(node)} is ${width.toFixed(1)}×${height.toFixed(1)}`);
    }
  }
  return problems;
}

describeAuditing('accessibility audit: reflow at 320 px with WCAG 1.4.12 text spacing', () => {
  before(() => setViewport({width: 320, height: 640}));
  after(() => setViewport({width: 800, height: 600}));

  for (const lang of ['en', 'de', 'en-XA']) {
    it(`in ${lang}: no sideways scrolling, nothing clipped, every target 24 × 24 px`, async function () {
      this.timeout(60000);
      const {el} = await mountGuide(GUIDE(lang), lang);
      const spacing = document.createElement('style');
      spacing.textContent = TEXT_SPACING;
      shadow(el).append(spacing);
      const problems: string[] = [];
      const look = async (state: string) => {
        await el.updateComplete;
        settle(el);
        problems.push(...reflowProblems(el, state));
      };

      await look('contents closed');
      await click(el, $<HTMLButtonElement>(el, '.contents-toggle'));
      await look('contents open');
      await click(el, $<HTMLButtonElement>(el, '.contents-toggle'));
      for (const id of SECTION_IDS) {
        await el.goTo(id);
        await look(`section ${id}`);
      }
      await el.goTo('screening');
      await click(el, forward(el));
      await click(el, forward(el));
      await look('screening error');
      for (const page of SCREENING_PAGES) {
        await click(el, box(el, page.id === 'about' ? page.conditions[0] : 'none'));
        await look(`screening page ${page.id}`);
        await click(el, forward(el));
      }
      await look('check your answers');
      await click(el, forward(el));
      for (const [device, mm] of Object.entries(DEVICES)) {
        await setNeedleDepth(el, mm);
        await look(`verdict, ${device} device`);
      }
      await el.goTo('plan');
      for (const goal of GOALS) {
        await click(el, $<HTMLInputElement>(el, `input[name="plan-goal"][value="${goal}"]`));
        await look(`plan goal ${goal}`);
      }
      expect(problems, `${lang}:\n${[...new Set(problems)].join('\n')}`).to.deep.equal([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------

/** Whether an element draws a visible edge of its own: a border on some side, or an outline. */
function hasVisibleEdge(node: Element): boolean {
  const s = getComputedStyle(node);
  const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
  const border = sides.some(
    (side) =>
      s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
      parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0
  );
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  return border || outline;
}

describeEmulatingMedia('accessibility audit: forced colours', () => {
  before(() => executeServerCommand('emulate-forced-colors', {active: true}));
  after(() => executeServerCommand('emulate-forced-colors', {active: false}));

  async function screenshot(el: MicroneedleGuide, name: string) {
    const {x, y, width, height} = shadow(el).querySelector('article.guide')!.getBoundingClientRect();
    await executeServerCommand('mng-screenshot', {
      file: `screenshots/forced-colors/${name}.png`,
      clip: {x: x + scrollX, y: y + scrollY, width, height},
    });
  }

  it('keeps every verdict card, callout, boxed control and the current contents entry outlined, and saves screenshots', async function () {
    this.timeout(60000);
    await setViewport({width: 1000, height: 900});
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
    const {el} = await mountGuide(GUIDE('en'));
    const problems: string[] = [];
    const edges = (state: string) => {
      const current = $(el, '.contents button[aria-current="true"]');
      if (!current || !hasVisibleEdge(current)) problems.push(`${state}: the current contents entry has no border or outline`);
      // Controls drawn as boxes keep their box (link-styled buttons keep their underline instead).
      for (const control of $$(el, '.button, .contents button, select, input[type="date"], input[type="time"]')) {
        if (control.checkVisibility() && !hasVisibleEdge(control)) problems.push(`${state}: ${describeElement(control)} has no border`);
      }
      for (const callout of $$(el, '[part~="callout"]')) {
        if (!hasVisibleEdge(callout)) problems.push(`${state}: callout ${callout.dataset.tone} has no border or outline`);
      }
    };

    for (const id of SECTION_IDS) {
      await el.goTo(id);
      edges(`section ${id}`);
    }
    await el.goTo('frequency');
    await screenshot(el, 'frequency');

    await openScreening(el);
    for (const [verdict, conditions] of Object.entries(VERDICTS)) {
      if ($(el, '[part~="screening-result"]')) await startAgain(el);
      await answerAll(el, conditions);
      await click(el, forward(el));
      for (const [device, mm] of Object.entries(DEVICES)) {
        await setNeedleDepth(el, mm);
        const card = $(el, '[part~="screening-result"]')!;
        expect(card.dataset.verdict).to.equal(verdict);
        if (!hasVisibleEdge(card)) problems.push(`verdict ${verdict}, ${device}: the card has no border or outline`);
        const banner = card.querySelector('.result__banner')!;
        if (!hasVisibleEdge(banner)) problems.push(`verdict ${verdict}, ${device}: the banner has no edge`);
        edges(`verdict ${verdict}, ${device}`);
        await screenshot(el, `verdict-${verdict}-${device}`);
      }
      await setNeedleDepth(el, DEVICES.home);
    }
    await el.goTo('plan');
    await click(el, $<HTMLInputElement>(el, 'input[name="plan-goal"][value="acne-scars"]'));
    edges('plan');
    await screenshot(el, 'plan-acne-scars');
    await el.goTo('aftercare');
    edges('aftercare');
    await screenshot(el, 'aftercare');
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
