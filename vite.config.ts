import {defineConfig} from 'vite';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * `npm start` serves the demo product page from demo/; `npm run build` writes the
 * CDN file dist/microneedle-guide.js: one minified ES module with Lit inside.
 */
export default defineConfig(({command}) => ({
  root: command === 'serve' ? `${root}demo` : root,
  server: {fs: {allow: [root]}},
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: `${root}src/index.ts`,
      formats: ['es'],
      fileName: () => 'microneedle-guide.js',
    },
  },
}));
