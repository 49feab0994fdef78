import {expect} from '@open-wc/testing';
import {render} from 'lit';
import {sendKeys} from '@web/test-runner-commands';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {DEFAULT_SETTINGS} from '../src/config/settings.js';
import {renderAftercare} from '../src/features/care/aftercare-view.js';
import {CareState} from '../src/features/care/state.js';
import type {ViewContext} from '../src/views/context.js';
import {enGbDates} from './support/engine.js';
import {captureDownload} from './support/calendar.js';
import {mountGuide as mount, shadow, textOf} from './support/helpers.js';
import '../src/index.js';

async function guide(attrs = '') {
  return (await mount(`<microneedle-guide start="aftercare" ${attrs}></microneedle-guide>`)).el;
}

const q = <T extends Element = HTMLElement>(el: MicroneedleGuide, selector: string) =>
  shadow(el).querySelector<T>(selector)!;
const qa = <T extends Element = HTMLElement>(el: MicroneedleGuide, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];

async function setSession(el: MicroneedleGuide, date: string, time: string) {
  const dateInput = q<HTMLInputElement>(el, 'input[type="date"]');
  const timeInput = q<HTMLInputElement>(el, 'input[type="time"]');
  dateInput.value = date;
  dateInput.dispatchEvent(new Event('change', {bubbles: true}));
  timeInput.value = time;
  timeInput.dispatchEvent(new Event('change', {bubbles: true}));
  await el.updateComplete;
}

const milestones = (el: MicroneedleGuide) =>
  qa(el, '.milestone').map((li) => [textOf(li.querySelector('.milestone__title > span')), textOf(li.querySelector('time'))]);

