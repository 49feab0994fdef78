import {executeServerCommand} from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running this test page (MNG_ENGINES picks them; scripts/engines.mjs launches them). */
export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * Sets the page's viewport in any of the three engines (@web/test-runner-commands' own knows
 * Puppeteer and Playwright only). In WebKit a viewport narrower than MiniBrowser's smallest window
 * narrows the page's root element instead; see scripts/webkit.mjs.
 */
export function setViewport(viewport: {width: number; height: number}): Promise<unknown> {
  return executeServerCommand('mng-set-viewport', viewport);
}

/**
 * Whether the driver can emulate media (prefers-color-scheme, prefers-reduced-motion, print) for
 * @web/test-runner-commands' `emulateMedia`. Only Chromium's (over CDP) can:
 * - Firefox is driven over WebDriver BiDi. Puppeteer's emulateMediaFeatures and emulateMediaType
 *   need CDP, which Firefox dropped (Mozilla bug 1549434 never implemented Emulation.setEmulatedMedia),
 *   and BiDi's own command, emulation.setMediaFeaturesOverride (w3c/webdriver-bidi#750, spec PR #1076,
 *   2026), answers "unknown command" in Firefox ESR 153. No BiDi command emulates the print media type.
 * - WebKitGTK's WebKitWebDriver speaks classic W3C WebDriver, which has no media emulation at all
 *   (w3c/webdriver#1693).
 * So tests that need it run in Chromium and are skipped in the other two, by these two names only.
 */
export const canEmulateMedia = engine === 'chromium';
export const itEmulatingMedia = canEmulateMedia ? it : it.skip;
export const describeEmulatingMedia = canEmulateMedia ? describe : describe.skip;

/**
 * Whether the driver can read the browser's accessibility tree (what a screen reader gets), for
 * @web/test-runner-commands' `a11ySnapshot`. Only Chromium's can, over CDP (Accessibility domain):
 * WebDriver BiDi has no accessibility-tree command, so Puppeteer's
 * `accessibility.snapshot()` is CDP-only and fails in Firefox; classic WebDriver exposes only the
 * computed role and label of one element (WebKitWebDriver), not a tree. Tests that read the tree
 * run in Chromium and are skipped in the other two, by this name only.
 */
export const canReadAccessibilityTree = engine === 'chromium';
export const itReadingAccessibilityTree = canReadAccessibilityTree ? it : it.skip;

/**
 * Whether this engine's Intl puts a comma after the weekday in an en-GB date without a year.
 * WebKitGTK formats with the system's ICU (Debian's libicu) and writes "Monday, 28 April";
 * Chromium and Firefox carry their own ICU data and write "Monday 28 April". The guide writes
 * whatever the browser's Intl writes (src/features/care/format.ts), so exact tests expect the same.
 */
export const GB_WEEKDAY_COMMA =
  new Intl.DateTimeFormat('en-GB', {weekday: 'long', day: 'numeric', month: 'long'}).format(new Date(2025, 3, 28)) ===
  'Monday, 28 April';

/** An expected British English text with its dates written as this engine writes them (see GB_WEEKDAY_COMMA). */
export function enGbDates(text: string): string {
  if (!GB_WEEKDAY_COMMA) return text;
  return text.replace(/\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) (\d{1,2} [A-Z][a-z]+)\b(?! \d{4})/g, '$1, $2');
}

/**
 * Whether focus styles can be checked. `:focus`, `:focus-visible` and `:focus-within` match only in
 * a window that has system focus, and WebKitGTK's MiniBrowser under Xvfb (no window manager) never
 * gets it: `document.hasFocus()` stays false, so no focus pseudo-class matches there though
 * `activeElement` moves as it should. Tests of focus rings run in Chromium and Firefox.
 */
export const canMatchFocusStyles = engine !== 'webkit';
export const itMatchingFocusStyles = canMatchFocusStyles ? it : it.skip;

/**
 * The full accessibility audit (test/a11y-audit.test.ts, issue 12: "tested in Chromium") runs in
 * Chromium only. Its forced-colour part needs media emulation (canEmulateMedia), its keyboard part
 * focus styles (canMatchFocusStyles, not WebKit's), and its 185 axe runs take minutes in WebKit
 * under Xvfb; the other engines run axe on single states in their own suites (guide, lang,
 * screening-flow, plan-view tests). Skipped in Firefox and WebKit by this name only.
 */
export const runsFullAudit = engine === 'chromium';
export const describeAuditing = runsFullAudit ? describe : describe.skip;
