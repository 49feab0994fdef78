import {defineConfig} from 'astro/config';

// The embed test serves the built page at /astro/.
export default defineConfig({base: '/astro'});
