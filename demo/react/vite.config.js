import {defineConfig} from 'vite';

export default defineConfig({
  // So the built app works from any folder (the embed test serves it at /react/).
  base: './',
  // With `file:../..` the package is a symlink to the project, whose own node_modules has React too:
  // one React for the app and the wrapper.
  resolve: {dedupe: ['react', 'react-dom']},
});
