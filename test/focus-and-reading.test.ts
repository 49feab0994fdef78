import {expect, html, waitUntil} from '@open-wc/testing';
import {a11ySnapshot, sendKeys} from '@web/test-runner-commands';
import {itMatchingFocusStyles, itReadingAccessibilityTree, setViewport} from './support/engine.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {SECTION_IDS} from '../src/rules/index.js';
import {contentsButtons, focused, renderGuide, shadow, textOf} from './support/helpers.js';
import {forward, openScreening} from './support/screening.js';

const q = (el: MicroneedleGuide, selector: string) => shadow(el).querySelector<HTMLElement>(selector)!;
type AXNode = {role?: string; name?: string; description?: string; children?: AXNode[]};
const flatten = (node: AXNode): AXNode[] => [node, ...(node.children ?? []).flatMap(flatten)];
const WIDE_FONT = 'font-family: "DejaVu Sans", Verdana, sans-serif';
const spoken = async () => flatten((await a11ySnapshot({})) as unknown as AXNode);

describe('focus and reading details', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  it('moves focus to the contents button when the list folds away under it (1280 → 320 px)', async () => {
    await setViewport({width: 1280, height: 800});
    const el = await renderGuide();
    const bodyAreas = contentsButtons(el).find((b) => b.dataset.section === 'body-areas')!;
    bodyAreas.focus();
    expect(focused(el)).to.equal(bodyAreas);
    await setViewport({width: 320, height: 640});
    const toggle = q(el, '.contents-toggle');
    await waitUntil(() => focused(el) === toggle, 'focus on the disclosure button, not <body>', {timeout: 2000});
    expect(document.activeElement).to.equal(el);
  });

  itReadingAccessibilityTree('does not read the stacked comparison’s column labels again in every cell', async () => {
    await setViewport({width: 320, height: 640});
    const el = await renderGuide(html`<microneedle-guide start="home-vs-clinic"></microneedle-guide>`);
    const cell = q(el, '.compare td[data-label]');
    expect(getComputedStyle(cell, '::before').display, 'the label shows').to.equal('block');
    const labels = new Set([...shadow(el).querySelectorAll('.compare td[data-label]')].map((td) => td.getAttribute('data-label')));
    const texts = (await spoken()).filter((n) => n.role === 'StaticText').map((n) => n.name);
    const headers = [...shadow(el).querySelectorAll('.compare thead th')].map((th) => textOf(th));
    for (const label of labels) {
      const once = headers.filter((h) => h === label).length;
      expect(texts.filter((t) => t === label), `"${label}" is read in its column header only`).to.have.length(once);
    }
  });

  itMatchingFocusStyles('rings the error summary when it takes focus', async () => {
    const el = await renderGuide();
    await openScreening(el);
    forward(el).click();
    await el.updateComplete;
    forward(el).click();
    await el.updateComplete;
    const summary = q(el, '.error-summary');
    expect(focused(el)).to.equal(summary);
    expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
    expect(getComputedStyle(summary).outlineWidth).to.equal('3px');
  });

  itMatchingFocusStyles('rings the whole date field, also while its calendar button has focus', async () => {
    const el = await renderGuide(html`<microneedle-guide start="aftercare"></microneedle-guide>`);
    const date = q(el, 'input[type="date"]');
    q(el, '.section__heading').focus();
    let steps = 0;
    do {
      await sendKeys({press: 'Tab'});
      if (focused(el) !== date) continue;
      steps++;
      expect(getComputedStyle(date).outlineStyle, `Tab stop ${steps} in the date field`).to.equal('solid');
      expect(getComputedStyle(date).outlineWidth).to.equal('3px');
    } while (focused(el) === date || steps === 0);
    expect(steps, 'day, month, year and the calendar button').to.be.at.least(2);
  });

  itReadingAccessibilityTree('reads the hint with a space between its sentences', async () => {
    const el = await renderGuide();
    await openScreening(el);
    forward(el).click();
    await el.updateComplete;
    const hint = textOf(q(el, '.hint'));
    expect(hint).to.match(/microneedling\. Select all that apply\.$/);
    const texts = (await spoken()).map((n) => `${n.name ?? ''} ${n.description ?? ''}`).join('\n');
    expect(texts).to.contain('microneedling. Select all that apply.');
    expect(texts).not.to.contain('microneedling.Select');
  });

  it('keeps "N of 11" on one line at 320 px', async () => {
    await setViewport({width: 320, height: 640});
    for (const id of SECTION_IDS) {
      // A common wide sans font (the default serif is narrower and hides the wrap).
      const el = await renderGuide(html`<microneedle-guide start=${id} style=${WIDE_FONT}></microneedle-guide>`);
      const position = q(el, '.contents-toggle__position');
      const range = document.createRange();
      range.selectNodeContents(position);
      expect(range.getClientRects().length, `"${textOf(position)}" on one line`).to.equal(1);
    }
  });

  it('keeps the aftercare labels ("NORMAL") inside their column with a reader’s text spacing', async () => {
    await setViewport({width: 320, height: 640});
    // WCAG 1.4.12 text spacing, as the bookmarklets apply it to every element.
    const el = await renderGuide(
      html`<microneedle-guide start="aftercare" style=${WIDE_FONT}></microneedle-guide>`
    );
    const style = document.createElement('style');
    style.textContent =
      '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }';
    shadow(el).append(style);
    try {
      const kinds = [...shadow(el).querySelectorAll<HTMLElement>('.milestone__kind')];
      expect(kinds.length).to.be.greaterThan(0);
      for (const kind of kinds) {
        const text = kind.getBoundingClientRect();
        const item = kind.parentElement!.getBoundingClientRect();
        const next = kind.nextElementSibling!.getBoundingClientRect();
        expect(text.right, `"${textOf(kind)}" stays in the row`).to.be.at.most(item.right + 0.5);
        expect(kind.scrollWidth, `"${textOf(kind)}" fits its column`).to.be.at.most(kind.clientWidth + 1);
        expect(next.left, `"${textOf(kind)}" does not run into the text beside it`).to.be.at.least(text.right);
      }
    } finally {
      style.remove();
    }
  });
});
