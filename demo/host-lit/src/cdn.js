// The guide from its CDN file, beside the shop's bundle (which carries its own Lit and @lit/localize).
import './shop.js';

await window.shop.setLocale('de');
await import(/* @vite-ignore */ `${location.origin}/dist/microneedle-guide.js`);
window.shopReady = true;
