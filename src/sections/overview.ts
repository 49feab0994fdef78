import {msg} from '@lit/localize';
import {iconPaths} from '../views/icons.js';
import type {Section} from './section.js';

export const overview: Section = {
  id: 'overview',
  title: () => msg('What microneedling is', {id: 'section.overview.title'}),
  icon: iconPaths('info'),
  lazy: 'overview',
};
