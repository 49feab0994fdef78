import {msg} from '@lit/localize';
import type {DepthClass} from '../rules/depth.js';

/** One row of the home-versus-clinic comparison. */
export interface ComparisonRow {
  id: 'needle-length' | 'reach' | 'who' | 'numbing' | 'hygiene' | 'results';
  label: string;
  home: string;
  clinic: string;
}

export interface ComparisonContent {
  intro: string;
  caption: string;
  homeHeading: string;
  clinicHeading: string;
  rows: ComparisonRow[];
  analogy: string;
}

export function comparisonContent(): ComparisonContent {
  return {
    intro: msg(
      'Home devices and clinic treatment share a name, but the needles, the risks and the results are very different.',
      {id: 'compare.intro'}
    ),
    caption: msg('Home microneedling compared with clinic treatment', {id: 'compare.caption'}),
    homeHeading: msg('At home', {id: 'compare.home.heading'}),
    clinicHeading: msg('In a clinic', {id: 'compare.clinic.heading'}),
    rows: [
      {
        id: 'needle-length',
        label: msg('Needle length', {id: 'compare.needle-length.label'}),
        home: msg('Usually 0.2 to 0.3 mm. Some home products go up to 0.5 mm.', {id: 'compare.needle-length.home'}),
        clinic: msg('0.5 to 3 mm. Professional pens reach 2 to 2.5 mm.', {id: 'compare.needle-length.clinic'}),
      },
      {
        id: 'reach',
        label: msg('What the needles reach', {id: 'compare.reach.label'}),
        home: msg(
          'The outer layers. The dead surface layer of skin is very thin, so even 0.25 mm can reach living skin. Needles go in less deeply than their length.',
          {id: 'compare.reach.home'}
        ),
        clinic: msg(
          'The upper dermis, the layer below the surface. Pinpoint bleeding shows that it was reached.',
          {id: 'compare.reach.clinic'}
        ),
      },
      {
        id: 'who',
        label: msg('Who does it', {id: 'compare.who.label'}),
        home: msg('You, on your own skin.', {id: 'compare.who.home'}),
        clinic: msg('A trained professional.', {id: 'compare.who.clinic'}),
      },
      {
        id: 'numbing',
        label: msg('Numbing', {id: 'compare.numbing.label'}),
        home: msg('Not needed at shallow depth.', {id: 'compare.numbing.home'}),
        clinic: msg('A numbing cream, given 10 to 20 minutes to work.', {id: 'compare.numbing.clinic'}),
      },
      {
        id: 'hygiene',
        label: msg('Hygiene', {id: 'compare.hygiene.label'}),
        home: msg(
          'You clean the needle head (the part that holds the needles) before and after every use. Disinfecting at home is not sterilising. Never share a device.',
          {id: 'compare.hygiene.home.head'}
        ),
        clinic: msg('Sterile, single-use needle cartridges.', {id: 'compare.hygiene.clinic'}),
      },
      {
        id: 'results',
        label: msg('Realistic results', {id: 'compare.results.label'}),
        home: msg(
          'Exfoliation: smoother, brighter-looking skin. It will not meaningfully change scars, deep wrinkles or stretch marks.',
          {id: 'compare.results.home'}
        ),
        clinic: msg('In a clinic, acne scars, wrinkles and stretch marks are treated with needles of 1 mm or longer.', {
          id: 'compare.results.clinic',
        }),
      },
    ],
    analogy: msg(
      'Think of it like exercise: you can work out at home, but a personal trainer usually gets you further. In the same way, a professional gets better results than a home device.',
      {id: 'compare.analogy'}
    ),
  };
}

/** The comparison column that describes a device of this depth class. */
export function deviceColumn(depthClass: DepthClass): 'home' | 'clinic' {
  return depthClass === 'professional' ? 'clinic' : 'home';
}
