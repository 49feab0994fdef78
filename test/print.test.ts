import {expect} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {describeEmulatingMedia, setViewport} from './support/engine.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {PRINTING_ATTRIBUTE} from '../src/features/care/print.js';
import {mountGuide as mount, shadow, textOf} from './support/helpers.js';
import '../src/index.js';

/** A4 less Chrome's default margins (about 0.4 in each side), at 96 px per inch; Letter is shorter. */
const PAGE_WIDTH_PX = 717;
const PAGE_HEIGHT_PX = 979; // Letter: 11 in less margins

/** A retailer's page: their content before and after the guide. */
function page(attrs = '') {
  return mount(`<p id="retailer">Retailer product page: price, gallery, reviews.</p>
    <microneedle-guide start="aftercare" ${attrs}></microneedle-guide>
    <footer id="footer">Shop footer</footer>`);
}

const all = (el: MicroneedleGuide, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const display = (node: Element) => getComputedStyle(node).display;
const shown = (node: Element) => (node as HTMLElement).checkVisibility() && node.getBoundingClientRect().height > 0;

// Chromium only: every test here emulates the print media type (see canEmulateMedia).
describeEmulatingMedia('printing the aftercare card', () => {
  afterEach(async () => {
    await emulateMedia({media: 'screen'});
    await setViewport({width: 800, height: 600});
  });

  it('hides navigation, the header, the form and every button; shows every milestone and the doctor list', async () => {
    const {el} = await page('needle-depth="0.25"');
    // On screen, all of it is there (but the phone-only contents toggle, hidden on a wide column).
    expect(all(el, 'button:not(.contents-toggle)').every(shown)).to.equal(true);
    await emulateMedia({media: 'print'});
    for (const selector of ['nav.contents', '.pager', 'header[part="header"]', '.care-actions', '.aftercare__session']) {
      expect(all(el, selector).length, selector).to.be.greaterThan(0);
      for (const node of all(el, selector)) expect(display(node), selector).to.equal('none');
    }
    const buttons = all(el, 'button');
    expect(buttons.length).to.be.greaterThan(10); // contents, pager, device-care link, calendar, print
    for (const button of buttons) {
      expect(display(button), textOf(button)).to.equal('none');
      expect(shown(button), textOf(button)).to.equal(false);
    }
    for (const input of all(el, 'input')) expect(shown(input), input.getAttribute('type')!).to.equal(false);
    // A 0.25 mm device is home depth: the printed card carries the regular-home set (nothing ends at a week).
    const milestones = all(el, '.milestone');
    expect(milestones.map((m) => m.dataset.milestone)).to.deep.equal(['right-after', 'day-1', 'day-3', 'week-2']);
    expect(textOf(milestones[0])).to.contain('Leave them out while you use your device regularly');
    for (const m of milestones) {
      expect(shown(m), m.dataset.milestone).to.equal(true);
      for (const item of m.querySelectorAll('.milestone__item')) expect(shown(item), textOf(item)).to.equal(true);
    }
    expect(shown(all(el, '.callout--warning')[0])).to.equal(true);
    expect(shown(all(el, '.aftercare__session-line')[0])).to.equal(true);
    expect(textOf(all(el, '.aftercare__session-line')[0])).to.match(/^Your session: /);
    expect(shown(all(el, '.aftercare__device')[0])).to.equal(true);
    expect(shown(all(el, '[part="disclaimer"]')[0])).to.equal(true);
  });

  it('prints black on white with no background colours', async () => {
    const {el} = await page();
    await emulateMedia({media: 'print'});
    for (const selector of ['.guide', '.callout', '.aftercare__device', '.section__heading']) {
      const style = getComputedStyle(all(el, selector)[0]);
      expect(style.backgroundColor, selector).to.equal('rgba(0, 0, 0, 0)');
      expect(style.color, selector).to.equal('rgb(0, 0, 0)');
    }
  });

  it('fits on one page', async () => {
    const {el} = await page('needle-depth="0.25"');
    await setViewport({width: PAGE_WIDTH_PX, height: PAGE_HEIGHT_PX});
    await emulateMedia({media: 'print'});
    const height = el.getBoundingClientRect().height;
    expect(height).to.be.at.most(PAGE_HEIGHT_PX);
  });

  it('"Print aftercare" prints the card alone: the rest of the page is hidden until printing ends', async () => {
    const {host, el} = await page();
    let printed = 0;
    const original = window.print;
    window.print = () => {
      printed += 1;
    };
    try {
      all(el, 'button[data-action="print"]')[0].click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    expect(el.hasAttribute(PRINTING_ATTRIBUTE)).to.equal(true);
    await emulateMedia({media: 'print'});
    expect(display(host.querySelector('#retailer')!)).to.equal('none');
    expect(display(host.querySelector('#footer')!)).to.equal('none');
    expect(display(host)).not.to.equal('none');
    expect(display(el)).not.to.equal('none');
    expect(all(el, '.milestone').every(shown)).to.equal(true);

    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute(PRINTING_ATTRIBUTE)).to.equal(false);
    expect(display(host.querySelector('#retailer')!)).not.to.equal('none');
    expect(document.adoptedStyleSheets.length).to.equal(0);
  });

  it('a page printed without the button prints itself, the guide as a clean card', async () => {
    const {host, el} = await page();
    await emulateMedia({media: 'print'});
    expect(display(host.querySelector('#retailer')!)).not.to.equal('none');
    expect(display(all(el, 'nav.contents')[0])).to.equal('none');
  });
});
