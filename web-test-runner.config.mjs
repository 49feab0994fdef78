import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {plainSummaryReporter} from './test/support/plain-summary-reporter.mjs';
import {ENGINES, engineCommandsPlugin, testLaunchers} from './scripts/engines.mjs';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {forcedColorsPlugin} from './test/support/forced-colors-plugin.mjs';
import {extractLitTemplates} from './scripts/lit-templates.mjs';

/** Serves every Lit template in src/ (scripts/lit-templates.mjs) to test/csp-template-parser.test.ts, fresh on each run. */
const litTemplatesPlugin = {
  name: 'lit-templates',
  async serve(context) {
    if (context.path !== '/__lit-templates.json') return undefined;
    const templates = await extractLitTemplates(new URL('./src', import.meta.url).pathname, new URL('.', import.meta.url).pathname);
    return {body: JSON.stringify(templates), type: 'application/json'};
  },
};

// MNG_ENGINES=firefox,webkit picks engines (default: all three); scripts/test.mjs runs them one at a time.
const engines = (process.env.MNG_ENGINES || ENGINES.join(',')).split(',').map((e) => e.trim());
for (const engine of engines) if (!ENGINES.includes(engine)) throw new Error(`MNG_ENGINES: unknown engine "${engine}"`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  concurrency: 2,
  // The dynamic progress bar redraws over output; CI logs read better as plain lines.
  staticLogging: Boolean(process.env.CI),
  // Generous for a shared 2-core machine: Firefox takes 10-30 s to start under load, and axe over the whole
  // guide takes seconds in WebKit. A hang still fails, only later.
  browserStartTimeout: 120000,
  testFramework: {config: {timeout: 30000}},
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    engineCommandsPlugin(),
    litTemplatesPlugin,
    // a11ySnapshot reads the browser's accessibility tree (what a screen reader gets); Puppeteer engines only.
    a11ySnapshotPlugin(),
    forcedColorsPlugin(),
  ],
  browsers: engines.map((engine) => testLaunchers[engine]()),
  reporters: [defaultReporter(), plainSummaryReporter()],
};
