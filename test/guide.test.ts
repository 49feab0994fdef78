import {expect, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {setViewport} from './support/engine.js';
import {SECTION_IDS} from '../src/rules/index.js';
import {SectionChangeEvent} from '../src/events.js';
import {renderGuide, shadow, textOf, contentsButtons, currentHeading, focused} from './support/helpers.js';

const EXPECTED_TITLES: Record<string, string> = {
  overview: 'What microneedling is',
  'home-vs-clinic': 'Home or clinic',
  procedure: 'A clinic session',
  comfort: 'Does it hurt?',
  suitability: 'Who it suits',
  screening: 'Check if it suits you',
  'body-areas': 'Body areas',
  frequency: 'How often',
  plan: 'Your plan',
  aftercare: 'Aftercare',
  'device-care': 'Caring for your device',
};

describe('<microneedle-guide>', () => {
  it('opens on the overview with a titled card and a contents list of every section', async () => {
    const el = await renderGuide();
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Microneedling guide');
    expect(contentsButtons(el).map((b) => b.dataset.section)).to.deep.equal([...SECTION_IDS]);
    expect(contentsButtons(el).map((b) => textOf(b))).to.deep.equal(SECTION_IDS.map((id) => EXPECTED_TITLES[id]));
    expect(textOf(currentHeading(el))).to.equal('What microneedling is');
    expect(contentsButtons(el)[0].getAttribute('aria-current')).to.equal('true');
    expect(contentsButtons(el).filter((b) => b.hasAttribute('aria-current'))).to.have.length(1);
  });

  for (const id of SECTION_IDS) {
    it(`shows "${id}" with its heading, the disclaimer, and no axe violations`, async () => {
      const el = await renderGuide();
      contentsButtons(el).find((b) => b.dataset.section === id)!.click();
      await el.updateComplete;
      const section = shadow(el).querySelector<HTMLElement>('section.section')!;
      expect(section.dataset.section).to.equal(id);
      expect(textOf(currentHeading(el))).to.equal(EXPECTED_TITLES[id]);
      expect(textOf(section).length).to.be.greaterThan(150);
      const disclaimer = shadow(el).querySelector('[part="disclaimer"]')!;
      expect(textOf(disclaimer)).to.match(/not medical advice/i);
      expect(textOf(disclaimer)).to.match(/ask a doctor/i);
      await expect(el).to.be.accessible();
    });
  }

  it('moves focus to the new heading and announces the change with an event', async () => {
    const el = await renderGuide();
    const events: string[] = [];
    el.addEventListener(SectionChangeEvent.eventName, (e) => events.push((e as SectionChangeEvent).detail.section));
    contentsButtons(el)[2].click();
    await el.updateComplete;
    expect(focused(el)).to.equal(currentHeading(el));
    expect(events).to.deep.equal(['procedure']);
  });

  it('reaches every section by keyboard alone', async () => {
    const el = await renderGuide();
    contentsButtons(el)[0].focus();
    const reached: string[] = [];
    for (let i = 0; i < SECTION_IDS.length; i++) {
      if (i > 0) {
        // From the new heading, Shift+Tab goes back into the contents; Tab forward to the next button.
        contentsButtons(el)[i].focus();
      }
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      reached.push(shadow(el).querySelector<HTMLElement>('section.section')!.dataset.section!);
    }
    expect(reached).to.deep.equal([...SECTION_IDS]);
  });

  it('walks the whole guide with Tab and Enter on the "Next" link', async () => {
    const el = await renderGuide();
    const reached = ['overview'];
    for (let i = 1; i < SECTION_IDS.length; i++) {
      const next = shadow(el).querySelector<HTMLButtonElement>('.pager__next')!;
      next.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      reached.push(shadow(el).querySelector<HTMLElement>('section.section')!.dataset.section!);
      expect(focused(el)).to.equal(currentHeading(el));
    }
    expect(reached).to.deep.equal([...SECTION_IDS]);
    expect(shadow(el).querySelector('.pager__next')).to.equal(null);
    expect(textOf(shadow(el).querySelector('.pager__previous'))).to.equal('Previous Aftercare');
  });

  it('Tab from the page reaches the first contents button', async () => {
    const el = await renderGuide(html`<div><button id="before">before</button><microneedle-guide></microneedle-guide></div>`);
    const guide = el.querySelector('microneedle-guide')!;
    await guide.updateComplete;
    el.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    expect(shadow(guide).activeElement).to.equal(contentsButtons(guide)[0]);
  });

  it('opens the section named by start=""', async () => {
    const el = await renderGuide(html`<microneedle-guide start="aftercare"></microneedle-guide>`);
    expect(shadow(el).querySelector<HTMLElement>('section.section')!.dataset.section).to.equal('aftercare');
    expect(focused(el)).to.equal(null);
  });

  it('ignores an unknown start="" with one warning naming it', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await renderGuide(html`<microneedle-guide start="nope"></microneedle-guide>`);
      expect(shadow(el).querySelector<HTMLElement>('section.section')!.dataset.section).to.equal('overview');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<microneedle-guide>').and.contain('start').and.contain('"nope"');
  });

  it('compares home and clinic row by row in a real table', async () => {
    const el = await renderGuide(html`<microneedle-guide start="home-vs-clinic"></microneedle-guide>`);
    const table = shadow(el).querySelector('table[part="comparison"]')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => textOf(th));
    expect(headers).to.deep.equal(['At home', 'In a clinic']);
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    expect(rows.map((r) => r.dataset.row)).to.deep.equal(['needle-length', 'reach', 'who', 'numbing', 'hygiene', 'results']);
    expect(rows.map((r) => textOf(r.querySelector('th')))).to.deep.equal([
      'Needle length',
      'What the needles reach',
      'Who does it',
      'Numbing',
      'Hygiene',
      'Realistic results',
    ]);
    for (const row of rows) {
      const cells = row.querySelectorAll('td');
      expect(cells).to.have.length(2);
      for (const cell of cells) expect(textOf(cell).length, row.dataset.row).to.be.greaterThan(8);
    }
    expect(textOf(rows[0])).to.contain('0.2 to 0.3 mm').and.contain('0.5 to 3 mm');
    expect(textOf(rows[5].querySelector('td'))).to.match(/will not meaningfully change scars/);
  });

  it('never makes a claim that only a medical device may make', async () => {
    const el = await renderGuide();
    let all = '';
    for (const id of SECTION_IDS) {
      await el.goTo(id);
      all += ` ${textOf(shadow(el))}`;
    }
    expect(all).not.to.match(/FDA[- ]approved|clinic results at home|suits all skin types|cures?\b/i);
    expect(all).to.contain('smoother, brighter-looking skin');
  });

  describe('on a 320 px phone', () => {
    before(() => setViewport({width: 320, height: 640}));
    after(() => setViewport({width: 800, height: 600}));

    it('folds the contents behind a button that says where the shopper is', async () => {
      const el = await renderGuide(html`<microneedle-guide start="procedure"></microneedle-guide>`);
      const toggle = shadow(el).querySelector<HTMLButtonElement>('.contents-toggle')!;
      const nav = shadow(el).querySelector<HTMLElement>('nav.contents')!;
      expect(textOf(toggle)).to.equal('In this guide A clinic session 3 of 11');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(nav.id);
      expect(getComputedStyle(nav).display).to.equal('none');
      // The section starts near the top of the screen, not below eleven buttons.
      expect(currentHeading(el).getBoundingClientRect().top).to.be.below(300);

      toggle.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(nav).display).not.to.equal('none');
      await expect(el).to.be.accessible();

      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal(contentsButtons(el)[0]);
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLElement>('section.section')!.dataset.section).to.equal('overview');
      expect(focused(el)).to.equal(currentHeading(el));
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(nav).display).to.equal('none');
    });

    it('shows the whole contents list and no toggle on a wide column', async () => {
      await setViewport({width: 1100, height: 800});
      try {
        const el = await renderGuide();
        expect(getComputedStyle(shadow(el).querySelector('.contents-toggle')!).display).to.equal('none');
        expect(getComputedStyle(shadow(el).querySelector('nav.contents')!).display).to.equal('block');
        expect(contentsButtons(el).every((b) => b.getBoundingClientRect().height > 0)).to.equal(true);
      } finally {
        await setViewport({width: 320, height: 640});
      }
    });

    for (const id of SECTION_IDS) {
      it(`fits "${id}" without sideways scrolling`, async () => {
        const el = await renderGuide(html`<microneedle-guide start=${id}></microneedle-guide>`);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        for (const node of shadow(el).querySelectorAll<HTMLElement>('*')) {
          if (node.getBoundingClientRect().width <= 1) continue; // visually hidden, read by screen readers only
          if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible') {
            throw new Error(`${node.tagName}.${node.className} scrolls sideways`);
          }
          const right = node.getBoundingClientRect().right;
          expect(right, `${node.tagName}.${node.className}`).to.be.at.most(320.5);
        }
      });
    }
  });
});
