import {expect} from '@open-wc/testing';
import {defineMicroneedleGuide, MicroneedleGuide} from '../src/index.js';
import {VERSION} from '../src/rules/index.js';

function captureWarnings<T>(fn: () => T): {result: T; warnings: string[]} {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return {result: fn(), warnings};
  } finally {
    console.warn = original;
  }
}

describe('registration', () => {
  it('registers <microneedle-guide> when the main entry is imported', () => {
    expect(customElements.get('microneedle-guide')).to.equal(MicroneedleGuide);
  });

  it('is a silent no-op when the same copy defines the tag again', () => {
    const {warnings} = captureWarnings(() => {
      defineMicroneedleGuide();
      defineMicroneedleGuide();
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('microneedle-guide')).to.equal(MicroneedleGuide);
  });

  it('keeps the first definition and warns once when another version holds the tag', () => {
    class OtherCopy extends HTMLElement {
      static version = '0.0.1-other';
    }
    customElements.define('mng-define-test-a', OtherCopy);
    const {warnings} = captureWarnings(() => defineMicroneedleGuide('mng-define-test-a'));
    expect(customElements.get('mng-define-test-a')).to.equal(OtherCopy);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<mng-define-test-a>').and.contain('0.0.1-other').and.contain(VERSION);
  });

  it('does not warn when a different copy of the same version holds the tag', () => {
    class SameVersionCopy extends HTMLElement {
      static version = VERSION;
    }
    customElements.define('mng-define-test-b', SameVersionCopy);
    const {warnings} = captureWarnings(() => defineMicroneedleGuide('mng-define-test-b'));
    expect(warnings).to.deep.equal([]);
  });

  it('does nothing without a custom element registry (server rendering)', () => {
    const own = Object.getOwnPropertyDescriptor(window, 'customElements');
    Object.defineProperty(window, 'customElements', {value: undefined, configurable: true});
    try {
      const {warnings} = captureWarnings(() => defineMicroneedleGuide('mng-define-test-c'));
      expect(warnings).to.deep.equal([]);
    } finally {
      if (own) Object.defineProperty(window, 'customElements', own);
      else delete (window as {customElements?: unknown}).customElements;
    }
    expect(customElements.get('mng-define-test-c')).to.equal(undefined);
  });

  it('reports an invalid tag name as a warning instead of throwing', () => {
    const {warnings} = captureWarnings(() => defineMicroneedleGuide('notvalid'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<notvalid>').and.contain('could not be registered');
  });

  it('reports the version from package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
    expect(MicroneedleGuide.version).to.equal(pkg.version);
  });
});
