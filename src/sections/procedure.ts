import {svg} from 'lit';
import {msg} from '@lit/localize';
import type {Section} from './section.js';

export const procedure: Section = {
  id: 'procedure',
  title: () => msg('A clinic session', {id: 'section.procedure.title'}),
  icon: svg`<path d="M8 6h12M8 12h12M8 18h12"/><path d="M4 6h.01M4 12h.01M4 18h.01"/>`,
  lazy: 'procedure',
};
