import {expect} from '@open-wc/testing';
import {plural, type PluralTexts} from '../src/i18n/plural.js';
import {inLocale} from '../src/i18n/active-locale.js';

const texts: PluralTexts = {zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other'};

describe('plural', () => {
  it('picks the English forms outside any guide render', () => {
    expect([1, 2, 3].map((n) => plural(n, texts))).to.deep.equal(['one', 'other', 'other']);
  });

  it('picks the Polish few and many forms', () => {
    expect(inLocale('pl', () => [1, 2, 4, 5, 12, 22].map((n) => plural(n, texts)))).to.deep.equal(['one', 'few', 'few', 'many', 'many', 'few']);
  });

  it('picks all six Arabic forms', () => {
    expect(inLocale('ar', () => [0, 1, 2, 3, 11, 100].map((n) => plural(n, texts)))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('falls back to "other" for a language Intl does not accept', () => {
    expect(inLocale('not a tag!', () => plural(1, texts))).to.equal('other');
  });
});
