import {svg} from 'lit';
import {msg} from '@lit/localize';
import type {Section} from './section.js';

export const aftercare: Section = {
  id: 'aftercare',
  title: () => msg('Aftercare', {id: 'section.aftercare.title'}),
  icon: svg`<path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z"/>`,
  lazy: 'care',
};
