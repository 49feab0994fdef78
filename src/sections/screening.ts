import {svg} from 'lit';
import {msg} from '@lit/localize';
import type {Section} from './section.js';

export const screening: Section = {
  id: 'screening',
  title: () => msg('Check if it suits you', {id: 'section.screening.title'}),
  icon: svg`<rect x="5" y="4" width="14" height="17" rx="2"/><path d="M9 4V3h6v1M8.5 12.5l2 2 4-4.5"/>`,
  lazy: 'screening',
};
