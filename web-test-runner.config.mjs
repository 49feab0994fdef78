import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {plainSummaryReporter} from './test/support/plain-summary-reporter.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  concurrency: 2,
  // The dynamic progress bar redraws over output; CI logs read better as plain lines.
  staticLogging: Boolean(process.env.CI),
  testFramework: {config: {timeout: 10000}},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  browsers: [
    chromeLauncher({
      // Each test page in a window of its own: a page in a background tab is hidden, so it gets no
      // animation frames, IntersectionObserver callbacks or focus, and tests of those hang or flake
      // when another file runs at the same time.
      createPage: ({context}) => context.newPage({type: 'window'}),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), plainSummaryReporter()],
};
