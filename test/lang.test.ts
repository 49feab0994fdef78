import {expect} from '@open-wc/testing';
import type {MicroneedleGuide} from '../src/microneedle-guide.js';
import {localeLoader, registerLocale, SHIPPED_LOCALES} from '../src/i18n/locales.js';
import '../src/i18n/pseudo-locales.js';
import {templates as es} from '../src/generated/locales/es.js';
import {templates as ptBR} from '../src/generated/locales/pt-BR.js';
import {templates as de} from '../src/generated/locales/de.js';
import {captureDownload} from './support/calendar.js';
import {contentsButtons, mountGuide, shadow, textOf, withWarnings} from './support/helpers.js';
import '../src/index.js';

const title = (el: MicroneedleGuide) => textOf(shadow(el).querySelector('#guide-title'));
const content = (el: MicroneedleGuide) => shadow(el).querySelector<HTMLElement>('[part~="guide"]')!;
const ENGLISH_TITLE = 'Microneedling guide';

/** Sets the document's lang for one test, and puts it back. */
async function withDocumentLang(lang: string | null, run: () => Promise<void>) {
  const root = document.documentElement;
  const before = root.getAttribute('lang');
  if (lang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', lang);
  try {
    await run();
  } finally {
    if (before === null) root.removeAttribute('lang');
    else root.setAttribute('lang', before);
  }
}

/** Makes navigator.languages answer `languages` for one test. */
async function withBrowserLanguages(languages: string[], run: () => Promise<void>) {
  Object.defineProperty(navigator, 'languages', {configurable: true, get: () => languages});
  try {
    await run();
  } finally {
    delete (navigator as {languages?: unknown}).languages;
  }
}

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

describe('the shipped languages', () => {
  it('are the ones lit-localize builds, each with its own locale file that loads', async () => {
    const config = await (await fetch(new URL('../lit-localize.json', import.meta.url))).json();
    const translated = SHIPPED_LOCALES.filter((code) => code !== 'en');
    expect(config.targetLocales.filter((code: string) => !/-X[AB]$/.test(code))).to.deep.equal(translated);
    for (const code of translated) {
      const module = await localeLoader(code)!();
      expect(Object.keys(module.templates).length, code).to.be.greaterThan(300);
    }
  });
});

describe('choosing the language', () => {
  it('shows the language of the element’s own lang', async () => {
    const {el} = await mountGuide('<microneedle-guide lang="es"></microneedle-guide>', 'en-GB');
    expect(title(el)).to.equal(es['guide.title']);
    expect(content(el).lang).to.equal('es');
    expect(content(el).dir).to.equal('ltr');
  });

  it('follows config.lang like the attribute', async () => {
    const {el} = await mountGuide('<microneedle-guide></microneedle-guide>', 'en-GB');
    el.config = {lang: 'pt-BR'};
    await el.updateComplete;
    expect(title(el)).to.equal(ptBR['guide.title']);
  });

  it('inherits the nearest ancestor’s lang, keeping its region on the content', async () => {
    const {el} = await mountGuide('<microneedle-guide></microneedle-guide>', 'es-MX');
    expect(title(el)).to.equal(es['guide.title']);
    expect(content(el).lang).to.equal('es-MX');
  });

  it('falls back to the document’s lang, matching pt-PT to the Brazilian Portuguese it ships', async () => {
    await withDocumentLang('pt-PT', async () => {
      const {el} = await mountGuide('<microneedle-guide></microneedle-guide>', '');
      expect(title(el)).to.equal(ptBR['guide.title']);
    });
  });

  it('asks the browser only when the page states no language', async () => {
    await withDocumentLang(null, () =>
      withBrowserLanguages(['fi-FI', 'es-AR', 'en'], async () => {
        const {el} = await mountGuide('<microneedle-guide></microneedle-guide>', '');
        expect(title(el)).to.equal(es['guide.title']);
      })
    );
    await withDocumentLang('en', () =>
      withBrowserLanguages(['es-AR'], async () => {
        const {el} = await mountGuide('<microneedle-guide></microneedle-guide>', '');
        expect(title(el), 'the page says English').to.equal(ENGLISH_TITLE);
      })
    );
  });

  it('shows English for a language it does not ship (zh-TW), marked as English', async () => {
    const {el} = await mountGuide('<microneedle-guide lang="zh-TW"></microneedle-guide>', 'en-GB');
    expect(title(el)).to.equal(ENGLISH_TITLE);
    expect(content(el).lang).to.equal('en');
  });

  it('re-renders when the element’s lang changes', async () => {
    const {el} = await mountGuide('<microneedle-guide lang="es"></microneedle-guide>', 'en-GB');
    el.lang = 'pt-BR';
    await el.updateComplete;
    expect(title(el)).to.equal(ptBR['guide.title']);
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(title(el), 'back to the ancestor’s English').to.equal(ENGLISH_TITLE);
  });

  it('re-renders when an ancestor’s lang changes (observed, not polled)', async () => {
    const {el, host} = await mountGuide('<section><microneedle-guide></microneedle-guide></section>', 'en-GB');
    host.lang = 'es';
    await el.updateComplete;
    expect(title(el)).to.equal(es['guide.title']);
    host.querySelector('section')!.lang = 'pt-BR';
    await el.updateComplete;
    expect(title(el)).to.equal(ptBR['guide.title']);
  });

  it('shows two guides in two languages side by side', async () => {
    const {host} = await mountGuide(
      '<microneedle-guide lang="es"></microneedle-guide><microneedle-guide lang="pt-BR"></microneedle-guide><microneedle-guide></microneedle-guide>',
      'en-GB'
    );
    const guides = [...host.querySelectorAll('microneedle-guide')];
    await Promise.all(guides.map((g) => g.updateComplete));
    expect(guides.map(title)).to.deep.equal([es['guide.title'], ptBR['guide.title'], ENGLISH_TITLE]);
  });

  it('paints no English before the language has loaded, and keeps the old one while the next loads', async () => {
    let deliver!: () => void;
    const arrived = new Promise<void>((resolve) => (deliver = resolve));
    registerLocale('sv', async () => {
      await arrived;
      return {templates: {'guide.title': 'Mikronålsguide'}};
    });
    const host = document.createElement('div');
    host.lang = 'en-GB';
    host.innerHTML = '<microneedle-guide lang="sv"></microneedle-guide>';
    const el = host.firstElementChild as MicroneedleGuide;
    const painted: string[] = [];
    el.addController({hostUpdated: () => painted.push(title(el))});
    document.body.append(host);
    try {
      const done = el.updateComplete;
      await new Promise(requestAnimationFrame);
      expect(painted.length, 'rendered once while loading').to.be.greaterThan(0);
      expect(painted.every((text) => text === ''), painted.join('|')).to.equal(true);
      expect(shadow(el).querySelector('.frame')!.getAttribute('aria-busy')).to.equal('true');
      deliver();
      await done;
      expect(title(el)).to.equal('Mikronålsguide');
      expect(shadow(el).querySelector('.frame')!.hasAttribute('aria-busy')).to.equal(false);

      let deliverNext!: () => void;
      const next = new Promise<void>((resolve) => (deliverNext = resolve));
      registerLocale('da', async () => {
        await next;
        return {templates: {'guide.title': 'Mikronålevejledning'}};
      });
      painted.length = 0;
      el.lang = 'da';
      const switched = el.updateComplete;
      await new Promise(requestAnimationFrame);
      expect(painted.every((text) => text === 'Mikronålsguide'), 'the Swedish stays until the Danish is here').to.equal(true);
      deliverNext();
      await switched;
      expect(title(el)).to.equal('Mikronålevejledning');
    } finally {
      host.remove();
    }
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

describe('text built outside a render', () => {
  it('writes the calendar file in the guide’s language, beside a guide in another', async () => {
    const {host} = await mountGuide(
      '<microneedle-guide lang="de" start="aftercare"></microneedle-guide><microneedle-guide start="aftercare"></microneedle-guide>',
      'en-GB'
    );
    const [german, english] = [...host.querySelectorAll('microneedle-guide')] as MicroneedleGuide[];
    await german.updateComplete;
    const download = (el: MicroneedleGuide) =>
      captureDownload(() => shadow(el).querySelector<HTMLButtonElement>('button[data-action="calendar"]')!.click());
    const file = await download(german);
    expect(file.events.map((e) => e.summary).slice(1)).to.deep.equal([
      de['calendar.day-1.summary'],
      de['calendar.day-3.summary'],
    ]);
    expect(file.events[0].description).to.contain(`${de['aftercare.doctor.heading']}:`);
    const other = await download(english);
    expect(other.events[1].summary).to.equal('Aftercare: makeup is fine again');
  });
});

describe('a language that fails to load', () => {
  it('shows English marked lang="en", warns once, and keeps working', async () => {
    registerLocale('fi', () => Promise.reject(new Error('blocked by the test')));
    const {result: el, warnings} = await withWarnings(async () => {
      const {el: first} = await mountGuide('<microneedle-guide lang="fi"></microneedle-guide>', 'en-GB');
      const {el: second} = await mountGuide('<microneedle-guide lang="fi"></microneedle-guide>', 'en-GB');
      expect(title(second)).to.equal(ENGLISH_TITLE);
      return first;
    });
    expect(title(el)).to.equal(ENGLISH_TITLE);
    expect(content(el).lang).to.equal('en');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"fi"').and.contain('blocked by the test');
    contentsButtons(el)[1].click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.section')!.getAttribute('data-section')).to.equal(contentsButtons(el)[1].dataset.section);
  });
});

describe('right to left', () => {
  it('lays Arabic out right to left, with the pager arrows mirrored, on a left-to-right page', async () => {
    const {el} = await mountGuide('<microneedle-guide lang="ar" start="frequency"></microneedle-guide>', 'en-GB');
    expect(content(el).dir).to.equal('rtl');
    expect(content(el).lang).to.equal('ar');
    const arrows = [...shadow(el).querySelectorAll('.pager .icon')].map((icon) => getComputedStyle(icon).transform);
    expect(arrows).to.deep.equal(['matrix(-1, 0, 0, 1, 0, 0)', 'matrix(-1, 0, 0, 1, 0, 0)']);
    const previous = shadow(el).querySelector('.pager__previous')!.getBoundingClientRect();
    const next = shadow(el).querySelector('.pager__next')!.getBoundingClientRect();
    expect(previous.left, 'previous on the right').to.be.greaterThan(next.left);
  });

  it('keeps a Latin product name and a length whole inside Arabic text (Unicode isolates)', async () => {
    const {el} = await mountGuide('<microneedle-guide lang="ar" start="frequency" needle-depth="0.25" device-name="Lumen Glow"></microneedle-guide>', 'en-GB');
    const badge = textOf(shadow(el).querySelector('[part~="device-badge"]'));
    expect(badge).to.contain('\u2068Lumen Glow\u2069');
    expect(badge).to.match(/\u20680\.25\s*\S+\u2069/);
  });

  it('writes Arabic dates and lengths with Western digits, as its text does, in every engine', async () => {
    const {el} = await mountGuide('<microneedle-guide lang="ar" start="aftercare" needle-depth="0.25"></microneedle-guide>', 'en-GB');
    const session = textOf(shadow(el).querySelector('.aftercare__session-line'));
    expect(session).to.match(/[0-9]/);
    expect(session).to.not.match(/[\u0660-\u0669\u06f0-\u06f9]/);
    el.start = 'frequency';
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[part~="device-badge"]'))).to.contain('0.25');
  });

  it('keeps an English guide left to right on a right-to-left page', async () => {
    const {el, host} = await mountGuide('<microneedle-guide lang="en" start="frequency"></microneedle-guide>', 'ar');
    host.dir = 'rtl';
    await el.updateComplete;
    expect(content(el).dir).to.equal('ltr');
    const arrows = [...shadow(el).querySelectorAll('.pager .icon')].map((icon) => getComputedStyle(icon).transform);
    expect(arrows).to.deep.equal(['none', 'none']);
  });

  it('passes axe in Arabic in every section', async () => {
    const {el} = await mountGuide('<microneedle-guide lang="ar" needle-depth="0.5" language-picker></microneedle-guide>', 'en-GB');
    for (const button of contentsButtons(el)) {
      button.click();
      await el.updateComplete;
      await expect(el, button.dataset.section).to.be.accessible();
    }
  });

  it('mirrors the bidi pseudo-locale too', async () => {
    const {el} = await mountGuide('<microneedle-guide lang="ar-XB"></microneedle-guide>', 'en-GB');
    expect(content(el).dir).to.equal('rtl');
    expect(title(el).startsWith('\u202e')).to.equal(true);
  });
});

describe('the language picker', () => {
  it('lists every shipped language by its own name and switches only this guide', async () => {
    const {el, host} = await mountGuide(
      '<microneedle-guide language-picker></microneedle-guide><microneedle-guide></microneedle-guide>',
      'en-GB'
    );
    const other = host.querySelectorAll('microneedle-guide')[1] as MicroneedleGuide;
    const select = shadow(el).querySelector<HTMLSelectElement>('[part~="language-picker"] select')!;
    const options = [...select.options];
    expect(options.map((o) => o.value)).to.deep.equal([...SHIPPED_LOCALES]);
    expect(options.find((o) => o.value === 'de')!.textContent!.trim()).to.equal('Deutsch');
    expect(options.find((o) => o.value === 'ja')!.lang).to.equal('ja');
    expect(select.value).to.equal('en');
    const heard: string[] = [];
    for (const type of ['change', 'input', 'microneedle-guide-section-change']) host.addEventListener(type, () => heard.push(type));
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(title(el)).to.equal(es['guide.title']);
    expect(title(other)).to.equal(ENGLISH_TITLE);
    expect(el.hasAttribute('lang'), 'the page’s markup is untouched').to.equal(false);
    expect(heard, 'nothing reaches the page').to.deep.equal([]);
  });

  it('stays off for language-picker="false", as it reads', async () => {
    const {el} = await mountGuide('<microneedle-guide language-picker="false"></microneedle-guide>', 'en-GB');
    expect(shadow(el).querySelector('[part~="language-picker"]')).to.equal(null);
    expect(el.languagePicker).to.equal(false);
  });
});
