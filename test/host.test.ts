import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from './support/engine.js';
import type {TemplateResult} from 'lit';
import '../src/index.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';

/** The host element as the page sees it: its attributes, in order, with values. */
const attributesOf = (el: Element) => el.getAttributeNames().map((name) => [name, el.getAttribute(name)]);

/**
 * Server rendering (Next.js, Astro, Nuxt) sends the tag with its attributes, and the
 * framework hydrates it expecting exactly those: an attribute the element adds to itself
 * (a reflected default) is a hydration mismatch in React. The guide writes nothing onto
 * its host that the page did not write.
 */
describe('the host keeps exactly the attributes the page wrote', () => {
  const pages: [string, string][] = [
    ['no attributes', '<microneedle-guide></microneedle-guide>'],
    [
      'every attribute',
      `<microneedle-guide start="frequency" needle-depth="0.25" device-name="Lumen Glow"
        clinic-url="https://example.com/clinics" sections="overview frequency aftercare" theme="dark" lang="de"
        share-verdict loading="eager"></microneedle-guide>`,
    ],
    ['a lazy guide', '<microneedle-guide loading="lazy" start="aftercare"></microneedle-guide>'],
    [
      'a JSON child',
      `<microneedle-guide><script type="application/json">
        {"start": "plan", "theme": "light", "needleDepth": 0.5, "sections": ["plan", "aftercare"]}
      </script></microneedle-guide>`,
    ],
  ];
  for (const [name, markup] of pages) {
    it(`${name}: nothing added after the first render or a section change`, async () => {
      // The attributes as the HTML parser gives them, before the element ever connects.
      const parsed = document.createElement('template');
      parsed.innerHTML = markup;
      const written = attributesOf(parsed.content.firstElementChild!);
      const el = await fixture<MicroneedleGuide>(markup);
      await el.updateComplete;
      expect(attributesOf(el)).to.deep.equal(written);
      await el.goTo('aftercare');
      expect(attributesOf(el)).to.deep.equal(written);
    });
  }

  it('the config property adds no attributes, and loading still reads as eager', async () => {
    const el = await fixture<MicroneedleGuide>(html`<microneedle-guide id="g"></microneedle-guide>`);
    el.config = {start: 'plan', theme: 'dark', needleDepth: 0.25};
    await el.updateComplete;
    expect(attributesOf(el)).to.deep.equal([['id', 'g']]);
    expect(el.loading).to.equal('eager');
    expect(el.currentSection).to.equal('plan');
  });
});

/**
 * A page may put the guide in a container that sizes to its content: a centred flex
 * row, an inline-block, a grid `auto` column (create-next-app's default layout is the
 * first). Size containment (`container-type: inline-size`) gives such a host no
 * content width, so it used to collapse to 0 px, or to the phone layout on a desktop.
 */
describe('the guide fills shrink-to-fit containers', () => {
  beforeEach(() => setViewport({width: 1280, height: 900}));

  const containers: [string, (guide: TemplateResult, width?: string) => TemplateResult][] = [
    ['a block (reference)', (guide, width = '1000px') => html`<div style="inline-size: ${width}">${guide}</div>`],
    [
      'a centred flex row',
      (guide, width = '1000px') => html`<div style="inline-size: ${width}; display: flex; justify-content: center">${guide}</div>`,
    ],
    ['a centred flex column', (guide, width = '1000px') => html`<div style="inline-size: ${width}; display: flex; flex-direction: column; align-items: center">${guide}</div>`],
    ['an inline-block', (guide, width = '1000px') => html`<div style="inline-size: ${width}"><div style="display: inline-block">${guide}</div></div>`],
    [
      'a grid auto column, centred',
      (guide, width = '1000px') => html`<div style="inline-size: ${width}; display: grid; grid-template-columns: auto; justify-content: center">${guide}</div>`,
    ],
    ['a grid with centred items', (guide, width = '1000px') => html`<div style="inline-size: ${width}; display: grid; justify-items: center">${guide}</div>`],
    ['a float', (guide, width = '1000px') => html`<div style="inline-size: ${width}"><div style="float: inline-start">${guide}</div></div>`],
  ];

  for (const [name, container] of containers) {
    it(`${name}: as wide as the card grows (60rem) and in the wide layout`, async () => {
      const wrapper = await fixture<HTMLElement>(container(html`<microneedle-guide></microneedle-guide>`));
      const el = wrapper.querySelector<MicroneedleGuide>('microneedle-guide')!;
      await el.updateComplete;
      const card = el.shadowRoot!.querySelector<HTMLElement>('[part~="guide"]')!;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(Math.round(card.getBoundingClientRect().width)).to.equal(60 * rem);
      // The wide layout shows the contents as a list beside the section; the phone layout folds them behind a button.
      const toggle = el.shadowRoot!.querySelector<HTMLElement>('.contents-toggle')!;
      expect(getComputedStyle(toggle).display).to.equal('none');
    });
  }

  for (const [name, container] of containers) {
    it(`${name}, on a 360 px phone: fits the column, in the phone layout`, async () => {
      await setViewport({width: 360, height: 800});
      const wrapper = await fixture<HTMLElement>(container(html`<microneedle-guide></microneedle-guide>`, '328px'));
      const el = wrapper.querySelector<MicroneedleGuide>('microneedle-guide')!;
      await el.updateComplete;
      expect(Math.round(el.getBoundingClientRect().width)).to.equal(328);
      const toggle = el.shadowRoot!.querySelector<HTMLElement>('.contents-toggle')!;
      expect(getComputedStyle(toggle).display).not.to.equal('none');
    });
  }
});
