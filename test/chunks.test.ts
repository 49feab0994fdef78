import {expect, waitUntil} from '@open-wc/testing';
import {Chunk} from '../src/lib/chunk.js';
import {replaceFeatureLoader, type Feature} from '../src/features/feature.js';
import {mountGuide, shadow, textOf, withWarnings} from './support/helpers.js';

const section = (el: Element) => shadow(el as HTMLElement).querySelector<HTMLElement>('section.section')!;
const loadLine = (el: Element) => shadow(el as HTMLElement).querySelector<HTMLElement>('.section__load [role="status"]');

describe('Chunk (the loader of feature and locale chunks)', () => {
  it('loads once, reports idle, loading and ready, and shares the module with the next chunk of the same loader', async () => {
    let calls = 0;
    const loader = async () => ({value: ++calls});
    const states: string[] = [];
    const chunk: Chunk<{value: number}> = new Chunk('test module', loader, () => states.push(chunk.state));
    expect(chunk.state).to.equal('idle');
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect(a).to.equal(b);
    expect(calls).to.equal(1);
    expect(states).to.deep.equal(['loading', 'ready']);
    expect(new Chunk('test module', loader).state, 'a second guide starts ready').to.equal('ready');
  });

  it('fails without throwing, warns once whatever the retries, and loads on a retry that works', async () => {
    let fail = true;
    const chunk = new Chunk('flaky module', () => (fail ? Promise.reject(new Error('404')) : Promise.resolve('module')));
    const {warnings} = await withWarnings(async () => {
      expect(await chunk.load()).to.equal(undefined);
      expect(chunk.state).to.equal('failed');
      expect(await chunk.load(), 'a failed chunk waits for retry()').to.equal(undefined);
      expect(await chunk.retry()).to.equal(undefined);
    });
    expect(warnings).to.deep.equal(['<microneedle-guide>: could not load the flaky module (404); the other sections still work.']);
    fail = false;
    expect(await chunk.retry()).to.equal('module');
    expect(chunk.state).to.equal('ready');
  });
});

// The care and screening chunks load through one shared loader per feature; these guides show only
// one feature each (`sections`), so the idle prefetch never loads the other feature's chunk early.
describe('a feature chunk that cannot load', () => {
  it('says so with a retry button, warns once, and every other section keeps working', async () => {
    const restore = replaceFeatureLoader('care', () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    let el!: HTMLElement & {goTo(id: string): Promise<void>; updateComplete: Promise<boolean>};
    const {warnings} = await withWarnings(async () => {
      ({el} = await mountGuide('<microneedle-guide start="aftercare" sections="overview aftercare frequency"></microneedle-guide>'));
      expect(textOf(loadLine(el))).to.equal('This part of the guide could not be loaded. The other sections still work.');
      const retry = shadow(el).querySelector<HTMLButtonElement>('.section__load button')!;
      expect(textOf(retry)).to.equal('Try again');
      retry.click();
      await el.updateComplete;
      expect(textOf(loadLine(el)), 'still blocked').to.contain('could not be loaded');
      // The rest of the guide works.
      await el.goTo('frequency');
      expect(section(el).dataset.section).to.equal('frequency');
      expect(textOf(section(el))).to.contain('How often');
      await el.goTo('overview');
      expect(textOf(section(el)).length).to.be.greaterThan(150);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<microneedle-guide>: could not load the plan and aftercare \(.+\); the other sections still work\.$/);

    // The network is back: Try again shows the aftercare.
    restore();
    await el.goTo('aftercare');
    shadow(el).querySelector<HTMLButtonElement>('.section__load button')!.click();
    await el.updateComplete;
    expect(loadLine(el)).to.equal(null);
    expect(shadow(el).querySelectorAll('.milestone').length).to.be.greaterThan(3);
  });
});

describe('a feature chunk that is loading', () => {
  it('shows a quiet loading line in a section that keeps the height of the one before', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const restore = replaceFeatureLoader('screening', async () => {
      await gate;
      return (await import('../src/features/screening/index.js')).feature as Feature;
    });
    try {
      const {el} = await mountGuide('<microneedle-guide sections="overview screening"></microneedle-guide>');
      const before = section(el).getBoundingClientRect().height;
      shadow(el).querySelector<HTMLButtonElement>('.contents button[data-section="screening"]')!.click();
      await waitUntil(() => loadLine(el), 'the loading line shows');
      expect(textOf(loadLine(el))).to.equal('Loading…');
      expect(section(el).dataset.section).to.equal('screening');
      expect(section(el).getBoundingClientRect().height).to.be.closeTo(before, 1);
      release();
      await el.updateComplete;
      expect(loadLine(el)).to.equal(null);
      expect(shadow(el).querySelector('.screening')).not.to.equal(null);
      expect(section(el).style.minBlockSize).to.equal('');
    } finally {
      restore();
    }
  });
});
