import {svg} from 'lit';
import {msg} from '@lit/localize';
import type {Section} from './section.js';

export const bodyAreas: Section = {
  id: 'body-areas',
  title: () => msg('Body areas', {id: 'section.body-areas.title'}),
  icon: svg`<circle cx="12" cy="4.5" r="2"/><path d="M8 9h8l-1 6h-2l-.5 6h-1L11 15H9z"/>`,
  lazy: 'body-areas',
};
