import {expect, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {DEFAULT_SETTINGS} from '../src/config/settings.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {SCREENING_CONDITIONS} from '../src/rules/index.js';
import {renderGuide, shadow, textOf, contentsButtons, currentHeading, focused} from './support/helpers.js';
import {$, $$, answerAll, box, checkedValues, forward, openScreening, pageHeading, screen, spokenHeading, statusText} from './support/screening.js';

/** Presses Tab until the focused element inside the guide matches, failing after `max` presses. */
async function tabTo(el: MicroneedleGuide, matches: (e: Element) => boolean, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({press: 'Tab'});
    const active = focused(el);
    if (active && matches(active)) return active;
  }
  throw new Error('Tab never reached the element');
}
const isForward = (e: Element) => e.matches('[part~="screening-next"]');
const isBox = (value: string) => (e: Element) => e.matches(`input[value="${value}"]`);

/** The space bar, by its key value: Puppeteer's Firefox (WebDriver BiDi) keyboard knows no "Space". */
const SPACE = ' ';

async function press(el: MicroneedleGuide, key: string) {
  await sendKeys({press: key});
  await el.updateComplete;
}

describe('screening flow', () => {
  it('opens on a private intro, reachable from "Who it suits"', async () => {
    const el = await renderGuide(html`<microneedle-guide start="suitability"></microneedle-guide>`);
    const cta = $<HTMLButtonElement>(el, '[data-goto="screening"]')!;
    expect(textOf(cta)).to.equal('Check if home microneedling suits you');
    cta.click();
    await el.updateComplete;
    expect($(el, 'section.section')!.dataset.section).to.equal('screening');
    expect(focused(el)).to.equal(currentHeading(el));
    expect(textOf(currentHeading(el))).to.equal('Check if it suits you');
    const intro = textOf($(el, '.screening'));
    expect(intro).to.contain('Your answers are private');
    expect(intro).to.contain('Your answers are never saved or sent.');
    // Without share-verdict, no word about the shop learning a result.
    expect(intro).not.to.contain('This shop learns');
    expect(textOf(forward(el))).to.equal('Start');
    await expect(el).to.be.accessible();
  });

  it('hides the way in when the screening section is not shown', async () => {
    const el = await renderGuide(html`<microneedle-guide start="suitability"></microneedle-guide>`);
    Object.defineProperty(el, 'settings', {
      get: () => ({
        ...DEFAULT_SETTINGS,
        start: 'suitability',
        sections: DEFAULT_SETTINGS.sections.filter((s) => s !== 'screening'),
      }),
    });
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '[data-goto="screening"]')).to.equal(null);
    expect($(el, '.group')).to.not.equal(null);
  });

  it('works by keyboard alone: pages, error, check answers with Change, result', async function () {
    // About sixty real key presses: slower than the default limit when the machine is busy.
    this.timeout(30000);
    const el = await renderGuide();
    contentsButtons(el).find((b) => b.dataset.section === 'screening')!.focus();
    await press(el, 'Enter');
    expect(focused(el)).to.equal(currentHeading(el));

    await tabTo(el, isForward);
    await press(el, 'Enter');
    expect(pageHeading(el)).to.equal('Your skin right now');
    expect(focused(el)).to.equal($(el, '.screening__heading'));
    expect(spokenHeading(el), 'the caption is read with the focused heading').to.equal('Question page 1 of 4 Your skin right now');
    expect(statusText(el), 'and not again as a status').to.equal('');

    await tabTo(el, isBox('inflamed-skin'));
    await press(el, SPACE);
    expect(checkedValues(el)).to.deep.equal(['inflamed-skin']);
    await tabTo(el, isForward);
    await press(el, 'Enter');
    expect(pageHeading(el)).to.equal('Your health');
    expect(focused(el)).to.equal($(el, '.screening__heading'));
    expect(spokenHeading(el)).to.equal('Question page 2 of 4 Your health');
    expect(statusText(el)).to.equal('');

    // Nothing chosen: the summary takes focus, its link takes the shopper to the first box.
    await tabTo(el, isForward);
    await press(el, 'Enter');
    expect(focused(el)).to.equal($(el, '.error-summary'));
    await tabTo(el, (e) => e.matches('.error-summary a'));
    await press(el, 'Enter');
    expect(focused(el)).to.equal(box(el, 'eczema'));
    await press(el, SPACE);
    await tabTo(el, isForward);
    await press(el, 'Enter');
    expect(pageHeading(el)).to.equal('Medicines and recent treatments');

    await tabTo(el, isBox('none'));
    await press(el, SPACE);
    await tabTo(el, isForward);
    await press(el, 'Enter');
    expect(pageHeading(el)).to.equal('About you');
    expect(spokenHeading(el)).to.equal('Question page 4 of 4 About you');
    expect(statusText(el)).to.equal('');
    await tabTo(el, isBox('none'));
    await press(el, SPACE);
    await tabTo(el, isForward);
    await press(el, 'Enter');

    expect(pageHeading(el)).to.equal('Check your answers');
    expect(focused(el)).to.equal($(el, '.screening__heading'));
    expect(statusText(el), 'the focused heading says it once').to.equal('');
    // Change "Your health": back to that page with its answer kept, then straight back here.
    await tabTo(el, (e) => e.matches('[data-change="health"]'));
    await press(el, 'Enter');
    expect(pageHeading(el)).to.equal('Your health');
    expect(checkedValues(el)).to.deep.equal(['eczema']);
    await tabTo(el, isBox('diabetes'));
    await press(el, SPACE);
    await tabTo(el, isForward);
    await press(el, 'Enter');
    expect(pageHeading(el)).to.equal('Check your answers');

    await tabTo(el, isForward);
    expect(textOf(focused(el) as HTMLElement)).to.equal('See my result');
    await press(el, 'Enter');
    const card = $(el, '[part~="screening-result"]')!;
    expect(card.dataset.verdict).to.equal('not-suitable');
    expect(focused(el)).to.equal($(el, '.screening__heading'));
    expect(textOf(focused(el) as HTMLElement)).to.equal('Home microneedling is not for you');
    expect(statusText(el), 'the focused result heading says it once').to.equal('');
    expect($$(el, '.reasons li').map((li) => li.dataset.condition)).to.deep.equal(['eczema', 'diabetes', 'inflamed-skin']);
  });

  it('shows an error summary and an inline error, linked, when a page is sent empty', async () => {
    const el = await renderGuide();
    await openScreening(el);
    forward(el).click();
    await el.updateComplete;
    const before = location.href;
    forward(el).click();
    await el.updateComplete;

    const summary = $(el, '.error-summary')!;
    // It takes focus, so it is read once; role="alert" as well would read it twice.
    expect(summary.hasAttribute('role')).to.equal(false);
    expect(focused(el)).to.equal(summary);
    expect(textOf(summary)).to.contain('There is a problem');
    expect(textOf(summary)).to.contain('Select all that apply, or select “None of these apply to me”');
    const link = summary.querySelector('a')!;
    const first = $<HTMLInputElement>(el, '.checkboxes input')!;
    expect(link.getAttribute('href')).to.equal(`#${first.id}`);

    const fieldset = $(el, 'fieldset')!;
    const error = $(el, '.error-message')!;
    expect(fieldset.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(textOf(error)).to.equal('Error: Select all that apply, or select “None of these apply to me”');
    expect(pageHeading(el)).to.equal('Your skin right now');
    await expect(el).to.be.accessible();

    link.click();
    expect(focused(el)).to.equal(first);
    expect(location.href).to.equal(before);

    // The error stays until the page is sent again, then goes.
    box(el, 'none').click();
    await el.updateComplete;
    forward(el).click();
    await el.updateComplete;
    expect($(el, '.error-summary')).to.equal(null);
    expect(pageHeading(el)).to.equal('Your health');
  });

  it('"None of these apply to me" clears the other boxes and is cleared by them', async () => {
    const el = await renderGuide();
    await openScreening(el);
    forward(el).click();
    await el.updateComplete;
    box(el, 'inflamed-skin').click();
    box(el, 'broken-skin').click();
    await el.updateComplete;
    expect(checkedValues(el)).to.deep.equal(['inflamed-skin', 'broken-skin']);
    box(el, 'none').click();
    await el.updateComplete;
    expect(checkedValues(el)).to.deep.equal(['none']);
    box(el, 'skin-cancer').click();
    await el.updateComplete;
    expect(checkedValues(el)).to.deep.equal(['skin-cancer']);
    box(el, 'skin-cancer').click();
    await el.updateComplete;
    expect(checkedValues(el)).to.deep.equal([]);
  });

  it('gives each page a fieldset with a legend, native checkboxes valued by id, hints linked', async () => {
    const el = await renderGuide();
    await openScreening(el);
    forward(el).click();
    await el.updateComplete;
    const seen: string[] = [];
    for (let page = 0; page < 4; page++) {
      const fieldset = $(el, 'fieldset')!;
      expect(textOf(fieldset.querySelector('legend'))).to.not.equal('');
      const values = $$<HTMLInputElement>(el, 'fieldset input[type="checkbox"]').map((i) => i.value);
      expect(values.at(-1)).to.equal('none');
      seen.push(...values.slice(0, -1));
      for (const input of $$<HTMLInputElement>(el, 'fieldset input[type="checkbox"]')) {
        expect(textOf(shadow(el).querySelector(`label[for="${input.id}"]`))).to.not.equal('');
        const hint = input.getAttribute('aria-describedby');
        if (hint) expect(shadow(el).getElementById(hint)).to.not.equal(null);
      }
      await expect(el).to.be.accessible();
      box(el, 'none').click();
      await el.updateComplete;
      forward(el).click();
      await el.updateComplete;
    }
    expect(seen.sort()).to.deep.equal(SCREENING_CONDITIONS.map((c) => c.id).sort());
    expect(pageHeading(el)).to.equal('Check your answers');
  });

  it('check your answers lists every page and Back returns to the last page', async () => {
    const el = await renderGuide();
    await openScreening(el);
    await answerAll(el, ['broken-skin', 'cold-sore-history', 'pregnant']);
    const rows = $$(el, '.summary__row').map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]);
    expect(rows).to.deep.equal([
      ['Your skin right now', 'Cuts, wounds, sunburn or irritated skin'],
      ['Your health', 'Cold sores from time to time'],
      ['Medicines and recent treatments', 'None of these apply to me'],
      ['About you', 'You are pregnant or breastfeeding'],
    ]);
    expect($$(el, '[data-change]').map((b) => textOf(b))).to.deep.equal([
      'Change Your skin right now',
      'Change Your health',
      'Change Medicines and recent treatments',
      'Change About you',
    ]);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.screening__back')!.click();
    await el.updateComplete;
    expect(pageHeading(el)).to.equal('About you');
    expect(checkedValues(el)).to.deep.equal(['pregnant']);
  });

  for (const {id, verdict} of SCREENING_CONDITIONS) {
    it(`through the UI, ${id} alone gives ${verdict}`, async () => {
      const el = await renderGuide();
      const card = await screen(el, [id]);
      expect(card.dataset.verdict).to.equal(verdict);
      expect($$(el, '.reasons li').map((li) => li.dataset.condition)).to.deep.equal([id]);
    });
  }

  const RESULTS = {
    suitable: {
      conditions: [],
      heading: 'Home microneedling looks suitable for you',
      next: 'Nothing you told us rules out a home device.',
    },
    wait: {
      conditions: ['recent-procedure', 'skin-infection'],
      heading: 'Wait before any microneedling',
      next: 'Not now. Wait until your skin has fully healed, or until the time has passed, then check again.',
    },
    'ask-doctor': {
      conditions: ['inflamed-skin', 'autoimmune'],
      heading: 'Ask a doctor first',
      next: 'Talk to a doctor or dermatologist before any microneedling',
    },
    'not-suitable': {
      conditions: ['cold-sore-history', 'blood-thinners', 'active-retinoid'],
      heading: 'Home microneedling is not for you',
      next: 'If you want treatment, see a doctor or dermatologist.',
    },
  } as const;

  for (const [verdict, expected] of Object.entries(RESULTS)) {
    it(`the ${verdict} card names the verdict, gives reasons and next steps, and is axe-clean in both schemes`, async () => {
      const el = await renderGuide();
      const card = await screen(el, expected.conditions);
      expect(card.dataset.verdict).to.equal(verdict);
      expect(card.classList.contains(`result--${verdict}`)).to.equal(true);
      expect(textOf(card.querySelector('h4'))).to.equal(expected.heading);
      expect(focused(el)).to.equal(card.querySelector('h4'));
      const text = textOf(card);
      expect(text).to.contain(expected.next);
      expect(text).to.contain('This is general guidance, not a diagnosis.');
      const darkMarks = /dark marks after spots or scratches/;
      if (verdict === 'suitable') {
        expect(text).to.match(darkMarks);
        expect(card.querySelector('.reasons')).to.equal(null);
      } else {
        expect(text).not.to.match(darkMarks);
        // Reasons in words, most severe first, each tagged with its own verdict in text.
        const tags = [...card.querySelectorAll('.reasons li')].map((li) => textOf(li.querySelector('.reason__tag')));
        expect(tags[0]).to.equal({wait: 'Wait', 'ask-doctor': 'Ask a doctor', 'not-suitable': 'Not suitable'}[verdict]);
        expect(tags).to.have.length(expected.conditions.length);
      }
      // The banner colour comes from the verdict token (not colour alone: the heading says it too).
      const banner = card.querySelector<HTMLElement>('.result__banner')!;
      const token = getComputedStyle(el).getPropertyValue(`--_${verdict}`).trim();
      const probe = document.createElement('div');
      probe.style.color = token;
      document.body.append(probe);
      expect(getComputedStyle(banner).backgroundColor).to.equal(getComputedStyle(probe).color);
      probe.remove();
      await expect(el).to.be.accessible();
      // Dark by the theme attribute, which all three engines can test (the system's dark mode, the same
      // palette, can be emulated in Chromium only: theme.test.ts). Let the contents buttons' colour
      // transition finish first, or axe measures it halfway.
      el.theme = 'dark';
      await el.updateComplete;
      await Promise.all(shadow(el).getAnimations().map((animation) => animation.finished));
      expect(getComputedStyle(card).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });
  }

  it('lists every reason for a mixed result, most severe first', async () => {
    const el = await renderGuide();
    await screen(el, ['cold-sore-history', 'blood-thinners', 'active-retinoid']);
    expect($$(el, '.reasons li').map((li) => textOf(li))).to.deep.equal([
      'Not suitable You take blood thinners.',
      'Ask a doctor You get cold sores from time to time.',
      'Wait You used retinol, a retinoid, an AHA or a BHA in the last 5 days. Leave 5 days after the last use.',
    ]);
  });

  it('links to the retailer’s clinic for ask-doctor and not-suitable only', async () => {
    const clinicUrl = 'https://clinic.example/advice';
    const cases = [
      [['psoriasis'], true],
      [['keloid'], true],
      [['broken-skin'], false],
      [[], false],
    ] as const;
    for (const [conditions, linked] of cases) {
      const el = await renderGuide();
      Object.defineProperty(el, 'settings', {get: () => ({...DEFAULT_SETTINGS, clinicUrl})});
      await screen(el, conditions);
      const link = $<HTMLAnchorElement>(el, '[part~="screening-result"] a');
      if (linked) {
        expect(link!.href).to.equal(clinicUrl);
        expect(textOf(link)).to.equal('Find professional treatment or advice');
        expect(link!.getAttribute('part')).to.equal('clinic-link');
      } else expect(link).to.equal(null);
    }
    const without = await renderGuide();
    await screen(without, ['psoriasis']);
    expect($(without, '[part~="screening-result"] a')).to.equal(null);
  });

  it('keeps answers when the shopper leaves the section and comes back, until Start again', async () => {
    const el = await renderGuide();
    await openScreening(el);
    forward(el).click();
    await el.updateComplete;
    box(el, 'broken-skin').click();
    await el.updateComplete;
    contentsButtons(el).find((b) => b.dataset.section === 'aftercare')!.click();
    await el.updateComplete;
    expect($(el, '.screening')).to.equal(null);
    await openScreening(el);
    expect(pageHeading(el)).to.equal('Your skin right now');
    expect(checkedValues(el)).to.deep.equal(['broken-skin']);

    forward(el).click();
    await el.updateComplete;
    for (let i = 0; i < 3; i++) {
      box(el, 'none').click();
      await el.updateComplete;
      forward(el).click();
      await el.updateComplete;
    }
    forward(el).click();
    await el.updateComplete;
    expect($(el, '[part~="screening-result"]')!.dataset.verdict).to.equal('wait');

    // The result survives a visit elsewhere too.
    contentsButtons(el)[0].click();
    await el.updateComplete;
    await openScreening(el);
    expect($(el, '[part~="screening-result"]')!.dataset.verdict).to.equal('wait');

    // "Change your answers" keeps them; "Start again" forgets everything.
    $$<HTMLButtonElement>(el, '.screening__actions button').find((b) => textOf(b) === 'Change your answers')!.click();
    await el.updateComplete;
    expect(pageHeading(el)).to.equal('Check your answers');
    forward(el).click();
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '.screening__actions button').find((b) => textOf(b) === 'Start again')!.click();
    await el.updateComplete;
    expect(pageHeading(el)).to.equal('Before you start');
    expect(focused(el)).to.equal($(el, '.screening__heading'));
    expect(statusText(el)).to.equal('Your answers have been cleared.');
    forward(el).click();
    await el.updateComplete;
    expect(checkedValues(el)).to.deep.equal([]);
    forward(el).click();
    await el.updateComplete;
    expect($(el, '.error-summary')).to.not.equal(null);
  });

  it('offers the aftercare from a suitable result', async () => {
    const el = await renderGuide();
    await screen(el, []);
    $$<HTMLButtonElement>(el, '.result button').find((b) => textOf(b) === 'Read the aftercare')!.click();
    await el.updateComplete;
    expect($(el, 'section.section')!.dataset.section).to.equal('aftercare');
  });

  it('fits a 320 px wide guide without horizontal scrolling on every screen', async () => {
    const el = await renderGuide(html`<microneedle-guide style="inline-size: 320px"></microneedle-guide>`);
    const guide = () => $(el, '.guide')!;
    const fits = () => expect(guide().scrollWidth, pageHeading(el)).to.be.at.most(guide().clientWidth);
    const next = async () => {
      forward(el).click();
      await el.updateComplete;
    };
    await openScreening(el);
    expect(guide().getBoundingClientRect().width).to.equal(320);
    fits();
    await next();
    await next(); // sent empty: the error summary shows
    fits();
    for (let page = 0; page < 4; page++) {
      box(el, $$<HTMLInputElement>(el, 'fieldset input')[0].value).click();
      await el.updateComplete;
      fits();
      await next();
    }
    fits(); // check your answers
    await next();
    expect($(el, '[part~="screening-result"]')!.dataset.verdict).to.equal('not-suitable');
    fits();
  });
});
