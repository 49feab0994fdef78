import {expect} from '@open-wc/testing';
import {ScreeningCompleteEvent} from '../src/index.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {$, openScreening, screen} from './support/screening.js';
import {guideFrom, withWarnings} from './support/helpers.js';

/**
 * `share-verdict` fails closed: HTML reads any value of a present boolean attribute as
 * "on", so a shop writing share-verdict="false" to be safe would share the verdict.
 * Every spelling, in each of the three sources, must end as the shop meant it.
 */

type Source = 'attribute' | 'config' | 'json';

/** Builds a guide with `share-verdict` given once, through one source, as a shop would write it. */
function guideWith(source: Source, value: string | boolean, extraJson?: string): Promise<MicroneedleGuide> {
  const json = source === 'json' ? JSON.stringify({shareVerdict: value}) : extraJson;
  return guideFrom(
    source === 'attribute' ? {'share-verdict': String(value)} : {},
    json,
    source === 'config' ? {config: {shareVerdict: value} as never} : {}
  );
}

/** The event detail and the intro's privacy line, as the page and the shopper get them. */
async function whatIsShared(el: MicroneedleGuide): Promise<{detail: unknown; introSaysShopLearns: boolean}> {
  await openScreening(el);
  const intro = $(el, '.screening')!.textContent ?? '';
  const details: unknown[] = [];
  el.addEventListener(ScreeningCompleteEvent.eventName, (e) => details.push(e.detail));
  await screen(el, []);
  expect(details).to.have.length(1);
  return {detail: details[0], introSaysShopLearns: intro.includes('This shop learns your result')};
}

const FIELD: Record<Source, string> = {attribute: 'share-verdict', config: 'config.shareVerdict', json: 'json.shareVerdict'};
const OFF_WORDS = ['false', 'FALSE', ' off ', 'Off', '0', 'no', 'NO'];

describe('share-verdict fails closed', () => {
  for (const source of ['attribute', 'config', 'json'] as const) {
    for (const spelling of OFF_WORDS) {
      it(`${source} ${JSON.stringify(spelling)} keeps sharing off, with one warning saying how to turn it on`, async () => {
        const {result: el, warnings} = await withWarnings(() => guideWith(source, spelling));
        expect(el.settings.shareVerdict).to.equal(false);
        expect(el.shareVerdict).to.equal(false);
        expect(warnings).to.have.length(1);
        // Attributes are trimmed before they are read; the warning quotes what was read.
        const quoted = JSON.stringify(source === 'attribute' ? spelling.trim() : spelling);
        expect(warnings[0]).to.contain(`<microneedle-guide>: ${FIELD[source]}=${quoted} keeps verdict sharing off`);
        expect(warnings[0]).to.contain(source === 'attribute' ? 'share-verdict="true"' : `set ${FIELD[source]} to true`);
        const shared = await whatIsShared(el);
        expect(shared.detail).to.deep.equal({});
        expect(shared.introSaysShopLearns).to.equal(false);
      });
    }

    for (const spelling of ['yes', 'maybe', '1']) {
      it(`${source} ${JSON.stringify(spelling)} is not understood: sharing stays off, with a warning`, async () => {
        const {result: el, warnings} = await withWarnings(() => guideWith(source, spelling));
        expect(el.settings.shareVerdict).to.equal(false);
        expect(warnings).to.deep.equal([
          `<microneedle-guide>: ${FIELD[source]}=${JSON.stringify(spelling)} is not true or false, so verdict sharing stays off. ` +
            (source === 'attribute'
              ? 'To share the verdict, write share-verdict with no value, or share-verdict="true".'
              : `To share the verdict, set ${FIELD[source]} to true.`),
        ]);
        expect((await whatIsShared(el)).detail).to.deep.equal({});
      });
    }

    const onSpellings: (string | boolean)[] = source === 'attribute' ? ['', 'true', 'TRUE', 'share-verdict'] : [true, 'true'];
    for (const spelling of onSpellings) {
      it(`${source} ${JSON.stringify(spelling)} turns sharing on, silently`, async () => {
        const {result: el, warnings} = await withWarnings(() => guideWith(source, spelling));
        expect(warnings).to.deep.equal([]);
        expect(el.settings.shareVerdict).to.equal(true);
        const shared = await whatIsShared(el);
        expect(shared.detail).to.deep.equal({verdict: 'suitable'});
        expect(shared.introSaysShopLearns).to.equal(true);
      });
    }
  }

  it('share-verdict="false" on the element beats "shareVerdict": true in the JSON child', async () => {
    const {result: el, warnings} = await withWarnings(() => guideWith('attribute', 'false', '{"shareVerdict": true}'));
    expect(warnings).to.have.length(1);
    expect(el.settings.shareVerdict).to.equal(false);
    expect((await whatIsShared(el)).detail).to.deep.equal({});
  });

  it('without the attribute, JSON may still turn sharing on', async () => {
    const el = await guideWith('json', true);
    expect(el.settings.shareVerdict).to.equal(true);
  });

  it('the property is a boolean, never reflected onto the page: the host markup stays as written', async () => {
    const {result: el} = await withWarnings(() => guideWith('attribute', 'false'));
    el.shareVerdict = true;
    await el.updateComplete;
    expect(el.getAttribute('share-verdict')).to.equal('false');
    expect(el.shareVerdict).to.equal(true);
    expect(el.settings.shareVerdict).to.equal(true);
    el.shareVerdict = false;
    await el.updateComplete;
    expect(el.settings.shareVerdict).to.equal(false);
    el.setAttribute('share-verdict', '');
    await el.updateComplete;
    expect(el.shareVerdict).to.equal(true);
    el.removeAttribute('share-verdict');
    await el.updateComplete;
    expect(el.shareVerdict).to.equal(false);
    expect(el.settings.shareVerdict).to.equal(false);
  });
});
