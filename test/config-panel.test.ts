import {expect, fixture, html} from '@open-wc/testing';
import {mountRetailerPanel} from '../demo/retailer-panel.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {shadow, textOf} from './support/helpers.js';

describe('demo retailer panel', () => {
  async function setUp() {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div id="panel"></div>
      <microneedle-guide needle-depth="0.25" device-name="Lumen Glow"></microneedle-guide>
    </div>`);
    const guide = page.querySelector<MicroneedleGuide>('microneedle-guide')!;
    await guide.updateComplete;
    const panel = page.querySelector<HTMLElement>('#panel')!;
    mountRetailerPanel(panel, guide);
    return {guide, panel};
  }

  it('changes depth, name, theme, accent and sections on the guide live', async () => {
    const {guide, panel} = await setUp();
    const depth = panel.querySelector<HTMLSelectElement>('#rp-depth')!;
    expect(depth.value).to.equal('0.25');
    depth.value = '1.5';
    depth.dispatchEvent(new Event('change'));
    await guide.updateComplete;
    expect(textOf(shadow(guide).querySelector('[part="device-notice"]'))).to.contain('This needle length belongs in a clinic');

    const share = panel.querySelector<HTMLInputElement>('#rp-share')!;
    expect(share.checked).to.equal(false);
    share.click();
    expect(guide.shareVerdict).to.equal(true);
    share.click();
    expect(guide.hasAttribute('share-verdict')).to.equal(false);

    const name = panel.querySelector<HTMLInputElement>('#rp-name')!;
    name.value = 'Lumen Pro';
    name.dispatchEvent(new Event('input'));
    await guide.updateComplete;
    expect(textOf(shadow(guide).querySelector('[part="device-notice"]'))).to.contain('Your Lumen Pro has 1.5 mm needles.');

    panel.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!.click();
    await guide.updateComplete;
    expect(guide.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(shadow(guide).querySelector('.guide')!).backgroundColor).to.equal('rgb(20, 26, 30)');

    const accent = panel.querySelector<HTMLInputElement>('#rp-accent')!;
    accent.value = '#7a1f5c';
    accent.dispatchEvent(new Event('input'));
    void getComputedStyle(guide).color; // start the background transition, then jump to its end
    for (const animation of shadow(guide).getAnimations()) animation.finish();
    expect(getComputedStyle(shadow(guide).querySelector('.contents button[aria-current="true"]')!).backgroundColor).to.equal(
      'rgb(122, 31, 92)'
    );

    for (const box of panel.querySelectorAll<HTMLInputElement>('input[name="section"]')) {
      if (box.value !== 'home-vs-clinic' && box.value !== 'frequency') box.click();
    }
    await guide.updateComplete;
    expect(guide.getAttribute('sections')).to.equal('home-vs-clinic frequency');
    expect(guide.settings.sections).to.deep.equal(['home-vs-clinic', 'frequency']);
  });

  it('is labelled and keyboard-usable (axe)', async () => {
    const {panel} = await setUp();
    await expect(panel).to.be.accessible();
  });
});
