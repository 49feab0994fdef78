import {msg} from '@lit/localize';

export interface OverviewContent {
  intro: string;
  homeDevice: string;
  keyPointsHeading: string;
  keyPoints: string[];
  notVampireFacial: string;
}

export function overviewContent(): OverviewContent {
  return {
    intro: msg(
      'Microneedling pricks the top layer of the skin with very fine needles. The skin then repairs these tiny holes. In a clinic, this repair makes more collagen, a protein in the skin. Over time, that can mean smoother skin, fewer fine lines and a brighter look.',
      {id: 'overview.intro.clinic'}
    ),
    homeDevice: msg(
      'A shallow home device stays near the surface. It exfoliates: it clears away dead skin cells, so skin looks smoother and brighter. Scars, deep wrinkles and stretch marks need longer needles in trained hands, so they are goals for a clinic.',
      {id: 'overview.home-device.exfoliates'}
    ),
    keyPointsHeading: msg('Good to know', {id: 'overview.key-points.heading'}),
    keyPoints: [
      msg('It is quick, and most people feel little pain.', {id: 'overview.point.quick'}),
      msg('It works mechanically, without heat.', {id: 'overview.point.mechanical'}),
      msg('Mild redness, like a light sunburn, and some itching are usual. They fade within a few days.', {
        id: 'overview.point.side-effects',
      }),
      msg(
        'For a short time afterwards, the skin takes up what you put on it more easily. So use only products made for use straight after microneedling.',
        {id: 'overview.point.absorption'}
      ),
    ],
    notVampireFacial: msg(
      'It is not the same as a "vampire facial". That uses PRP, which is made from the person\'s own blood. Microneedling on its own does not use blood.',
      {id: 'overview.not-vampire-facial.prp'}
    ),
  };
}
