import {expect} from '@open-wc/testing';
import {matchLocale, negotiateLocale} from '../src/i18n/negotiate.js';

/** The languages the guide is planned to ship, in the order lit-localize will list them. */
const SHIPPED = ['en', 'es', 'fr', 'de', 'it', 'pt-BR', 'nl', 'pl', 'ja', 'zh-Hans', 'ar'] as const;

describe('language negotiation', () => {
  const cases: [string, string | undefined][] = [
    ['de', 'de'],
    ['de-AT', 'de'],
    ['DE-ch', 'de'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', undefined],
    ['zh-HK', undefined],
    ['zh-Hant', undefined],
    ['ar-EG', 'ar'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
    ['ja-JP', 'ja'],
    ['sv', undefined],
    ['sr-Latn', undefined],
    ['', undefined],
    ['  ', undefined],
    ['not a tag!', undefined],
    ['x', undefined],
  ];
  for (const [requested, expected] of cases) {
    it(`${JSON.stringify(requested)} → ${expected ?? 'no match'}`, () => {
      expect(matchLocale(requested, SHIPPED)).to.equal(expected);
    });
  }

  it('prefers the exact region among locales of one language and script', () => {
    expect(matchLocale('pt-PT', ['en', 'pt-BR', 'pt-PT'])).to.equal('pt-PT');
    expect(matchLocale('pt-AO', ['en', 'pt-BR', 'pt-PT'])).to.equal('pt-BR');
  });

  it('takes the first language the page states, element before ancestor before document', () => {
    expect(negotiateLocale({explicit: 'fr', inherited: 'de', document: 'it', browser: ['es']}, SHIPPED, 'en')).to.equal('fr');
    expect(negotiateLocale({explicit: '', inherited: 'de', document: 'it', browser: ['es']}, SHIPPED, 'en')).to.equal('de');
    expect(negotiateLocale({inherited: null, document: 'it', browser: ['es']}, SHIPPED, 'en')).to.equal('it');
  });

  it('a stated language that is not shipped gets the fallback, not a guess from the browser', () => {
    expect(negotiateLocale({document: 'zh-TW', browser: ['de']}, SHIPPED, 'en')).to.equal('en');
  });

  it('with no stated language, the first browser language that matches wins', () => {
    expect(negotiateLocale({browser: ['sv-SE', 'zh-TW', 'pl-PL', 'de']}, SHIPPED, 'en')).to.equal('pl');
    expect(negotiateLocale({browser: ['sv']}, SHIPPED, 'en')).to.equal('en');
    expect(negotiateLocale({}, SHIPPED, 'en')).to.equal('en');
  });
});
