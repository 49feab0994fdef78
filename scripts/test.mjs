#!/usr/bin/env node
/**
 * The last step of `npm test`: the browser unit tests (@web/test-runner) in each
 * engine in turn, Chromium, Firefox and WebKit (scripts/engines.mjs; MNG_ENGINES
 * picks some), then the embed stage (scripts/embed-stage.mjs: packed tarball,
 * React and Vue apps, strict CSP, script order, Node import, TypeScript
 * consumer; Chromium only). All always run; the final line counts them all, in
 * the `N passed, N failed` form CI reads.
 */
import {spawn} from 'node:child_process';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {ENGINES} from './engines.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = await mkdtemp(path.join(os.tmpdir(), 'microneedle-guide-test-'));

function stage(label, args, env = {}) {
  const summary = path.join(dir, `${label}.json`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {cwd: root, stdio: 'inherit', env: {...process.env, ...env, MNG_SUMMARY_FILE: summary}});
    child.on('exit', async (code) => {
      let counts;
      try {
        counts = JSON.parse(await readFile(summary, 'utf8'));
      } catch {
        counts = {passed: 0, failed: 1}; // the stage died before reporting: never a silent pass
        process.stdout.write(`\n${label} ended (code ${code}) without reporting its tests\n`);
      }
      resolve({label, ...counts, code, seconds: (performance.now() - started) / 1000});
    });
  });
}

const engines = process.env.MNG_ENGINES ? process.env.MNG_ENGINES.split(',').map((e) => e.trim()) : ENGINES;
const wtr = path.join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
const stages = [];
// One engine at a time: the machine's cores go to one browser, and a failure names its engine.
for (const engine of engines) stages.push(await stage(engine, [wtr], {MNG_ENGINES: engine}));
stages.push(await stage('embed stage', [path.join(root, 'scripts', 'embed-stage.mjs')]));
await rm(dir, {recursive: true, force: true});

let passed = 0;
let failed = 0;
process.stdout.write('\n');
for (const s of stages) {
  // A stage that exited non-zero without a failed test (a crash, a file that did not load) still fails the run.
  const stageFailed = s.failed + (s.code && !s.failed ? 1 : 0);
  passed += s.passed;
  failed += stageFailed;
  const skipped = s.skipped ? `, ${s.skipped} skipped` : '';
  process.stdout.write(`${s.label}: ${s.passed} passed, ${stageFailed} failed${skipped} (${s.seconds.toFixed(1)} s)\n`);
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed ? 1 : 0;
