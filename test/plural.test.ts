import {expect} from '@open-wc/testing';
import {plural, setPluralLocale, type PluralTexts} from '../src/i18n/plural.js';

const texts: PluralTexts = {zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other'};

describe('plural', () => {
  afterEach(() => setPluralLocale('en'));

  it('picks the English forms', () => {
    expect([1, 2, 3].map((n) => plural(n, texts))).to.deep.equal(['one', 'other', 'other']);
  });

  it('picks the Polish few and many forms', () => {
    setPluralLocale('pl');
    expect([1, 2, 4, 5, 12, 22].map((n) => plural(n, texts))).to.deep.equal(['one', 'few', 'few', 'many', 'many', 'few']);
  });

  it('picks all six Arabic forms', () => {
    setPluralLocale('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(n, texts))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('falls back to "other" for a language Intl does not accept', () => {
    setPluralLocale('not a tag!');
    expect(plural(1, texts)).to.equal('other');
  });
});
