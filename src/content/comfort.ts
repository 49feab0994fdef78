import {msg, str} from '@lit/localize';
import {HOME_DEPTH_MAX_MM} from '../rules/depth.js';
import {formatMillimetres} from '../lib/units.js';

export interface ComfortContent {
  pain: string;
  homeNumbing: string;
  feeling: string;
  sideEffectsHeading: string;
  sideEffects: string[];
  worse: string;
}

export function comfortContent(lang?: string): ComfortContent {
  const homeDepth = formatMillimetres(HOME_DEPTH_MAX_MM, lang);
  return {
    pain: msg(
      'Most people feel little pain. In a clinic, the numbing cream and serum take away most of what little there is.',
      {id: 'comfort.pain'}
    ),
    homeNumbing: msg(
      str`A home device at home depth (up to ${homeDepth}) needs no numbing cream.`,
      {id: 'comfort.home-numbing'}
    ),
    feeling: msg('Afterwards the skin turns pink and can feel like a mild sunburn.', {id: 'comfort.feeling'}),
    sideEffectsHeading: msg('Usual side effects', {id: 'comfort.side-effects.heading'}),
    sideEffects: [
      msg('Mild redness, mostly gone within 24 to 48 hours and rarely still there after 3 days.', {
        id: 'comfort.side-effect.redness',
      }),
      msg('Some itching, which also passes within a few days.', {id: 'comfort.side-effect.itching'}),
    ],
    worse: msg(
      'If redness or pain gets worse instead of better, or comes back, see a doctor.',
      {id: 'comfort.worse'}
    ),
  };
}
