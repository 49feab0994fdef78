#!/usr/bin/env node
/**
 * Screenshots of the demo product page at phone and desktop widths, in light, dark
 * and forced colours (Windows High Contrast), for looking at the guide as a shopper
 * would. Writes screenshots/*.png (git-ignored).
 * Usage: npm run screenshots [-- section-id ...]
 */
import {mkdirSync} from 'node:fs';
import {createServer} from 'vite';
import {launchChromium} from './chromium.mjs';

const sections = process.argv.slice(2);
const widths = [320, 1280];
const schemes = ['light', 'dark', 'forced'];

const server = await createServer({logLevel: 'error', server: {port: 0}});
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await launchChromium();
mkdirSync('screenshots', {recursive: true});
try {
  for (const width of widths) {
    for (const scheme of schemes) {
      const page = await browser.newPage();
      await page.setViewport({width, height: 900, deviceScaleFactor: 1});
      if (scheme === 'forced') {
        // Puppeteer's emulateMediaFeatures does not know forced-colors; CDP does.
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: 'active'}]});
      } else {
        await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
      }
      await page.goto(url, {waitUntil: 'networkidle0'});
      await page.waitForFunction(() => document.querySelector('microneedle-guide')?.shadowRoot?.querySelector('h2'));
      const targets = sections.length ? sections : ['overview'];
      for (const section of targets) {
        await page.evaluate((id) => document.querySelector('microneedle-guide').goTo(id), section);
        const guide = await page.$('microneedle-guide');
        const file = `screenshots/${section}-${width}-${scheme}.png`;
        await guide.screenshot({path: file});
        console.log(file);
      }
      if (!sections.length && scheme === 'light') {
        const file = `screenshots/page-${width}.png`;
        await page.screenshot({path: file, fullPage: true});
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
