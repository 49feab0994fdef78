import {msg} from '@lit/localize';

export interface FrequencyContent {
  clinicHeading: string;
  clinic: string[];
  homeHeading: string;
  homeIntro: string;
  home: {id: 'up-to-0.25' | 'over-0.25'; text: string}[];
  recovery: string;
}

export function frequencyContent(): FrequencyContent {
  return {
    clinicHeading: msg('In a clinic', {id: 'frequency.clinic.heading'}),
    clinic: [
      msg('Skin in good condition: a session every 3 to 6 months.', {id: 'frequency.clinic.maintenance'}),
      msg('Acne scarring: one session a month for 4 to 6 months.', {id: 'frequency.clinic.acne-scars'}),
      msg('Body areas such as stretch marks: 4 to 6 sessions in all.', {id: 'frequency.clinic.body'}),
      msg('Everyone: a touch-up once a year.', {id: 'frequency.clinic.touch-up'}),
    ],
    homeHeading: msg('At home', {id: 'frequency.home.heading'}),
    homeIntro: msg(
      'There is no official guideline for home devices, so this guide keeps to the careful end of common advice.',
      {id: 'frequency.home.intro'}
    ),
    home: [
      {
        id: 'up-to-0.25',
        text: msg('Needles up to 0.25 mm: no more than 2 to 3 times a week.', {id: 'frequency.home.short'}),
      },
      {
        id: 'over-0.25',
        text: msg('Needles longer than 0.25 mm: no more than once every 3 to 4 weeks.', {id: 'frequency.home.long'}),
      },
    ],
    recovery: msg('Never needle skin that has not recovered from the last session.', {id: 'frequency.recovery'}),
  };
}
