import {expect, html} from '@open-wc/testing';
import {a11ySnapshot, executeServerCommand, findAccessibilityNode} from '@web/test-runner-commands';
import {SECTION_IDS} from '../src/rules/index.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {renderGuide, shadow, textOf} from './support/helpers.js';
import {describeEmulatingMedia, itReadingAccessibilityTree} from './support/engine.js';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const level = (h: Element) => Number(h.localName.slice(1));
const headings = (el: MicroneedleGuide) => [...shadow(el).querySelectorAll(HEADINGS)];
const q = (el: MicroneedleGuide, selector: string) => shadow(el).querySelector<HTMLElement>(selector)!;

async function planWithGoal(template = html`<microneedle-guide start="plan" needle-depth="0.25"></microneedle-guide>`) {
  const el = await renderGuide(template);
  q(el, 'input[name="plan-goal"]').click();
  await el.updateComplete;
  return el;
}

describe('heading levels (heading-level)', () => {
  it('puts the title at h2 by default, sections at h3, their parts at h4 and h5', async () => {
    const el = await planWithGoal();
    expect(q(el, '#guide-title').localName).to.equal('h2');
    expect(q(el, '.section__heading').localName).to.equal('h3');
    expect(q(el, '.plan__heading').localName).to.equal('h4');
    expect(q(el, '.plan__result .heading--rank3').localName).to.equal('h5');
  });

  it('starts the outline where the page asks (heading-level="1")', async () => {
    const el = await planWithGoal(
      html`<microneedle-guide start="plan" needle-depth="0.25" heading-level="1"></microneedle-guide>`
    );
    expect(q(el, '#guide-title').localName).to.equal('h1');
    expect(q(el, '.section__heading').localName).to.equal('h2');
    expect(q(el, '.plan__heading').localName).to.equal('h3');
    expect(q(el, '.plan__result .heading--rank3').localName).to.equal('h4');
  });

  it('never goes past h6 (heading-level="5")', async () => {
    const el = await planWithGoal(
      html`<microneedle-guide start="plan" needle-depth="0.25" heading-level="5"></microneedle-guide>`
    );
    expect(q(el, '#guide-title').localName).to.equal('h5');
    expect(q(el, '.section__heading').localName).to.equal('h6');
    expect(q(el, '.plan__heading').localName).to.equal('h6');
    expect(headings(el).every((h) => level(h) <= 6)).to.equal(true);
  });

  it('looks the same at any level: the look follows the rank, not the tag', async () => {
    const one = await renderGuide(html`<microneedle-guide heading-level="1"></microneedle-guide>`);
    const four = await renderGuide(html`<microneedle-guide heading-level="4"></microneedle-guide>`);
    for (const selector of ['#guide-title', '.section__heading', '.heading--rank2']) {
      expect(getComputedStyle(q(one, selector)).fontSize, selector).to.equal(getComputedStyle(q(four, selector)).fontSize);
    }
  });

  it('never skips a level in any section', async () => {
    for (const id of SECTION_IDS) {
      const el = await renderGuide(html`<microneedle-guide start=${id} needle-depth="0.25"></microneedle-guide>`);
      const levels = headings(el).map(level);
      expect(levels[0], id).to.equal(2);
      levels.forEach((n, i) => i && expect(n, `${id}: ${levels.join(' ')}`).to.be.at.most(levels[i - 1] + 1));
    }
  });
});

describe('callouts', () => {
  it('say their tone in words and show a shape of their own for each tone', async () => {
    const tones: Record<string, {prefix: string; icon: string}> = {};
    for (const [start, depth] of [['overview', ''], ['comfort', ''], ['aftercare', '']] as const) {
      const el = await renderGuide(html`<microneedle-guide start=${start} needle-depth=${depth || '0.25'}></microneedle-guide>`);
      for (const note of shadow(el).querySelectorAll<HTMLElement>('.callout')) {
        tones[note.dataset.tone!] = {
          prefix: textOf(note.querySelector('.visually-hidden')),
          icon: note.querySelector('.callout__icon')!.innerHTML,
        };
        expect(textOf(note).startsWith(textOf(note.querySelector('.visually-hidden'))), 'the prefix is read first').to.equal(true);
      }
    }
    expect(tones.info.prefix).to.equal('Information:');
    expect(tones.caution.prefix).to.equal('Caution:');
    expect(tones.warning.prefix).to.equal('Warning:');
    expect(new Set([tones.info.icon, tones.caution.icon, tones.warning.icon]).size, 'three different icons').to.equal(3);
  });

  itReadingAccessibilityTree('make their titles real headings, one level below the heading they sit under', async () => {
    const aftercare = await renderGuide(html`<microneedle-guide start="aftercare"></microneedle-guide>`);
    const doctor = q(aftercare, '.callout--warning .callout__heading');
    expect(doctor.localName).to.equal('h4');
    expect(textOf(doctor)).to.equal('Warning: See a doctor if');
    const spoken = findAccessibilityNode(
      (await a11ySnapshot({})) as never,
      (node: {role?: string; name?: string}) => node.role === 'heading' && /See a doctor if/.test(node.name ?? '')
    ) as {name: string; level: number} | null;
    expect(spoken?.name, 'what a screen reader announces').to.equal('Warning: See a doctor if');
    expect(spoken?.level).to.equal(4);

    const screening = await renderGuide(html`<microneedle-guide start="screening"></microneedle-guide>`);
    expect(q(screening, '.screening__heading').localName).to.equal('h4');
    const privacy = q(screening, '.callout__heading');
    expect(privacy.localName).to.equal('h5');
    expect(textOf(privacy)).to.equal('Information: Your answers are private');

    const clinicDevice = await renderGuide(html`<microneedle-guide needle-depth="1.5"></microneedle-guide>`);
    const notice = q(clinicDevice, '.device-notice__heading');
    expect(notice.localName).to.equal('h3');
    expect(textOf(notice)).to.match(/^Warning: /);
  });

  describeEmulatingMedia('in forced colours', () => {
    before(() => executeServerCommand('emulate-forced-colors', {active: true}));
    after(() => executeServerCommand('emulate-forced-colors', {active: false}));

    it('keep their 5 px tone bar in a system colour', async () => {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
      const el = await renderGuide(html`<microneedle-guide start="aftercare"></microneedle-guide>`);
      for (const note of shadow(el).querySelectorAll<HTMLElement>('.callout')) {
        const style = getComputedStyle(note);
        expect(style.borderInlineStartWidth, note.dataset.tone).to.equal('5px');
        expect(style.borderInlineStartStyle).to.equal('solid');
      }
    });
  });
});
