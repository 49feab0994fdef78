import {svg} from 'lit';
import {msg} from '@lit/localize';
import type {Section} from './section.js';

export const suitability: Section = {
  id: 'suitability',
  title: () => msg('Who it suits', {id: 'section.suitability.title'}),
  icon: svg`<path d="M12 3l7 3v5c0 4.5-3 8-7 10-4-2-7-5.5-7-10V6z"/><path d="M9 12l2 2 4-4"/>`,
  lazy: 'screening',
};
