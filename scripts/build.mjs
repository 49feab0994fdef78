#!/usr/bin/env node
/**
 * `npm run build`: everything the npm package and the CDN ship, into `dist/` and
 * `custom-elements.json`.
 *
 *   dist/microneedle-guide.js   CDN file: one minified ES module, Lit inside (its Trusted Types policy: microneedle-guide)
 *   dist/microneedle-guide.classic.js  the same as a classic script (IIFE) for <script src> without type="module"
 *   dist/microneedle-guide.strict.js   the opt-in module for `trusted-types 'none'` (no policy, no HTML sink)
 *   dist/lib/**.js              npm build: ES modules, Lit / @lit/localize / zod / @lit/react as imports
 *   dist/lib/**.d.ts            type declarations (tsc)
 *   custom-elements.json        the manifest, from JSDoc (@custom-elements-manifest/analyzer + Lit plugin)
 *
 * `--out DIR` builds into DIR instead of the project (tests build into a temp
 * directory, so concurrent runs never share output).
 */
import {spawn} from 'node:child_process';
import {rm, mkdir} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {localize} from './localize.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args, {env, quiet} = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: {...process.env, ...env},
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output}`))
    );
  });
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Builds into `out` (a package root); resolves to the timings of each step in ms. */
export async function build({out = root, quiet = false} = {}) {
  const problems = await localize({quiet: true});
  if (problems.length) throw new Error(`lit-localize: ${problems.join('\n')}`);
  const dist = path.join(out, 'dist');
  await rm(dist, {recursive: true, force: true});
  await mkdir(dist, {recursive: true});
  const timed = async (name, task) => {
    const start = performance.now();
    await task();
    return [name, Math.round(performance.now() - start)];
  };
  const vite = (args) => run(process.execPath, [bin('vite'), 'build', '--logLevel', quiet ? 'warn' : 'info', ...args], {quiet});
  const steps = await Promise.all([
    timed('cdn', () => vite(['--outDir', dist])),
    timed('classic', () => vite(['--mode', 'classic', '--outDir', dist])),
    timed('strict', () => vite(['--mode', 'strict', '--outDir', dist])),
    timed('npm', () => vite(['--mode', 'npm', '--outDir', path.join(dist, 'lib')])),
    timed('types', () => run(process.execPath, [bin('tsc'), '-p', 'tsconfig.build.json', '--declarationDir', path.join(dist, 'lib')], {quiet})),
    timed('manifest', () =>
      run(process.execPath, [bin('cem'), 'analyze', '--quiet', '--outdir', path.relative(root, out) || '.'], {quiet})
    ),
  ]);
  return Object.fromEntries(steps);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const arg = (name) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? path.resolve(process.argv[at + 1]) : undefined;
  };
  build({out: arg('--out')}).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
