/**
 * One place for how we drive Debian's WebKitGTK (the engine of Safari): a private Xvfb display
 * (MiniBrowser has no headless mode), WebKitWebDriver on a free port, and a small W3C WebDriver
 * client over fetch for the handful of commands we need. Used by the test runner (webkitLauncher)
 * and by scripts/screenshots.mjs. Paths from WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH and XVFB_PATH,
 * with Debian's defaults (packages webkit2gtk-driver and xvfb).
 *
 * Why not @web/test-runner-webdriver: it brings webdriverio (about 330 packages, 97 MB) for what
 * is here six HTTP calls.
 */
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';

const ARCH = {x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu'}[process.arch] ?? `${process.arch}-linux-gnu`;
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const WEBKIT_BROWSER_PATH = process.env.WEBKIT_BROWSER_PATH || `/usr/lib/${ARCH}/webkit2gtk-4.1/MiniBrowser`;
export const XVFB_PATH = process.env.XVFB_PATH || '/usr/bin/Xvfb';

/** W3C WebDriver names for the keys our tests press (https://w3c.github.io/webdriver/#keyboard-actions). */
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Escape: '\uE00C',
  Space: ' ',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Children we started; killed when this process exits, however it exits. */
const children = new Set();
process.once('exit', () => children.forEach((child) => child.kill('SIGKILL')));

function start(command, args, options) {
  const child = spawn(command, args, options);
  children.add(child);
  child.once('exit', () => children.delete(child));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('error', () => {});
  return {child, exited};
}

async function stopChild({child, exited}) {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Starts Xvfb on the first free display number (it picks and reports it through -displayfd). */
async function startDisplay() {
  const xvfb = start(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1920x4200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.child.stderr.on('data', (d) => (stderr += d));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.child.once('error', (error) => reject(new Error(`cannot start ${XVFB_PATH} (apt-get install xvfb): ${error.message}`)));
    xvfb.exited.then((code) => reject(new Error(`Xvfb exited (${code}) before reporting a display\n${stderr}`)));
  });
  return {...xvfb, display};
}

async function startDriver(display) {
  const port = await freePort();
  const driver = start(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: {...process.env, DISPLAY: display},
  });
  const url = `http://127.0.0.1:${port}`;
  let failure;
  driver.child.once('error', (error) => (failure = error));
  for (let i = 0; i < 100; i++) {
    if (failure) throw new Error(`cannot start ${WEBKIT_DRIVER_PATH} (apt-get install webkit2gtk-driver): ${failure.message}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return {...driver, url};
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stopChild(driver);
  throw new Error(`${WEBKIT_DRIVER_PATH} did not answer on ${url}`);
}

/** A W3C WebDriver session: only the commands the tests and screenshots use. */
class WebDriverSession {
  constructor(base) {
    this.base = base;
  }

  async send(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {'content-type': 'application/json'},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const {value} = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  navigate(url) {
    return this.send('POST', '/url', {url});
  }

  execute(script, args = []) {
    return this.send('POST', '/execute/sync', {script, args});
  }

  /**
   * Sizes the window so the page's viewport (innerWidth × innerHeight) is width × height. MiniBrowser's
   * window cannot get narrower than its toolbar (a 447 px viewport), so for a narrower phone the page's
   * root element is narrowed to `width` instead: the guide lays out by container queries, not by the
   * viewport, so it sees the same column. Call it again after a navigation.
   */
  async setViewport({width, height}) {
    const [innerWidth, innerHeight] = await this.execute('return [innerWidth, innerHeight]');
    const rect = await this.send('GET', '/window/rect');
    await this.send('POST', '/window/rect', {width: rect.width + width - innerWidth, height: rect.height + height - innerHeight});
    await this.execute('document.documentElement.style.width = innerWidth > arguments[0] ? arguments[0] + "px" : ""', [width]);
  }

  /** Presses and releases each key in turn; names as in @web/test-runner-commands' sendKeys. */
  pressKeys(keys) {
    const actions = keys.flatMap((key) => {
      const value = KEYS[key] ?? key;
      if ([...value].length !== 1) throw new Error(`no WebDriver key for "${key}"`);
      return [
        {type: 'keyDown', value},
        {type: 'keyUp', value},
      ];
    });
    return this.send('POST', '/actions', {actions: [{type: 'key', id: 'keyboard', actions}]});
  }

  /** A PNG of the viewport. */
  async screenshot() {
    return Buffer.from(await this.send('GET', '/screenshot'), 'base64');
  }
}

/** Xvfb + WebKitWebDriver + one MiniBrowser session. `stop()` ends all three. */
export async function launchWebKit() {
  const xvfb = await startDisplay();
  let driver;
  try {
    driver = await startDriver(xvfb.display);
    const response = await fetch(`${driver.url}/session`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': {binary: WEBKIT_BROWSER_PATH, args: ['--automation']},
          },
        },
      }),
    });
    const {value} = await response.json();
    if (!response.ok) throw new Error(`WebKitWebDriver could not open ${WEBKIT_BROWSER_PATH}: ${value?.message}`);
    const session = new WebDriverSession(`${driver.url}/session/${value.sessionId}`);
    session.version = value.capabilities?.browserVersion;
    session.stop = async () => {
      await session.send('DELETE', '').catch(() => {});
      await stopChild(driver);
      await stopChild(xvfb);
    };
    return session;
  } catch (error) {
    if (driver) await stopChild(driver);
    await stopChild(xvfb);
    throw error;
  }
}

/**
 * A @web/test-runner browser launcher for WebKitGTK: one MiniBrowser window that runs the test
 * files one after another (concurrency 1: a second window would fight for focus, and keyboard
 * tests need it). Starts Xvfb and the driver on first use and stops them at the end.
 */
export function webkitLauncher() {
  let session;
  let starting;
  let queue = Promise.resolve();
  const urls = new Map();
  /** WebDriver runs one command at a time per session; keep ours in order. */
  const serial = (fn) => (queue = queue.then(fn, fn));
  const ensure = () => (starting ??= launchWebKit().then((s) => (session = s)));
  return {
    name: 'WebKit',
    type: 'webdriver',
    concurrency: 1,
    async startSession(id, url) {
      await ensure();
      urls.set(id, url);
      // Not awaited: navigation returns only once the page loaded, and the runner tracks the page itself.
      serial(() => session.navigate(url)).catch(() => {});
    },
    isActive: (id) => urls.has(id),
    getBrowserUrl: (id) => urls.get(id),
    async stopSession(id) {
      urls.delete(id);
      await serial(() => session.navigate('about:blank'));
      return {};
    },
    async startDebugSession() {
      throw new Error('Debugging WebKit is not supported: run the tests in Chromium with --manual');
    },
    async stop() {
      if (starting) await (await starting).stop();
    },
    /** For the commands in test/support/commands.ts. */
    setViewport: (id, viewport) => serial(() => session.setViewport(viewport)),
    /** For @web/test-runner-commands' sendKeys, which calls this on launchers of type "webdriver". */
    sendKeys: (id, keys) => serial(() => session.pressKeys(keys)),
  };
}
