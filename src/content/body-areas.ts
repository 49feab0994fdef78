import {msg} from '@lit/localize';

export interface BodyAreasContent {
  face: string;
  body: string;
  areas: string[];
  stretchMarks: string;
}

export function bodyAreasContent(): BodyAreasContent {
  return {
    face: msg('The face is where microneedling is done most often.', {id: 'body-areas.face'}),
    body: msg('In a clinic, it is also used on the body, mostly on stretch marks:', {id: 'body-areas.body.clinic'}),
    areas: [
      msg('thighs', {id: 'body-areas.area.thighs'}),
      msg('legs', {id: 'body-areas.area.legs'}),
      msg('buttocks', {id: 'body-areas.area.buttocks'}),
    ],
    stretchMarks: msg(
      'Stretch marks are a goal for a clinic: a shallow home device will not meaningfully change them. A clinic course on the body is usually 4 to 6 sessions in all.',
      {id: 'body-areas.stretch-marks'}
    ),
  };
}
