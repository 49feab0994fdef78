import {svg} from 'lit';
import {msg} from '@lit/localize';
import type {Section} from './section.js';

export const homeVsClinic: Section = {
  id: 'home-vs-clinic',
  title: () => msg('Home or clinic', {id: 'section.home-vs-clinic.title'}),
  icon: svg`<path d="M3 11l5-4 5 4v9H3z"/><path d="M14 20V8h7v12M16.5 11h2M17.5 10v2"/>`,
  lazy: 'home-vs-clinic',
};
