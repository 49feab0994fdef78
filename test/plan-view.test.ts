import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {GOALS} from '../src/rules/index.js';
import {mountGuide as mount, shadow, textOf} from './support/helpers.js';
import '../src/index.js';

async function guide(attrs = '') {
  return (await mount(`<microneedle-guide start="plan" ${attrs}></microneedle-guide>`)).el;
}

const q = <T extends Element = HTMLElement>(el: MicroneedleGuide, selector: string) =>
  shadow(el).querySelector<T>(selector)!;
const radios = (el: MicroneedleGuide) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const result = (el: MicroneedleGuide) => q(el, '[part="plan-result"]');
const status = (el: MicroneedleGuide) => q(el, '.plan [role="status"]');
/** Everything inside live regions: what a screen reader queues when it changes. */
const liveText = (el: MicroneedleGuide) =>
  [...shadow(el).querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]')].map(textOf).join(' ');

async function choose(el: MicroneedleGuide, goal: string) {
  const radio = radios(el).find((r) => r.value === goal)!;
  radio.click();
  await el.updateComplete;
}

describe('plan view', () => {
  it('offers the four goals as native radios in a fieldset, with the plan region waiting', async () => {
    const el = await guide();
    expect(textOf(q(el, '.plan__goals legend'))).to.equal('What would you like to change?');
    expect(radios(el).map((r) => [r.value, r.name, textOf(r.closest('label'))])).to.deep.equal([
      ['texture', 'plan-goal', 'Smoother, brighter-looking skin'],
      ['fine-lines', 'plan-goal', 'Fine lines'],
      ['acne-scars', 'plan-goal', 'Acne scars'],
      ['stretch-marks', 'plan-goal', 'Stretch marks on the body'],
    ]);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(textOf(result(el))).to.equal('Choose a goal to see your plan.');
    expect(liveText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('gives a 0.25 mm device the home-depth rule and dated next sessions', async () => {
    const el = await guide('needle-depth="0.25"');
    const region = result(el);
    await choose(el, 'texture');
    expect(result(el) === region, 'the region stays, its content changes').to.equal(true);
    const text = textOf(region);
    expect(textOf(region.querySelector('h4'))).to.equal('Your plan: Smoother, brighter-looking skin');
    expect(text).to.contain('smoother, brighter-looking skin');
    expect(text).to.contain("Your device's needles are 0.25 mm long.");
    expect([...region.querySelectorAll('.plan__schedules li')].map(textOf)).to.deep.equal([
      'At most 3 times a week, and never on two days in a row.',
    ]);
    expect(text).to.contain('Never use it on skin that has not recovered from the last session.');
    expect(region.querySelectorAll('.plan__sessions li').length).to.equal(6);
    expect(textOf(region.querySelector('.plan__sessions li'))).to.match(/^Home session 1: from \w+day,? \d+ \w+$/); // WebKit: "Saturday, 5 December" (GB_WEEKDAY_COMMA)
    expect(text).not.to.contain('In a clinic');
    await expect(el).to.be.accessible();
  });

  it('says plainly that a home device will not change acne scars, with the clinic course, no dates, and the link', async () => {
    const el = await guide('needle-depth="0.25" clinic-url="https://clinic.example/book"');
    await choose(el, 'acne-scars');
    const region = result(el);
    expect(textOf(region)).to.contain('A home device will not meaningfully change acne scars.');
    expect(region.querySelectorAll('.plan__schedules').length).to.equal(0);
    expect([...region.querySelectorAll('.plan__course li')].map(textOf)).to.deep.equal([
      'One session a month for 4 to 6 months.',
      'After that, a touch-up once a year.',
      'Your clinic sets the dates.',
    ]);
    // No clinic session is dated from a session the shopper never had.
    expect(region.querySelectorAll('.plan__sessions').length).to.equal(0);
    expect(textOf(region)).not.to.contain('Clinic session');
    const link = region.querySelector<HTMLAnchorElement>('a[part="clinic-link"]')!;
    expect(link.href).to.equal('https://clinic.example/book');
    expect(textOf(link)).to.equal('Find professional treatment or advice');
    await expect(el).to.be.accessible();
  });

  it('gives stretch marks the body course, and without a clinic link points to a dermatologist', async () => {
    const el = await guide();
    await choose(el, 'stretch-marks');
    const text = textOf(result(el));
    expect(text).to.contain('A home device will not meaningfully change stretch marks.');
    expect(text).to.contain('4 to 6 sessions in all; in studies they were about a month apart.');
    expect(text).to.contain('After that, a touch-up once a year.');
    expect(text).to.contain('A dermatologist or a clinic can advise you on treatment.');
    expect(result(el).querySelectorAll('a').length).to.equal(0);
  });

  it('treats fine lines as a clinic goal and keeps the home rule for smoother-looking skin', async () => {
    const el = await guide('needle-depth="0.5"');
    await choose(el, 'fine-lines');
    const text = textOf(result(el));
    expect(text).to.contain('Lines and wrinkles are a clinic goal.');
    expect(text).to.contain('will not meaningfully change wrinkles');
    expect(text).to.contain('At most once every 4 weeks.');
    expect(text).to.contain('This is the upper end of home use, so take extra care.');
    expect(text).to.contain('The clinic sets the number of sessions after seeing your skin.');
  });

  it('gives a professional-depth device no home schedule: it belongs in a clinic', async () => {
    const el = await guide('needle-depth="1.5"');
    await choose(el, 'texture');
    const region = result(el);
    expect(textOf(region.querySelector('.callout--warning'))).to.contain(
      "This device's needles are 1.5 mm long. That is professional depth: it belongs in a clinic"
    );
    expect(region.querySelectorAll('.plan__schedules').length).to.equal(0);
    expect(textOf(region)).to.contain('a session every 3 to 6 months');
    expect(textOf(region)).to.not.contain('Home session');
    expect(textOf(region)).to.not.contain('what this plan is for');
    await expect(el).to.be.accessible();
  });

  it('shows both home rules when the needle length is unknown', async () => {
    const el = await guide();
    await choose(el, 'texture');
    const region = result(el);
    expect(textOf(region)).to.contain('does not know your device’s needle length');
    expect([...region.querySelectorAll('.plan__schedules li')].map(textOf)).to.deep.equal([
      'Needles up to 0.3 mm: At most 3 times a week, and never on two days in a row.',
      'Needles over 0.3 mm, up to 0.5 mm: At most once every 4 weeks.',
    ]);
    expect(region.querySelectorAll('.plan__sessions').length).to.equal(0);
  });

  it('moves between goals with the arrow keys, the plan following', async () => {
    const el = await guide('needle-depth="0.25"');
    radios(el)[0].focus();
    await sendKeys({press: ' '}); // the space bar: Puppeteer's Firefox (BiDi) keyboard knows no "Space"
    await el.updateComplete;
    expect(result(el).dataset.goal).to.equal('texture');
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    expect(radios(el)[1].checked).to.equal(true);
    expect(result(el).dataset.goal).to.equal('fine-lines');
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    expect(result(el).dataset.goal).to.equal('acne-scars');
  });

  it('keeps the chosen goal while the shopper visits other sections', async () => {
    const el = await guide();
    await choose(el, 'acne-scars');
    await el.goTo('overview');
    await el.goTo('plan');
    expect(radios(el).find((r) => r.checked)!.value).to.equal('acne-scars');
    expect(result(el).dataset.goal).to.equal('acne-scars');
  });

  it('is axe-clean for every goal', async () => {
    const el = await guide('needle-depth="0.3" clinic-url="https://clinic.example/"');
    for (const goal of GOALS) {
      await choose(el, goal);
      await expect(el).to.be.accessible();
    }
  });

  it('"Add to calendar" adds the planned sessions to the aftercare events', async () => {
    const el = await guide('needle-depth="0.5"');
    await choose(el, 'texture');
    const links: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      links.push(this);
    };
    try {
      q<HTMLButtonElement>(el, 'button[data-action="calendar"]').click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    const text = await (await fetch(links[0].href)).text();
    const summaries = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
    expect(summaries.filter((s) => s.startsWith('Earliest day for home microneedling session'))).to.have.length(3);
    expect(summaries.filter((s) => s.startsWith('Aftercare:'))).to.have.length(3);
  });

  it('"Change the session date" leads to the aftercare section, with focus on the date field it names', async () => {
    const el = await guide('needle-depth="0.2"');
    await choose(el, 'texture');
    const button = result(el).querySelector<HTMLButtonElement>('button.link-button')!;
    expect(textOf(button)).to.equal('Change the session date');
    button.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, 'section.section').dataset.section).to.equal('aftercare');
    expect(shadow(el).activeElement).to.equal(q(el, 'input[type="date"]'));
  });
});

describe('plan view: what a screen reader hears', () => {
  it('announces one short status per goal, not the plan, while arrowing through the radios', async () => {
    const el = await guide('needle-depth="0.25"');
    expect(result(el).closest('[aria-live]'), 'the plan is not in a live region').to.equal(null);
    expect(result(el).querySelector('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
    radios(el)[0].focus();
    await sendKeys({press: ' '}); // ' ', not 'Space': Puppeteer's Firefox keyboard does not know that name
    await el.updateComplete;
    expect(textOf(status(el))).to.equal('Plan for Smoother, brighter-looking skin shown below.');
    for (const goal of ['Fine lines', 'Acne scars']) {
      await sendKeys({press: 'ArrowDown'});
      await el.updateComplete;
      expect(textOf(status(el))).to.equal(`Plan for ${goal} shown below.`);
      const words = liveText(el).split(/\s+/).length;
      expect(words, `live regions hold ${words} words`).to.be.at.most(12);
      expect(textOf(result(el)).split(/\s+/).length, 'the plan itself is long').to.be.greaterThan(40);
    }
  });
});
