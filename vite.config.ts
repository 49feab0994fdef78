import {defineConfig} from 'vite';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {litPolicyName, litStrictCsp} from './scripts/lit-csp-plugin.js';
import {litMinify} from './scripts/lit-minify-plugin.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
/**
 * Everything the npm package declares it needs stays an import, so apps share one Lit, one React.
 * @lit/localize is the exception (a devDependency, bundled): the guide configures it in reentrant
 * mode, which a library copy allows once per page, so a host app that configures its own copy
 * must never share the guide's (about 1 KB).
 */
const external = Object.keys({...pkg.dependencies, ...pkg.peerDependencies});
const isExternal = (id: string) => external.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * `npm start` serves the demo product page from demo/.
 *
 * `vite build` writes the CDN file `dist/microneedle-guide.js`: one fully minified,
 * self-contained ES module with Lit, @lit/localize, zod and every locale inside. Lit parses
 * its templates as usual; its Trusted Types policy is named `microneedle-guide`
 * (scripts/lit-csp-plugin.ts). Other modes write the other CDN files:
 * - `--mode classic`: `dist/microneedle-guide.classic.js`, the same as a classic script;
 * - `--mode strict`: `dist/microneedle-guide.strict.js`, the opt-in build for
 *   `trusted-types 'none'`, which builds Lit's templates with src/csp/parse-template.ts.
 *
 * `vite build --mode npm` writes the npm build to `dist/lib/`: one ES module per
 * source module, dependencies left as imports, so bundlers dedupe Lit and
 * tree-shake what an app does not use. scripts/build.mjs runs every mode plus the type
 * declarations and custom-elements.json.
 */
/** @lit/localize hashes a template when a msg() has no id; ours all have one (scripts/check-localize.mjs). */
const noGeneratedIds = {find: /^\.\/id-generation\.js$/, replacement: `${root}src/i18n/no-generated-ids.ts`};

export default defineConfig(({command, mode}) => {
  if (command === 'serve') {
    return {
      root: `${root}demo`,
      server: {fs: {allow: [root]}},
      // The React and Vue demos in demo/ are apps of their own (built against the packed package).
      optimizeDeps: {entries: ['index.html']},
    };
  }
  if (mode === 'npm') {
    return {
      resolve: {alias: [noGeneratedIds]},
      build: {
        outDir: `${root}dist/lib`,
        // scripts/build.mjs clears dist/ first; tsc writes declarations here at the same time.
        emptyOutDir: false,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: {
          entry: {
            index: `${root}src/index.ts`,
            element: `${root}src/element.ts`,
            react: `${root}src/react.ts`,
            'rules/index': `${root}src/rules/index.ts`,
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: isExternal,
          // react.ts starts with 'use client' for React Server Components (Next.js App Router).
          // With one output module per source module the directive stays at the top of
          // dist/lib/react.js (the embed stage's Next.js build proves it), so the warning that a
          // bundle might not keep it does not apply there.
          onLog(level, log, handler) {
            if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.id?.endsWith('src/react.ts')) return;
            handler(level, log);
          },
          output: {
            preserveModules: true,
            preserveModulesRoot: `${root}src`,
            // The guide's private copy of @lit/localize goes to dist/lib/vendor/ (npm would drop a
            // folder named node_modules from the tarball).
            entryFileNames: (chunk) =>
              chunk.name.includes('node_modules/') ? `vendor/${chunk.name.replace(/^.*node_modules\//, '')}.js` : '[name].js',
          },
        },
      },
    };
  }
  // `--mode classic`: the same file as a classic script (an IIFE), for `<script src>` without
  // type="module" (Shopify's script_tag filter, many CMS fields). Its exports are on
  // `window.microneedleGuide`. `--mode strict`: the module with Lit's templates built by DOM calls.
  const classic = mode === 'classic';
  const strict = mode === 'strict';
  const base = classic ? 'microneedle-guide.classic' : strict ? 'microneedle-guide.strict' : 'microneedle-guide';
  return {
    plugins: [litMinify(), strict ? litStrictCsp(`${root}src/csp/parse-template.ts`) : litPolicyName()],
    // The classic file cannot hold chunks, so it (and the strict file, to ship each language once)
    // fetches the module build's locale files, which import nothing.
    resolve: {
      alias: [
        noGeneratedIds,
        ...(classic || strict ? [{find: /^\.\/locale-files\.js$/, replacement: `${root}src/i18n/locale-files.cdn.ts`}] : []),
      ],
    },
    build: {
      outDir: `${root}dist`,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: {
        entry: `${root}src/index.ts`,
        formats: [classic ? 'iife' : 'es'],
        name: 'microneedleGuide',
        fileName: () => `${base}.js`,
      },
      rolldownOptions: {
        // The entry may export more than src/index.ts does (what the chunks import from it), so
        // modules the entry and a chunk share stay in the entry instead of a third file.
        preserveEntrySignatures: 'allow-extension',
        // The classic script has no import.meta: locale-files.cdn.ts reads its own <script src> there.
        transform: classic ? {define: {'import.meta': '{}'}} : undefined,
        output: {
          // The module builds split: the screening and care features are chunks beside the entry
          // (`microneedle-guide.screening.js`), fetched by import() relative to import.meta.url. A
          // classic script cannot import(), so the classic file stays one file with everything in it.
          codeSplitting: classic ? false : {groups: [{name: 'entry', tags: ['$initial']}]},
          // Each language is `microneedle-guide.locale.de.js`; features are `microneedle-guide.care.js`.
          chunkFileNames: (chunk) =>
            chunk.facadeModuleId?.includes('/generated/locales/') ? `${base}.locale.[name].js` : `${base}.[name].js`,
          // Library mode keeps whitespace in ES output even with `minify`; the CDN files are minified fully.
          minify: true,
          comments: {legal: true, annotation: false, jsdoc: false},
        },
      },
    },
  };
});
