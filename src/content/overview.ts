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
      'Microneedling pricks the top layer of the skin with very fine needles. The skin answers these tiny punctures by repairing itself and making more collagen, which over time can bring smoother texture, fewer fine lines and a brighter look.',
      {id: 'overview.intro'}
    ),
    homeDevice: msg(
      'A shallow home device stays near the surface: it exfoliates and leaves skin looking smoother and brighter. Scars, deep wrinkles and stretch marks need longer needles in professional hands, so they are goals for a clinic.',
      {id: 'overview.home-device'}
    ),
    keyPointsHeading: msg('Good to know', {id: 'overview.key-points.heading'}),
    keyPoints: [
      msg('It is quick, and most people feel little pain.', {id: 'overview.point.quick'}),
      msg('It works mechanically, without heat.', {id: 'overview.point.mechanical'}),
      msg('Mild redness, like a light sunburn, and some itching are usual. They fade within a few days.', {
        id: 'overview.point.side-effects',
      }),
      msg(
        'For a short time afterwards the skin takes up what you put on it more readily, so use only products made for freshly needled skin.',
        {id: 'overview.point.absorption'}
      ),
    ],
    notVampireFacial: msg(
      'It is not the same as a "vampire facial", which uses the person\'s own blood (PRP). Microneedling on its own does not.',
      {id: 'overview.not-vampire-facial'}
    ),
  };
}
