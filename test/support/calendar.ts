import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';

/** A stubbed `<a download>` click: the file the shopper would get, parsed. */
export async function captureDownload(action: () => unknown | Promise<unknown>) {
  const links: HTMLAnchorElement[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push(this);
  };
  try {
    await action();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  expect(links.length).to.equal(1);
  const text = await (await fetch(links[0].href)).text();
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return {name: links[0].download, text, events};
}

