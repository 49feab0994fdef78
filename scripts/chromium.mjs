/** One place for how we start Debian's Chromium headless (CHROME_PATH overrides): scripts, test runner, embed stage. */
import puppeteer from 'puppeteer-core';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** As root Chromium needs --no-sandbox; the rest keep it off this machine's closed network and quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium() {
  return puppeteer.launch({executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS});
}
