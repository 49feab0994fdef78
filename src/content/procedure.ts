import {msg} from '@lit/localize';

export interface ProcedureStep {
  id: 'cleanse' | 'numb' | 'repair-serum' | 'needling' | 'seal';
  title: string;
  text: string;
}

export interface ProcedureContent {
  intro: string;
  steps: ProcedureStep[];
  note: string;
}

export function procedureContent(): ProcedureContent {
  return {
    intro: msg('A professional session follows the same few steps, in this order.', {id: 'procedure.intro'}),
    steps: [
      {
        id: 'cleanse',
        title: msg('Cleansing', {id: 'procedure.cleanse.title'}),
        text: msg('The face is cleansed first.', {id: 'procedure.cleanse.text'}),
      },
      {
        id: 'numb',
        title: msg('Numbing', {id: 'procedure.numb.title'}),
        text: msg('A numbing cream goes on and is given 10 to 20 minutes to take effect.', {
          id: 'procedure.numb.text',
        }),
      },
      {
        id: 'repair-serum',
        title: msg('Repair serum', {id: 'procedure.repair-serum.title'}),
        text: msg('A serum that supports the skin\'s repair and healing is spread over the area.', {
          id: 'procedure.repair-serum.text',
        }),
      },
      {
        id: 'needling',
        title: msg('Microneedling', {id: 'procedure.needling.title.microneedling'}),
        text: msg(
          'A microneedling pen, its needles moving up and down, passes over the skin and makes tiny punctures through which the serum is taken up.',
          {id: 'procedure.needling.text'}
        ),
      },
      {
        id: 'seal',
        title: msg('Sealing', {id: 'procedure.seal.title'}),
        text: msg('A last serum is applied to seal the skin.', {id: 'procedure.seal.text'}),
      },
    ],
    note: msg(
      'This is not a "vampire facial". That uses PRP, which is made from the person\'s own blood.',
      {id: 'procedure.note.prp'}
    ),
  };
}
