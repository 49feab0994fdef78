import {expect} from '@open-wc/testing';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {requestedLanguage, shownLocale} from '../src/i18n/shown-locale.js';
import {mountGuide, shadow, textOf} from './support/helpers.js';
import '../src/index.js';

const ENGLISH_WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const GERMAN_WEEKDAY = /\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b/;

/** The content's lang, the aftercare session line and the device badge: what a screen reader reads. */
async function shown(el: MicroneedleGuide) {
  await el.updateComplete;
  const content = shadow(el).querySelector<HTMLElement>('[part~="guide"]')!;
  el.start = 'aftercare';
  await el.updateComplete;
  const session = textOf(shadow(el).querySelector('.aftercare__session-line'));
  el.start = 'frequency';
  await el.updateComplete;
  const badge = textOf(shadow(el).querySelector('[part~="device-badge"]'));
  return {lang: content.getAttribute('lang'), session, badge};
}

describe('the language of the text', () => {
  it('marks English content inside a German element, with English dates and numbers', async () => {
    const {el} = await mountGuide('<microneedle-guide lang="de" needle-depth="0.25"></microneedle-guide>', 'en');
    const {lang, session, badge} = await shown(el);
    expect(lang).to.equal('en');
    expect(session).to.match(ENGLISH_WEEKDAY).and.not.match(GERMAN_WEEKDAY);
    expect(badge).to.contain('0.25').and.not.contain('0,25');
  });

  it('marks English content inside a German ancestor', async () => {
    const {el} = await mountGuide('<microneedle-guide needle-depth="0.25"></microneedle-guide>', 'de');
    const {lang, session, badge} = await shown(el);
    expect(lang).to.equal('en');
    expect(session).to.match(ENGLISH_WEEKDAY).and.not.match(GERMAN_WEEKDAY);
    expect(badge).to.contain('0.25');
  });

  it('marks English content on a German page (<html lang="de">)', async () => {
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    html.lang = 'de';
    try {
      const {el, host} = await mountGuide('<microneedle-guide needle-depth="0.25"></microneedle-guide>', '');
      host.removeAttribute('lang');
      el.requestUpdate();
      const {lang, session} = await shown(el);
      expect(lang).to.equal('en');
      expect(session).to.match(ENGLISH_WEEKDAY).and.not.match(GERMAN_WEEKDAY);
    } finally {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });

  it('keeps an English region asked for (en-GB) on the content and its dates', async () => {
    const {el} = await mountGuide('<microneedle-guide></microneedle-guide>', 'en-GB');
    const {lang, session} = await shown(el);
    expect(lang).to.equal('en-GB');
    expect(session, 'day before month').to.match(/, \d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it('follows config.lang over the page', async () => {
    const {el} = await mountGuide('<microneedle-guide></microneedle-guide>', 'en-GB');
    el.config = {lang: 'fr'};
    const {lang} = await shown(el);
    expect(lang).to.equal('en');
  });
});

describe('one language, resolved once, from every source', () => {
  // English ships in every region, so the region tells which source won: en-GB writes the day before
  // the month ("14 April 2025") and the 24-hour clock; en-US writes "April 14, 2025" and "2:00 PM".
  const BRITISH = /\b\d{1,2} [A-Z][a-z]+ \d{4}\b.*\b\d{2}:\d{2}\b/;

  async function britishEverywhere(el: MicroneedleGuide) {
    const {lang, session, badge} = await shown(el);
    expect(lang, 'the content').to.equal('en-GB');
    expect(session, 'the aftercare dates').to.match(BRITISH);
    expect(badge, 'the device badge').to.contain('0.25 mm');
    // The plan's dates come from the same answer.
    el.start = 'plan';
    await el.updateComplete;
    shadow(el).querySelector<HTMLInputElement>('input[name="plan-goal"][value="texture"]')!.click();
    await el.updateComplete;
    const planned = textOf(shadow(el).querySelector('.plan__sessions'));
    expect(planned, 'the plan dates').to.match(/\b\d{1,2} [A-Z][a-z]+\b/).and.not.match(/\b[A-Z][a-z]+ \d{1,2},/);
  }

  it('the lang attribute wins over the page', async () => {
    const {el} = await mountGuide('<microneedle-guide lang="en-GB" needle-depth="0.25"></microneedle-guide>', 'en-US');
    await britishEverywhere(el);
  });

  it('config.lang wins over the page', async () => {
    const {el} = await mountGuide('<microneedle-guide needle-depth="0.25"></microneedle-guide>', 'en-US');
    el.config = {lang: 'en-GB'};
    await britishEverywhere(el);
  });

  it("the JSON child's lang wins over the page, for the badge, the dates and the plan alike", async () => {
    const {el} = await mountGuide(
      '<microneedle-guide needle-depth="0.25"><script type="application/json">{"lang": "en-GB"}</script></microneedle-guide>',
      'en-US'
    );
    await britishEverywhere(el);
  });

  it('the nearest ancestor with a lang wins over the document', async () => {
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    html.lang = 'en-US';
    try {
      const {el} = await mountGuide('<microneedle-guide needle-depth="0.25"></microneedle-guide>', 'en-GB');
      await britishEverywhere(el);
    } finally {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });

  it("the document's lang, when nothing nearer says", async () => {
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    html.lang = 'en-GB';
    try {
      const {el, host} = await mountGuide('<microneedle-guide needle-depth="0.25"></microneedle-guide>', '');
      host.removeAttribute('lang');
      el.requestUpdate();
      await britishEverywhere(el);
    } finally {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });
});

describe('shownLocale and requestedLanguage', () => {
  it('shows English for a language that does not ship, and a shipped language as asked', () => {
    expect(shownLocale('de')).to.equal('en');
    expect(shownLocale('ar-EG')).to.equal('en');
    expect(shownLocale('en-gb')).to.equal('en-GB');
    expect(shownLocale(undefined)).to.equal('en');
    expect(shownLocale('not a tag!')).to.equal('en');
  });

  it('asks the setting first, then the nearest [lang] ancestor, then the document', () => {
    const outer = document.createElement('div');
    outer.lang = 'fr';
    const inner = document.createElement('span');
    outer.append(inner);
    document.body.append(outer);
    try {
      expect(requestedLanguage(inner, 'de')).to.equal('de');
      expect(requestedLanguage(inner)).to.equal('fr');
      outer.removeAttribute('lang');
      expect(requestedLanguage(inner)).to.equal(document.documentElement.lang || undefined);
    } finally {
      outer.remove();
    }
  });
});
