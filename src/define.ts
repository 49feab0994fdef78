import {MicroneedleGuide} from './microneedle-guide.js';
import {VERSION} from './version.js';

/**
 * Registers `<microneedle-guide>`. Never throws: without `customElements`
 * (server rendering) it does nothing; when the tag is already defined (the script
 * included twice, or two copies of the package) it keeps the first definition and
 * warns once if the versions differ.
 */
export function defineMicroneedleGuide(
  tagName = 'microneedle-guide',
  registry: CustomElementRegistry | undefined = globalThis.customElements
): void {
  if (!registry) return;
  const existing = registry.get(tagName) as (CustomElementConstructor & {version?: string}) | undefined;
  if (existing) {
    if (existing !== MicroneedleGuide && existing.version !== VERSION) {
      console.warn(
        `<${tagName}>: already defined by version ${existing.version ?? 'unknown'}; this copy (version ${VERSION}) was not registered.`
      );
    }
    return;
  }
  try {
    registry.define(tagName, MicroneedleGuide);
  } catch (error) {
    console.warn(`<${tagName}>: could not be registered: ${(error as Error).message}`);
  }
}
