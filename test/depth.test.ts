import {expect, html} from '@open-wc/testing';
import {setViewport} from './support/engine.js';
import {SECTION_IDS, classifyNeedleDepth} from '../src/rules/index.js';
import {deviceFrequencyRule} from '../src/rules/frequency.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {renderGuide, shadow, textOf} from './support/helpers.js';

const notice = (el: MicroneedleGuide) => shadow(el).querySelector<HTMLElement>('[part="device-notice"]');
const sectionText = (el: MicroneedleGuide) => textOf(shadow(el).querySelector('section.section'));
const columnHeaders = (el: MicroneedleGuide) =>
  [...shadow(el).querySelectorAll('table[part="comparison"] thead th')].map((th) => textOf(th));

/** Ends the contents buttons' colour transition, so axe measures the colours a shopper reads once it settles. */
async function accessible(el: MicroneedleGuide) {
  for (const animation of shadow(el).getAnimations()) if (animation instanceof CSSTransition) animation.finish();
  await expect(el).to.be.accessible();
}

/** Facts sheet section 4: one rule per depth class, worded the same everywhere. */
const HOME_RULE = 'At most 3 times a week, and never on two days in a row.';
const UPPER_RULE = 'At most once every 4 weeks.';
const CLINIC_RULE = 'No home use: this needle length belongs in a clinic.';

describe('needle depth: the rules', () => {
  it('classifies lengths at the facts sheet boundaries', () => {
    expect([0.05, 0.25, 0.3, 0.31, 0.5, 0.51, 3].map(classifyNeedleDepth)).to.deep.equal([
      'home',
      'home',
      'home',
      'upper-home',
      'upper-home',
      'professional',
      'professional',
    ]);
    for (const bad of [0, -1, Number.NaN, Infinity]) expect(() => classifyNeedleDepth(bad)).to.throw(RangeError);
  });

  it('picks the one frequency rule of the depth class, with no separate 0.25 mm band', () => {
    expect([undefined, 0.1, 0.25, 0.26, 0.3, 0.31, 0.5, 0.6, 2].map((needleDepth) => deviceFrequencyRule({needleDepth})?.kind)).to.deep.equal([
      undefined,
      'weekly',
      'weekly',
      'weekly',
      'weekly',
      'spaced',
      'spaced',
      'clinic-only',
      'clinic-only',
    ]);
    expect(deviceFrequencyRule({depthClass: 'home'})).to.deep.equal({depthClass: 'home', kind: 'weekly', maxPerWeek: 3, minGapDays: 2});
    expect(deviceFrequencyRule({depthClass: 'upper-home'})).to.deep.equal({
      depthClass: 'upper-home',
      kind: 'spaced',
      everyWeeks: 4,
      minGapDays: 28,
    });
  });
});

