#!/usr/bin/env node
/**
 * The last step of `npm test`: the browser unit tests (@web/test-runner), then
 * the embed stage (scripts/embed-stage.mjs: packed tarball, React and Vue apps,
 * strict CSP, script order, Node import, TypeScript consumer). Both always run;
 * the final line counts both, in the `N passed, N failed` form CI reads.
 */
import {spawn} from 'node:child_process';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = await mkdtemp(path.join(os.tmpdir(), 'microneedle-guide-test-'));

function stage(label, args) {
  const summary = path.join(dir, `${label}.json`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {cwd: root, stdio: 'inherit', env: {...process.env, MNG_SUMMARY_FILE: summary}});
    child.on('exit', async (code) => {
      let counts;
      try {
        counts = JSON.parse(await readFile(summary, 'utf8'));
      } catch {
        counts = {passed: 0, failed: 1}; // the stage died before reporting: never a silent pass
        process.stdout.write(`\n${label} ended (code ${code}) without reporting its tests\n`);
      }
      resolve({...counts, code});
    });
  });
}

const started = performance.now();
const unit = await stage('browser unit tests', [path.join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js')]);
const unitSeconds = (performance.now() - started) / 1000;
const embed = await stage('embed stage', [path.join(root, 'scripts', 'embed-stage.mjs')]);
await rm(dir, {recursive: true, force: true});

const passed = unit.passed + embed.passed;
const failed = unit.failed + embed.failed + (unit.code && !unit.failed ? 1 : 0) + (embed.code && !embed.failed ? 1 : 0);
const total = (performance.now() - started) / 1000;
process.stdout.write(
  `\nbrowser unit tests: ${unit.passed} passed, ${unit.failed} failed (${unitSeconds.toFixed(1)} s); ` +
    `embed stage: ${embed.passed} passed, ${embed.failed} failed (${(total - unitSeconds).toFixed(1)} s)\n`
);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed ? 1 : 0;
