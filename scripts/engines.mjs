/**
 * The three browser engines the unit tests run in, all from Debian packages: Chromium
 * (chromium), Firefox (firefox-esr, over WebDriver BiDi) and WebKit (webkit2gtk-driver's
 * MiniBrowser under xvfb). One place for the launchers, so the test runner and the scripts agree.
 */
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {CHROME_PATH, CHROMIUM_ARGS} from './chromium.mjs';
import {webkitLauncher} from './webkit.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** `--engine=firefox` from argv, else the default. */
export function engineArg(argv, fallback = 'chromium') {
  const engine = argv.find((a) => a.startsWith('--engine='))?.slice('--engine='.length) ?? fallback;
  if (!ENGINES.includes(engine)) throw new Error(`--engine must be one of ${ENGINES.join(', ')}, not "${engine}"`);
  return engine;
}

export function launchFirefox() {
  return puppeteerCore.launch({browser: 'firefox', executablePath: FIREFOX_PATH, headless: true});
}

// Each test page in a window of its own: a page in a background tab is hidden, so it gets no
// animation frames, IntersectionObserver callbacks or focus, and tests of those hang or flake
// when another file runs at the same time.
const createPage = ({context}) => context.newPage({type: 'window'});

/** @web/test-runner launchers by engine name. */
export const testLaunchers = {
  chromium: () =>
    chromeLauncher({createPage, launchOptions: {executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS}}),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      createPage,
      // One window at a time: headless Firefox fires keydown/keyup in a window that is not the
      // focused one, but not their default actions, so Enter on a button and Space on a radio do nothing.
      concurrency: 1,
      launchOptions: {browser: 'firefox', executablePath: FIREFOX_PATH, headless: true},
    }),
  webkit: () => webkitLauncher(),
};

/**
 * Test commands that work in all three engines (test/support/commands.ts). The stock
 * `setViewport` of @web/test-runner-commands knows Puppeteer and Playwright only.
 */
export function engineCommandsPlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({command, payload, session}) {
      if (command !== 'mng-set-viewport') return undefined;
      const {browser} = session;
      if (browser.type === 'puppeteer') await browser.getPage(session.id).setViewport(payload);
      else await browser.setViewport(session.id, payload);
      return true;
    },
  };
}