describe('needle depth: what the shopper sees', () => {
  it('without needle-depth, speaks about home devices in general', async () => {
    const el = await renderGuide(html`<microneedle-guide start="home-vs-clinic"></microneedle-guide>`);
    expect(notice(el)).to.equal(null);
    expect(shadow(el).querySelector('[part="device-badge"]')).to.equal(null);
    expect(columnHeaders(el)).to.deep.equal(['At home', 'In a clinic']);
    await el.goTo('frequency');
    expect(sectionText(el)).to.contain(`Needles up to 0.3 mm: ${HOME_RULE}`);
    expect(sectionText(el)).to.contain(`Needles over 0.3 mm, up to 0.5 mm: ${UPPER_RULE}`);
    expect(sectionText(el)).to.contain(`Needles over 0.5 mm: ${CLINIC_RULE}`);
    expect(sectionText(el)).not.to.contain('0.25');
  });

  it('home depth: marks the home column in words and gives the frequent-use rule only', async () => {
    const el = await renderGuide(
      html`<microneedle-guide needle-depth="0.25" device-name="Lumen Glow" start="home-vs-clinic"></microneedle-guide>`
    );
    expect(notice(el)).to.equal(null);
    expect(textOf(shadow(el).querySelector('[part="device-badge"]'))).to.equal('Your Lumen Glow: 0.25 mm, home depth');
    expect(columnHeaders(el)).to.deep.equal(['At home (your device)', 'In a clinic']);
    const homeCells = shadow(el).querySelectorAll('tbody td[data-device]');
    expect(homeCells).to.have.length(6);
    expect(homeCells[0].getAttribute('data-label')).to.equal('At home (your device)');
    await accessible(el);

    await el.goTo('frequency');
    expect(sectionText(el)).to.contain(HOME_RULE);
    expect(sectionText(el)).not.to.contain(UPPER_RULE);
    expect(sectionText(el)).to.contain('Never use it on skin that has not recovered');
    expect(sectionText(el)).to.contain('If a home device draws blood, stop.');
    await accessible(el);
  });

  it('0.3 mm is home depth, so the home rule applies (no separate 0.25 mm band)', async () => {
    const el = await renderGuide(html`<microneedle-guide needle-depth="0.3" start="frequency"></microneedle-guide>`);
    expect(notice(el)).to.equal(null);
    expect(sectionText(el)).to.contain(HOME_RULE);
    expect(sectionText(el)).not.to.contain(UPPER_RULE);
  });

  it('upper end of home use: extra-care advice above every section', async () => {
    const el = await renderGuide(html`<microneedle-guide needle-depth="0.5" device-name="Lumen Plus"></microneedle-guide>`);
    for (const id of SECTION_IDS) {
      await el.goTo(id);
      const text = textOf(notice(el));
      expect(text, id).to.contain('Extra care for this needle length');
      expect(text).to.contain('Your Lumen Plus has 0.5 mm needles: the upper end of what is sold for home use.');
      expect(text).to.contain(UPPER_RULE);
      expect(text).not.to.contain('3 to 4 weeks');
    }
    // A short list, not one long sentence.
    expect([...notice(el)!.querySelectorAll('li')].map((li) => textOf(li))).to.deep.equal([
      UPPER_RULE,
      'Use it only on skin that has fully recovered from the last session.',
      'Clean the needle head before and after every use.',
      'Never share it.',
    ]);
    expect(notice(el)!.classList.contains('device-notice--caution')).to.equal(true);
    await el.goTo('home-vs-clinic');
    expect(textOf(shadow(el).querySelector('[part="device-badge"]'))).to.equal(
      'Your Lumen Plus: 0.5 mm, the upper end of home use'
    );
    expect(columnHeaders(el)).to.deep.equal(['At home (your device)', 'In a clinic']);
    await el.goTo('frequency');
    expect(sectionText(el)).to.contain(UPPER_RULE);
    expect(sectionText(el)).to.contain('This is the upper end of home use, so take extra care.');
    expect(sectionText(el)).not.to.contain(HOME_RULE);
    await accessible(el);
  });

  it('professional depth: a prominent clinic notice before the contents, in every section, and no home schedule', async () => {
    const el = await renderGuide(
      html`<microneedle-guide needle-depth="1.5" clinic-url="https://example.com/clinics"></microneedle-guide>`
    );
    const n = notice(el)!;
    // Near the top: after the header, before the contents and the section.
    expect(n.previousElementSibling?.getAttribute('part')).to.equal('header');
    expect(n.nextElementSibling?.classList.contains('layout')).to.equal(true);
    expect(n.getAttribute('aria-labelledby')).to.equal('device-notice-heading');
    expect(textOf(n)).to.contain('This needle length belongs in a clinic');
    expect(textOf(n)).to.contain('This device has 1.5 mm needles.');
    expect(n.querySelector<HTMLAnchorElement>('a[part="clinic-link"]')!.href).to.equal('https://example.com/clinics');
    for (const id of SECTION_IDS) {
      await el.goTo(id);
      expect(textOf(notice(el)), id).to.contain('belongs in a clinic');
    }
    await el.goTo('home-vs-clinic');
    expect(textOf(shadow(el).querySelector('[part="device-badge"]'))).to.equal(
      'Your device: 1.5 mm, professional (clinic) depth'
    );
    expect(columnHeaders(el)).to.deep.equal(['At home', 'In a clinic (your device)']);
    await accessible(el);

    await el.goTo('frequency');
    const text = sectionText(el);
    expect(text).to.contain('No home schedule');
    expect(text).to.contain(CLINIC_RULE);
    expect(text).not.to.contain(HOME_RULE);
    expect(text).not.to.contain(UPPER_RULE);
    expect(text).to.contain('a session every 3 to 6 months');
    expect([...shadow(el).querySelectorAll('section h4:not(.callout__heading)')].map((h) => textOf(h))).to.deep.equal(['In a clinic']);
    expect(textOf(shadow(el).querySelector('section h4.callout__heading'))).to.match(/^Warning: No home schedule/);
    await accessible(el);
  });

  it('without a clinic-url the professional notice points to professional advice instead of a link', async () => {
    const el = await renderGuide(html`<microneedle-guide needle-depth="2"></microneedle-guide>`);
    expect(notice(el)!.querySelector('a')).to.equal(null);
    expect(textOf(notice(el))).to.contain('A dermatologist or a clinic can advise you on treatment.');
  });

  it('changes the guidance live when the depth changes', async () => {
    const el = await renderGuide(html`<microneedle-guide needle-depth="0.25" start="frequency"></microneedle-guide>`);
    expect(sectionText(el)).to.contain(HOME_RULE);
    el.needleDepth = 1;
    await el.updateComplete;
    expect(textOf(notice(el))).to.contain('belongs in a clinic');
    expect(sectionText(el)).to.contain('No home schedule');
    el.setAttribute('needle-depth', '0.4');
    await el.updateComplete;
    expect(textOf(notice(el))).to.contain('Extra care');
    expect(sectionText(el)).to.contain(UPPER_RULE);
    el.removeAttribute('needle-depth');
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
    expect(sectionText(el)).to.contain(HOME_RULE).and.contain(UPPER_RULE);
  });

  describe('on a 320 px phone', () => {
    before(() => setViewport({width: 320, height: 640}));
    after(() => setViewport({width: 800, height: 600}));

    for (const [depth, start] of [
      ['1.5', 'home-vs-clinic'],
      ['0.4', 'frequency'],
    ]) {
      it(`fits the ${depth} mm notice and badge without sideways scrolling`, async () => {
        const el = await renderGuide(
          html`<microneedle-guide
            needle-depth=${depth}
            device-name="Lumen Glow Professional Microneedling Pen Deluxe Edition"
            start=${start}
          ></microneedle-guide>`
        );
        for (const node of shadow(el).querySelectorAll<HTMLElement>('[part~="device-notice"], [part~="device-badge"], table')) {
          expect(node.getBoundingClientRect().right, node.className).to.be.at.most(320.5);
          expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth + 1);
        }
      });
    }
  });
});
