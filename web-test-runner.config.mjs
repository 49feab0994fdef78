import {esbuildPlugin} from '@web/dev-server-esbuild';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {plainSummaryReporter} from './test/support/plain-summary-reporter.mjs';
import {forcedColorsPlugin} from './test/support/forced-colors-plugin.mjs';
import {CHROME_PATH, CHROMIUM_ARGS} from './scripts/chromium.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  concurrency: 2,
  // The dynamic progress bar redraws over output; CI logs read better as plain lines.
  staticLogging: Boolean(process.env.CI),
  testFramework: {config: {timeout: 10000}},
  // a11ySnapshot reads the browser's accessibility tree (what a screen reader gets).
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}), a11ySnapshotPlugin(), forcedColorsPlugin()],
  browsers: [
    chromeLauncher({
      // Each test page in a window of its own: a page in a background tab is hidden, so it gets no
      // animation frames, IntersectionObserver callbacks or focus, and tests of those hang or flake
      // when another file runs at the same time.
      createPage: ({context}) => context.newPage({type: 'window'}),
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), plainSummaryReporter()],
};
