import {svg} from 'lit';
import {msg} from '@lit/localize';
import type {Section} from './section.js';

export const plan: Section = {
  id: 'plan',
  title: () => msg('Your plan', {id: 'section.plan.title'}),
  icon: svg`<path d="M4 19V5M4 19h16"/><path d="M8 15l3.5-4 3 2.5L20 7"/>`,
  lazy: 'care',
};
