import {msg} from '@lit/localize';

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

/** The name a section has in the guide's contents list and as its heading. */
export function sectionTitle(id: SectionId): string {
  switch (id) {
    case 'overview':
      return msg('What microneedling is', {id: 'section.overview.title'});
    case 'home-vs-clinic':
      return msg('Home or clinic', {id: 'section.home-vs-clinic.title'});
    case 'procedure':
      return msg('A clinic session', {id: 'section.procedure.title'});
    case 'comfort':
      return msg('Does it hurt?', {id: 'section.comfort.title'});
    case 'suitability':
      return msg('Who it suits', {id: 'section.suitability.title'});
    case 'screening':
      return msg('Check if it suits you', {id: 'section.screening.title'});
    case 'body-areas':
      return msg('Body areas', {id: 'section.body-areas.title'});
    case 'frequency':
      return msg('How often', {id: 'section.frequency.title'});
    case 'plan':
      return msg('Your plan', {id: 'section.plan.title'});
    case 'aftercare':
      return msg('Aftercare', {id: 'section.aftercare.title'});
    case 'device-care':
      return msg('Caring for your device', {id: 'section.device-care.title'});
  }
}
