// The guide from npm: the app's bundler resolves both the shop's @lit/localize and the guide.
import './shop.js';
import 'microneedle-guide';

await window.shop.setLocale('de');
window.shopReady = true;
