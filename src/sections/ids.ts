/**
 * The guide's sections, in their default order. Ids are a public contract:
 * retailers use them in `start` and `sections`.
 */
export const SECTION_IDS = [
  'overview',
  'home-vs-clinic',
  'procedure',
  'comfort',
  'suitability',
  'screening',
  'body-areas',
  'frequency',
  'plan',
  'aftercare',
  'device-care',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** A `sections` attribute's text: section ids separated by spaces or commas (`"overview frequency"`). */
export type SectionListText = SectionId | `${SectionId}${' ' | ','}${string}`;

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (SECTION_IDS as readonly string[]).includes(value);
}
