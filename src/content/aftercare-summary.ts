import {msg} from '@lit/localize';

export interface AftercareSummaryContent {
  intro: string;
  doHeading: string;
  dos: string[];
  avoidHeading: string;
  avoid: string[];
  doctorHeading: string;
  doctor: string[];
}

/** The short aftercare summary; the dated timeline builds on the same facts. */
export function aftercareSummaryContent(): AftercareSummaryContent {
  return {
    intro: msg(
      'Redness like a mild sunburn and some itching are normal for the first 1 to 3 days; most of it is gone within 24 to 48 hours.',
      {id: 'aftercare.intro'}
    ),
    doHeading: msg('Do', {id: 'aftercare.do.heading'}),
    dos: [
      msg('From the same day, use a mild cleanser and a hydrating serum, and keep your skin hydrated.', {
        id: 'aftercare.hydrate',
      }),
      msg('For 2 weeks, wear a mineral (chemical-free) sunscreen of SPF 30 or higher every day.', {
        id: 'aftercare.sunscreen',
      }),
      msg('Right after, use only products made for freshly needled skin.', {id: 'aftercare.products'}),
    ],
    avoidHeading: msg('Avoid', {id: 'aftercare.avoid.heading'}),
    avoid: [
      msg(
        'Makeup for 24 hours. If it truly cannot wait, later that night is acceptable, with clean fingers or new tools.',
        {id: 'aftercare.makeup'}
      ),
      msg('Strong sun for at least 72 hours.', {id: 'aftercare.sun'}),
      msg('Workouts, heavy sweating, pools, saunas and hot tubs for 48 to 72 hours.', {id: 'aftercare.sweat'}),
      msg('Retinol and other retinoids, salicylic or glycolic acid, and vitamin C for about a week.', {
        id: 'aftercare.actives',
      }),
      msg('Exfoliating scrubs and cleansing brushes for at least a week, and a few weeks after clinic treatment.', {
        id: 'aftercare.scrubs',
      }),
      msg(
        'Vitamin C serums and other products not made for needled skin: pushed into the skin, they have caused lasting bumps (granulomas).',
        {id: 'aftercare.granulomas'}
      ),
    ],
    doctorHeading: msg('See a doctor if', {id: 'aftercare.doctor.heading'}),
    doctor: [
      msg('redness or pain gets worse or comes back', {id: 'aftercare.doctor.worse'}),
      msg('swelling grows after day 2 or 3', {id: 'aftercare.doctor.swelling'}),
      msg('you notice pus or discharge, or have a fever or chills', {id: 'aftercare.doctor.infection'}),
      msg('blisters appear (this can be a cold sore)', {id: 'aftercare.doctor.blisters'}),
      msg('itchy red bumps appear days or weeks later', {id: 'aftercare.doctor.bumps'}),
      msg('dark patches appear', {id: 'aftercare.doctor.dark-patches'}),
    ],
  };
}
