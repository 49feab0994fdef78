import {msg} from '@lit/localize';
import {iconPaths} from '../views/icons.js';
import type {Section} from './section.js';

export const frequency: Section = {
  id: 'frequency',
  title: () => msg('How often', {id: 'section.frequency.title'}),
  icon: iconPaths('calendar'),
  lazy: 'frequency',
};
