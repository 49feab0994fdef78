import {defineConfig} from 'vite';
import {svelte} from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // So the built app works from any folder (the embed test serves it at /svelte/).
  base: './',
  plugins: [svelte()],
});
