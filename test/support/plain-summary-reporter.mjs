import {writeFileSync} from 'node:fs';

/**
 * Prints one plain `N passed, N failed` line after everything else, the line CI
 * reads. The runner's dynamic terminal redraws its own summary, so the line is
 * written from process exit, when nothing can erase it.
 */
export function plainSummaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) skipped += 1;
      else if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites) count(child);
  };
  return {
    onTestRunFinished({sessions}) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load has no results; count it as a failure so it cannot pass silently.
        else if (!session.passed) failed += 1;
        if (session.testResults && !session.passed && session.errors?.length) failed += session.errors.length;
      }
      // scripts/test.mjs adds these counts to the embed stage's for npm test's final line.
      if (process.env.MNG_SUMMARY_FILE) writeFileSync(process.env.MNG_SUMMARY_FILE, JSON.stringify({passed, failed, skipped}));
      process.once('exit', () => {
        process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
      });
    },
  };
}
