#!/usr/bin/env node
/**
 * The embed test stage of `npm test` (also `npm run test:embed` alone).
 *
 * 1. Builds the package once (scripts/build.mjs) into a fresh temp directory, so
 *    concurrent runs never share output, and packs it with `npm pack`.
 * 2. Installs the tarball into copies of demo/react, demo/vue, demo/svelte,
 *    demo/angular, demo/next, demo/astro, demo/host-lit and test/types, offline from
 *    the npm cache when it has everything, and builds each app as soon as its install
 *    is done, all in parallel: the React, Vue, Svelte and Lit shop apps with their own
 *    Vite, the Angular app with @angular/build (its build.mjs), the Next.js app with
 *    `next build` and the Astro page with `astro build`.
 * 3. Runs test/{embed,csp,node-import}*.test.mjs with node:test; those drive
 *    Chromium through puppeteer-core.
 *
 * Ends with one `N passed, N failed` line; with MNG_SUMMARY_FILE set it also
 * writes the counts there as JSON (scripts/test.mjs adds them to the browser
 * unit tests' counts). Set MNG_KEEP_EMBED_DIR=1 to keep the temp directory, and
 * MNG_EMBED_ONLY=<part of a file name> to run only matching test files.
 */
import {spawn} from 'node:child_process';
import {cp, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {run} from 'node:test';
import {build} from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (line) => process.stdout.write(`[embed] ${line}\n`);

function exec(command, args, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd, env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}\n${output}`))
    );
  });
}

const npm = (args, cwd) => exec(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, cwd, {npm_config_update_notifier: 'false'});

/** `npm install` of the tarball: offline from the cache first, the registry only when the cache lacks something. */
async function install(app, tarball) {
  const args = ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', tarball];
  try {
    await npm([...args, '--offline'], app);
    return 'offline';
  } catch {
    await npm([...args, '--prefer-offline'], app);
    return 'registry';
  }
}

async function timed(label, task) {
  const start = performance.now();
  const result = await task();
  log(`${label} (${seconds(performance.now() - start)})`);
  return result;
}

async function prepare(dir) {
  const pkgDir = path.join(dir, 'pkg');
  const steps = await timed('built the CDN files, the npm build, declarations and the manifest', () =>
    build({out: pkgDir, quiet: true})
  );
  log(`  ${Object.entries(steps).map(([k, v]) => `${k} ${seconds(v)}`).join(', ')}`);

  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  await Promise.all([
    writeFile(path.join(pkgDir, 'package.json'), JSON.stringify(pkg, null, 2)),
    cp(path.join(root, 'README.md'), path.join(pkgDir, 'README.md')),
    cp(path.join(root, 'LICENSE'), path.join(pkgDir, 'LICENSE')),
  ]);
  const packed = await timed('packed the tarball', () =>
    npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], pkgDir)
  );
  const [{filename, files}] = JSON.parse(packed);
  const tarball = path.join(dir, filename);
  await writeFile(path.join(dir, 'packed-files.json'), JSON.stringify(files.map((f) => f.path)));

  const apps = {
    react: 'demo/react',
    vue: 'demo/vue',
    svelte: 'demo/svelte',
    angular: 'demo/angular',
    next: 'demo/next',
    astro: 'demo/astro',
    'host-lit': 'demo/host-lit',
    types: 'test/types',
  };
  const skip = new Set(['node_modules', 'dist', '.next', '.astro', '.angular', 'package-lock.json']);
  await Promise.all(
    Object.entries(apps).map(([name, from]) =>
      cp(path.join(root, from), path.join(dir, 'apps', name), {recursive: true, filter: (src) => !skip.has(path.basename(src))})
    )
  );
  const app = (name) => path.join(dir, 'apps', name);
  const bin = (name, file) => path.join(app(name), 'node_modules', file);
  const quiet = {NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false'};
  const vite = (name) => () => exec(process.execPath, [bin(name, 'vite/bin/vite.js'), 'build', '--logLevel', 'warn'], app(name));
  const builds = {
    react: vite('react'),
    vue: vite('vue'),
    svelte: vite('svelte'),
    'host-lit': vite('host-lit'),
    angular: () => exec(process.execPath, ['build.mjs'], app('angular'), quiet),
    next: () => exec(process.execPath, [bin('next', 'next/dist/bin/next'), 'build'], app('next'), quiet),
    astro: () => exec(process.execPath, [bin('astro', 'astro/astro.js'), 'build', '--silent'], app('astro'), quiet),
  };
  // Each app builds as soon as its own install is done, so the quick Vite builds overlap the
  // big installs (Next.js, Astro, Angular) instead of waiting for the slowest of them.
  await timed('installed the tarball into the React, Vue, Svelte, Angular, Next.js, Astro, Lit shop and TypeScript apps and built them', () =>
    Promise.all(
      Object.keys(apps).map(async (name) => {
        const start = performance.now();
        const how = await install(app(name), tarball);
        const installed = performance.now();
        await builds[name]?.();
        const built = builds[name] ? `, built in ${seconds(performance.now() - installed)}` : '';
        log(`  ${name}: installed (${how}) in ${seconds(installed - start)}${built}`);
      })
    )
  );
  return {tarball};
}

async function runTests(dir) {
  const files = (await readdir(path.join(root, 'test')))
    .filter((f) => /^(?:embed|csp|node-import).*\.test\.mjs$/.test(f))
    // MNG_EMBED_ONLY=host-localize runs only the files whose name contains it (the apps are still all built).
    .filter((f) => !process.env.MNG_EMBED_ONLY || f.includes(process.env.MNG_EMBED_ONLY))
    .sort()
    .map((f) => path.join(root, 'test', f));
  process.env.MNG_EMBED_DIR = dir;
  let passed = 0;
  let failed = 0;
  const failures = [];
  const stream = run({files, concurrency: true, timeout: 120_000});
  stream.on('test:pass', ({details, name, nesting}) => {
    if (details.type === 'suite') return;
    passed += 1;
    process.stdout.write(`  ${'  '.repeat(nesting)}✔ ${name} (${Math.round(details.duration_ms)} ms)\n`);
  });
  stream.on('test:fail', ({details, name, nesting, file}) => {
    if (details.type === 'suite' && details.error?.failureType === 'subtestsFailed') return;
    failed += 1;
    failures.push({name, file, error: details.error});
    process.stdout.write(`  ${'  '.repeat(nesting)}✖ ${name}\n`);
  });
  stream.on('test:diagnostic', ({message, nesting}) => {
    if (nesting > 0 || !/^(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /.test(message)) {
      process.stdout.write(`  # ${message}\n`);
    }
  });
  stream.on('test:stderr', ({message}) => process.stderr.write(message));
  stream.on('test:stdout', ({message}) => process.stdout.write(message));
  for await (const event of stream) void event;
  for (const {name, file, error} of failures) {
    const cause = error?.cause ?? error;
    process.stdout.write(`\n✖ ${name} (${path.relative(root, file ?? '')})\n${cause?.stack ?? cause?.message ?? cause}\n`);
  }
  return {passed, failed};
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'microneedle-guide-embed-'));
  let counts = {passed: 0, failed: 0};
  try {
    log(`working in ${dir}`);
    try {
      await prepare(dir);
    } catch (error) {
      process.stdout.write(`\n✖ embed stage set-up failed: ${error.message}\n`);
      counts = {passed: 0, failed: 1};
      return counts;
    }
    const start = performance.now();
    counts = await runTests(dir);
    log(`ran the embed tests (${seconds(performance.now() - start)})`);
    return counts;
  } finally {
    if (!process.env.MNG_KEEP_EMBED_DIR) await rm(dir, {recursive: true, force: true});
    log(`stage took ${seconds(performance.now() - started)}`);
    if (process.env.MNG_SUMMARY_FILE) await writeFile(process.env.MNG_SUMMARY_FILE, JSON.stringify(counts));
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed\n`);
    process.exitCode = counts.failed ? 1 : 0;
  }
}

await main();
