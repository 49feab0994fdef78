import {svg} from 'lit';
import {msg} from '@lit/localize';
import type {Section} from './section.js';

export const deviceCare: Section = {
  id: 'device-care',
  title: () => msg('Caring for your device', {id: 'section.device-care.title'}),
  icon: svg`<path d="M5 19l9-9M14 10l2-5 3 3-5 2M9 4l-2 2M20 15l-2 2"/>`,
  lazy: 'device-care',
};