describe('aftercare view', () => {
  it('asks when the session was, with labelled native date and time fields set to today and now', async () => {
    const el = await guide();
    const date = q<HTMLInputElement>(el, 'input[type="date"]');
    const time = q<HTMLInputElement>(el, 'input[type="time"]');
    expect(textOf(q(el, '.aftercare__session legend'))).to.equal('When was your session?');
    expect(textOf(date.labels![0])).to.equal('Date');
    expect(textOf(time.labels![0])).to.equal('Time');
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(date.value).to.equal(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
    expect(time.value).to.match(/^\d\d:\d\d$/);
    const [h, m] = time.value.split(':').map(Number);
    expect(Math.abs(h * 60 + m - (now.getHours() * 60 + now.getMinutes()))).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('shows real dates and times once the shopper gives the session (after an upper-home session)', async () => {
    const el = await guide('needle-depth="0.4"');
    await setSession(el, '2025-04-14', '14:00');
    expect(textOf(q(el, '.aftercare__session-line'))).to.equal('Your session: Monday, 14 April 2025 at 14:00');
    expect(milestones(el)).to.deep.equal([
      ['Right after your session', 'Monday 14:00'],
      ['After 24 hours', 'Tuesday 14:00'],
      ['After 72 hours', 'Thursday 14:00'],
      ['After about a week', enGbDates('Monday 21 April')],
      ['After 2 weeks', enGbDates('Monday 28 April at 14:00')],
    ]);
    const first = textOf(q(el, '[data-milestone="right-after"]'));
    expect(first).to.contain('No makeup until Tuesday 14:00.');
    expect(first).to.contain('until Thursday 14:00 to be careful');
    expect(first).to.contain('Keep out of strong sun until at least Thursday 14:00.');
    expect(first).to.contain(enGbDates('no vitamin C until about Monday 21 April.'));
    expect(first).to.contain(enGbDates('every day until Monday 28 April at 14:00.'));
    expect(first).to.contain('mild cleanser and a hydrating serum');
    expect(first).to.contain('granulomas');
    // Each line of the first milestone says what kind of advice it is, in words.
    expect(qa(el, '[data-milestone="right-after"] .milestone__kind').map(textOf)).to.deep.equal([
      'Normal', 'Do', 'Do', 'Do', 'Avoid', 'Avoid', 'Avoid', 'Avoid', 'Avoid',
    ]);
    expect(textOf(q(el, '[data-milestone="day-1"]'))).to.contain('Makeup is fine again.');
    expect(textOf(q(el, '[data-milestone="week-2"]'))).to.contain('You can go back to your usual daily sunscreen.');
    expect(first).to.contain('mineral sunscreen (zinc oxide or titanium dioxide)');
    expect(first).not.to.contain('chemical-free');
    const doctor = textOf(q(el, '.callout--warning'));
    expect(doctor).to.contain('See a doctor if');
    for (const sign of ['gets worse', 'swelling grows', 'pus', 'blisters', 'itchy red bumps', 'dark patches']) {
      expect(doctor).to.contain(sign);
    }
    expect(q<HTMLTimeElement>(el, '[data-milestone="day-3"] time').dateTime).to.equal(
      new Date(2025, 3, 17, 14, 0).toISOString()
    );
    await expect(el).to.be.accessible();
  });

  for (const attrs of ['needle-depth="0.25"', '']) {
    it(`keeps actives and scrubs out for as long as a home device is used regularly (${attrs || 'depth unknown'})`, async () => {
      const el = await guide(attrs);
      await setSession(el, '2025-04-14', '14:00');
      expect(milestones(el).map(([title]) => title)).to.deep.equal([
        'Right after your session',
        'After 24 hours',
        'After 72 hours',
        'After 2 weeks',
      ]);
      const first = textOf(q(el, '[data-milestone="right-after"]'));
      expect(first).to.contain(
        'No retinol or other retinoids, no salicylic or glycolic acid, and no vitamin C. Leave them out while you use your device regularly, and for about a week after your last session.'
      );
      expect(first).to.contain('No exfoliating scrubs or cleansing brushes: your device already exfoliates.');
      expect(first).not.to.contain('until about Monday 21 April');
      expect(textOf(q(el, '.timeline'))).not.to.contain('usually fine again');
      await expect(el).to.be.accessible();
    });
  }

  it('goes back to today when the date is cleared', async () => {
    const el = await guide();
    const today = q<HTMLInputElement>(el, 'input[type="date"]').value;
    await setSession(el, '', '09:00');
    expect(q<HTMLInputElement>(el, 'input[type="date"]').value).to.equal(today);
  });

  it('follows a complete date or time as the shopper edits it, before the field is left', async () => {
    // WebKit fires only `input` while the arrow keys step a date field; `change` waits for the shopper to leave it.
    const el = await guide();
    await setSession(el, '2025-04-14', '14:00');
    const line = () => textOf(q(el, '.aftercare__session-line'));
    const edit = (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      return el.updateComplete;
    };
    await edit(q<HTMLInputElement>(el, 'input[type="date"]'), '2025-05-14');
    await edit(q<HTMLInputElement>(el, 'input[type="time"]'), '16:45');
    expect(line()).to.equal('Your session: Wednesday, 14 May 2025 at 16:45');
    // Half-typed (empty) is no date yet: nothing jumps back to today until the shopper commits it.
    await edit(q<HTMLInputElement>(el, 'input[type="date"]'), '');
    expect(line()).to.equal('Your session: Wednesday, 14 May 2025 at 16:45');
  });

  it('changes the session by keyboard alone', async () => {
    const el = await guide();
    await setSession(el, '2025-04-14', '14:00');
    const date = q<HTMLInputElement>(el, 'input[type="date"]');
    date.focus();
    // The field's first part (day or month, by the browser's own locale) goes up by one.
    await sendKeys({press: 'ArrowUp'});
    await el.updateComplete;
    expect(['2025-04-15', '2025-05-14']).to.include(date.value);
    const [y, m, d] = date.value.split('-').map(Number);
    const expected = new Intl.DateTimeFormat('en-GB', {dateStyle: 'full'}).format(new Date(y, m - 1, d));
    expect(textOf(q(el, '.aftercare__session-line'))).to.equal(`Your session: ${expected} at 14:00`);
  });

  it('reaches the fields and every button with Tab, in order', async () => {
    const el = await guide();
    q(el, '.section__heading').focus();
    const reached: string[] = [];
    // Date and time fields take one Tab per part (day, month, year...), so walk until the last button.
    for (let i = 0; i < 20 && reached.at(-1) !== 'Print aftercare'; i++) {
      await sendKeys({press: 'Tab'});
      const active = shadow(el).activeElement as HTMLElement;
      const name = active.localName === 'button' ? textOf(active) : active.getAttribute('name')!;
      if (reached.at(-1) !== name) reached.push(name);
    }
    expect(reached).to.deep.equal([
      'session-date',
      'session-time',
      'More on caring for your device',
      'Add to calendar',
      'Print aftercare',
    ]);
  });

  it('puts device hygiene beside the timeline for home devices, with a link to the full section', async () => {
    const el = await guide('needle-depth="0.25"');
    const aside = q(el, 'aside.aftercare__device');
    expect(textOf(aside.querySelector('h4'))).to.equal('Caring for your device');
    expect(textOf(aside)).to.contain('70% isopropyl alcohol');
    expect(textOf(aside)).to.contain('Never share your device');
    aside.querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
    expect(q(el, 'section.section').dataset.section).to.equal('device-care');
  });

  it('leaves device hygiene out for a professional-depth device', async () => {
    const el = await guide('needle-depth="1.5"');
    expect(qa(el, 'aside.aftercare__device').length).to.equal(0);
    expect(qa(el, '.milestone').length).to.equal(5);
    await expect(el).to.be.accessible();
  });

  it('"Add to calendar" by keyboard downloads the aftercare as an .ics file', async () => {
    const el = await guide('needle-depth="0.5"');
    await setSession(el, '2025-04-14', '14:00');
    const button = q<HTMLButtonElement>(el, 'button[data-action="calendar"]');
    const file = await captureDownload(async () => {
      button.focus();
      await sendKeys({press: 'Enter'});
    });
    expect(file.name).to.equal('microneedling-aftercare-2025-04-14.ics');
    expect(file.events.map((e) => e.summary)).to.deep.equal([
      enGbDates('Mineral sunscreen SPF 30+ every day until Monday 28 April at 14:00'),
      'Aftercare: makeup is fine again',
      'Aftercare: workouts, pools and saunas are fine again',
      'Aftercare: retinol, acids and vitamin C usually fine again',
    ]);
    expect(file.events[1].startDate.toJSDate().getTime()).to.equal(new Date(2025, 3, 15, 14, 0).getTime());
  });
});

describe('aftercare view from a hand-made context', () => {
  it('renders in the time zone and language it is given', async () => {
    const care = new CareState({
      timeZone: 'America/New_York',
      lang: () => 'en-US',
      clock: () => new Date('2025-10-31T13:30:00Z'), // 09:30 in New York, the Friday before the clocks go back
    });
    const ctx: ViewContext = {settings: {...DEFAULT_SETTINGS, depthClass: 'upper-home'}, locale: 'en', language: 'en', goTo: () => {}, has: () => true};
    const container = document.createElement('div');
    document.body.append(container);
    try {
      render(renderAftercare(ctx, care), container);
      expect(container.querySelector<HTMLInputElement>('input[type="date"]')!.value).to.equal('2025-10-31');
      expect(container.querySelector<HTMLInputElement>('input[type="time"]')!.value).to.equal('09:30');
      const times = [...container.querySelectorAll('.milestone time')].map((t) => [textOf(t), (t as HTMLTimeElement).dateTime]);
      expect(times).to.deep.equal([
        ['Friday 9:30 AM', '2025-10-31T13:30:00.000Z'],
        ['Saturday 9:30 AM', '2025-11-01T13:30:00.000Z'],
        ['Monday 9:30 AM', '2025-11-03T14:30:00.000Z'],
        ['Friday, November 7', '2025-11-07T14:30:00.000Z'],
        ['Friday, November 14 at 9:30 AM', '2025-11-14T14:30:00.000Z'],
      ]);
    } finally {
      container.remove();
    }
  });
});
