/**
 * The development pseudo-locales (scripts/localize.mjs writes them from the
 * English): `en-XA`, accented and about 40% longer, and `ar-XB`, right to left
 * inside bidi marks. Import this module (the demo and the tests do) and
 * `lang="en-XA"` selects one; the shipped builds never include it.
 */
import {registerLocale} from './locales.js';

registerLocale('en-XA', () => import('../generated/locales/en-XA.js'));
registerLocale('ar-XB', () => import('../generated/locales/ar-XB.js'));
