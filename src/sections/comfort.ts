import {svg} from 'lit';
import {msg} from '@lit/localize';
import type {Section} from './section.js';

export const comfort: Section = {
  id: 'comfort',
  title: () => msg('Does it hurt?', {id: 'section.comfort.title'}),
  icon: svg`<circle cx="12" cy="12" r="9"/><path d="M8.5 14.5a4.5 4.5 0 0 0 7 0M9 9.5h.01M15 9.5h.01"/>`,
  lazy: 'comfort',
};
