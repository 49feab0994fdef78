import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  base: './',
  plugins: [
    vue({
      // Vue must leave the tag to the browser instead of looking for a Vue component.
      template: {compilerOptions: {isCustomElement: (tag) => tag === 'microneedle-guide'}},
    }),
  ],
});
