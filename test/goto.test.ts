import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {setViewport} from './support/engine.js';
import '../src/index.js';
import {MicroneedleGuide} from '../src/microneedle-guide.js';
import {withWarnings} from './support/helpers.js';

/** The section on screen and whether its heading has focus and is inside the viewport. */
function shown(el: MicroneedleGuide) {
  const heading = el.shadowRoot!.querySelector<HTMLElement>('.section__heading');
  const box = heading?.getBoundingClientRect();
  return {
    section: el.shadowRoot!.querySelector<HTMLElement>('section[data-section]')?.dataset.section,
    focused: !!heading && el.shadowRoot!.activeElement === heading,
    inViewport: !!box && box.top >= 0 && box.bottom <= window.innerHeight,
  };
}


describe('goTo(sectionId)', () => {
  beforeEach(async () => {
    await setViewport({width: 1280, height: 800});
    window.scrollTo(0, 0);
  });
  afterEach(() => window.scrollTo(0, 0));

  it('resolves once the section is on screen, its heading focused', async () => {
    const el = await fixture<MicroneedleGuide>(html`<microneedle-guide></microneedle-guide>`);
    await el.goTo('aftercare');
    expect(shown(el)).to.deep.equal({section: 'aftercare', focused: true, inViewport: true});
  });

  it('renders a lazy guide far below the fold at once and brings it on screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="block-size: 4000px">Product details</div>
      <microneedle-guide loading="lazy"></microneedle-guide>
    </div>`);
    const el = wrapper.querySelector<MicroneedleGuide>('microneedle-guide')!;
    await el.updateComplete;
    await nextFrame();
    expect(shown(el).section, 'not rendered before').to.equal(undefined);
    await el.goTo('frequency');
    expect(shown(el)).to.deep.equal({section: 'frequency', focused: true, inViewport: true});
  });

  it('an unknown or hidden id changes nothing and warns once per id, as start does', async () => {
    const el = await fixture<MicroneedleGuide>(html`<microneedle-guide sections="overview frequency"></microneedle-guide>`);
    const {warnings} = await withWarnings(async () => {
      await el.goTo('faq' as never);
      await el.goTo('faq' as never);
      await el.goTo('plan');
      await el.goTo('plan');
    });
    expect(shown(el).section).to.equal('overview');
    expect(warnings).to.deep.equal([
      '<microneedle-guide>: ignored goTo="faq"; expected one of the shown sections: overview, frequency.',
      '<microneedle-guide>: ignored goTo="plan"; expected one of the shown sections: overview, frequency.',
    ]);
  });

  it("works as README shows it before the tag is defined: await customElements.whenDefined(…)", async () => {
    // A tag not yet defined, as when the page's script runs before the guide's.
    const wrapper = await fixture<HTMLDivElement>(html`<div><late-guide></late-guide></div>`);
    const el = wrapper.querySelector('late-guide') as MicroneedleGuide;
    expect('goTo' in el, 'no goTo before definition').to.equal(false);
    const navigated = customElements.whenDefined('late-guide').then(() => el.goTo('plan'));
    customElements.define('late-guide', class extends MicroneedleGuide {});
    await navigated;
    expect(shown(el).section).to.equal('plan');
  });
});
