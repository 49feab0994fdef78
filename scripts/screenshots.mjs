#!/usr/bin/env node
/**
 * Screenshots of the demo product page at phone and desktop widths, for looking at
 * the guide as a shopper would, in light, dark and forced colours (Windows High Contrast).
 * Writes screenshots/<engine>/*.png (git-ignored).
 * Usage: npm run screenshots [-- --engine=chromium|firefox|webkit] [--lang=ar] [section-id ...]
 *
 * Dark and forced colours are emulated in Chromium only (see test/support/engine.ts, canEmulateMedia).
 * In WebKit a 320 px phone is a 320 px page column in MiniBrowser's narrowest window (447 px);
 * WebDriver captures only the viewport, so WebKit's is 4000 px tall, and its guide shots are that
 * viewport scrolled to the guide.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {createServer} from 'vite';
import {launchChromium} from './chromium.mjs';
import {engineArg, launchFirefox} from './engines.mjs';
import {launchWebKit} from './webkit.mjs';

const engine = engineArg(process.argv.slice(2));
const sections = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const lang = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
const widths = [320, 1280];
const schemes = engine === 'chromium' ? ['light', 'dark', 'forced'] : ['light'];
const rendered = () => document.querySelector('microneedle-guide')?.shadowRoot?.querySelector('h2');

/** Opens the demo at a width and scheme; answers goTo, shoot (the guide) and shootPage. */
async function puppeteerPages(browser) {
  return {
    async open(url, width, scheme) {
      const page = await browser.newPage();
      await page.setViewport({width, height: 900, deviceScaleFactor: 1});
      if (scheme === 'forced') {
        // Puppeteer's emulateMediaFeatures does not know forced-colors; CDP does.
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: 'active'}]});
      } else if (engine === 'chromium') {
        await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
      }
      await page.goto(url, {waitUntil: 'load'});
      await page.waitForFunction(rendered);
      return {
        goTo: (id) =>
          page.evaluate(
            async (id, lang) => {
              const guide = document.querySelector('microneedle-guide');
              if (lang) guide.lang = lang;
              await guide.updateComplete;
              await guide.goTo(id);
            },
            id,
            lang
          ),
        shoot: async (file) => (await page.$('microneedle-guide')).screenshot({path: file}),
        shootPage: (file) => page.screenshot({path: file, fullPage: true}),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function webkitPages(session) {
  return {
    async open(url, width) {
      await session.navigate(url);
      // WebDriver captures only what is in the viewport, so make it as tall as the page.
      await session.setViewport({width, height: 4000});
      for (let i = 0; i < 100 && !(await session.execute(`return !!(${rendered})()`)); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // MiniBrowser paints a resized window's tiles over a few frames; shoot once they are in.
      const painted = () => session.execute('return new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 500))');
      return {
        goTo: (id) => session.execute('return document.querySelector("microneedle-guide").goTo(arguments[0])', [id]),
        // WebKitGTK's element capture comes out black here, so: the viewport, scrolled to the guide.
        shoot: async (file) => {
          await session.execute('document.querySelector("microneedle-guide").scrollIntoView()');
          writeFileSync(file, await painted().then(() => session.screenshot()));
          await session.execute('scrollTo(0, 0)');
        },
        shootPage: async (file) => writeFileSync(file, await painted().then(() => session.screenshot())),
        close: async () => {},
      };
    },
    close: () => session.stop(),
  };
}

const server = await createServer({logLevel: 'error', server: {port: 0}});
await server.listen();
const url = server.resolvedUrls.local[0];
const browser =
  engine === 'webkit'
    ? await webkitPages(await launchWebKit())
    : await puppeteerPages(await (engine === 'firefox' ? launchFirefox() : launchChromium()));
const dir = `screenshots/${engine}`;
mkdirSync(dir, {recursive: true});
try {
  for (const width of widths) {
    for (const scheme of schemes) {
      const page = await browser.open(url, width, scheme);
      for (const section of sections.length ? sections : ['overview']) {
        await page.goTo(section);
        const file = `${dir}/${section}-${width}-${scheme}${lang ? `-${lang}` : ''}.png`;
        await page.shoot(file);
        console.log(file);
      }
      if (!sections.length && scheme === 'light') {
        const file = `${dir}/page-${width}.png`;
        await page.shootPage(file);
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
