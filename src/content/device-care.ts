import {msg} from '@lit/localize';

export interface DeviceCareContent {
  cleanHeading: string;
  cleanSteps: string[];
  points: string[];
  risks: string;
}

export function deviceCareContent(): DeviceCareContent {
  return {
    cleanHeading: msg('Before and after every use', {id: 'device-care.clean.heading'}),
    cleanSteps: [
      msg('Rinse the needle head, the part that holds the needles.', {id: 'device-care.clean.rinse.head'}),
      msg('Soak it in 70% isopropyl alcohol; makers give 5 to 30 minutes.', {id: 'device-care.clean.soak'}),
      msg('Let it air-dry.', {id: 'device-care.clean.dry'}),
      msg('Store it in its case.', {id: 'device-care.clean.store'}),
    ],
    points: [
      msg(
        'Disinfecting is not sterilising. Home rollers are hard to keep clean and their needles dull quickly.',
        {id: 'device-care.not-sterile'}
      ),
      msg(
        'Never share your device. Shared microneedling equipment has passed on infections, HIV among them.',
        {id: 'device-care.never-share'}
      ),
      msg(
        'Replace the head as often as the maker says, and at once if needles bend or rolling feels rough.',
        {id: 'device-care.replace'}
      ),
    ],
    risks: msg(
      'Blunt needles and poor technique can leave track-like scars, lasting dark marks or lasting bumps (granulomas).',
      {id: 'device-care.risks'}
    ),
  };
}
