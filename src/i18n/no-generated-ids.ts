/**
 * Stands in for @lit/localize's id generation (an FNV-1a hash of the template) in
 * the builds: every msg() in this package has an explicit id (npm test checks it),
 * so the hash never runs, and its bytes stay out of the first load.
 * vite.config.ts aliases `./id-generation.js` inside @lit/localize to this module.
 */
export function generateMsgId(): string {
  throw new Error('microneedle-guide: every msg() needs an explicit id');
}
