/**
 * "Who it suits" is complete on its own (issue 9, point 1): built from
 * SCREENING_CONDITIONS, grouped by verdict, every condition listed, even when
 * the shop hides the screening section.
 */
import {expect, html} from '@open-wc/testing';
import {SCREENING_CONDITIONS} from '../src/rules/index.js';
import {conditionText} from '../src/features/screening/conditions-text.js';
import {renderGuide, shadow, textOf} from './support/helpers.js';

describe('"Who it suits" summary', () => {
  it('lists every screening condition once, under the group of its verdict, with the screening section hidden', async () => {
    const el = await renderGuide(
      html`<microneedle-guide start="suitability" sections="overview suitability aftercare"></microneedle-guide>`
    );
    const items = [...shadow(el).querySelectorAll<HTMLElement>('[data-group] li[data-condition]')];
    const listed = items.map((li) => li.dataset.condition);
    expect([...listed].sort()).to.deep.equal(SCREENING_CONDITIONS.map((c) => c.id).sort());
    for (const li of items) {
      const condition = SCREENING_CONDITIONS.find((c) => c.id === li.dataset.condition)!;
      expect(li.closest<HTMLElement>('[data-group]')!.dataset.group, condition.id).to.equal(condition.verdict);
      // The screening's own words, so the two can never disagree.
      expect(textOf(li)).to.contain(conditionText(condition.id).label);
    }
    expect([...shadow(el).querySelectorAll<HTMLElement>('[data-group]')].map((g) => [g.dataset.group, textOf(g.querySelector('h4'))])).to.deep.equal([
      ['not-suitable', 'Not for home use'],
      ['ask-doctor', 'Ask a doctor first'],
      ['wait', 'Wait first'],
    ]);
    expect(shadow(el).querySelector('[data-goto="screening"]')).to.equal(null);
    for (const animation of shadow(el).getAnimations()) if (animation instanceof CSSTransition) animation.finish();
    await expect(el).to.be.accessible();
  });

  it('lists the reasons that pass with time apart, as "not while"', async () => {
    const el = await renderGuide(html`<microneedle-guide start="suitability"></microneedle-guide>`);
    const group = shadow(el).querySelector('[data-group="not-suitable"]')!;
    expect(textOf(group)).to.contain('And not while any of these apply:');
    const lists = group.querySelectorAll('ul');
    expect([...lists[1].querySelectorAll<HTMLElement>('li')].map((li) => li.dataset.condition)).to.deep.equal([
      'isotretinoin-current',
      'pregnant',
      'under-18',
    ]);
  });
});
