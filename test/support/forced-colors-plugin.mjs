import {mkdirSync} from 'node:fs';
import {dirname} from 'node:path';

/**
 * A test-runner command that turns forced colours (Windows High Contrast) on or off in
 * Chromium: `executeServerCommand('emulate-forced-colors', {active: true})`. The stock
 * emulateMedia command passes this feature to Playwright only, and Puppeteer's
 * emulateMediaFeatures rejects it, so this speaks CDP directly. Emulation lasts as long
 * as the CDP session, so one session per test page is kept. Also `mng-screenshot`
 * ({file, clip}): a PNG of part of the page, for reviewing what the emulation paints.
 */
export function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({command, payload, session}) {
      if (command === 'mng-screenshot') {
        // Saves a PNG of part of the page for review (screenshots/ is git-ignored).
        const page = session.browser.getPage(session.id);
        mkdirSync(dirname(payload.file), {recursive: true});
        await page.screenshot({path: payload.file, clip: payload.clip});
        return true;
      }
      if (command !== 'emulate-forced-colors') return undefined;
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{name: 'forced-colors', value: payload?.active ? 'active' : 'none'}],
      });
      return true;
    },
  };
}
