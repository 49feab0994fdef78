import {msg} from '@lit/localize';
import type {ScreeningVerdict} from './conditions.js';

export interface VerdictText {
  /** Names the verdict in words, so the card never relies on colour. */
  heading: string;
  /** A short tag shown beside each reason. */
  tag: string;
  /** What to do next (guidance-facts.md section 3). */
  nextSteps: string;
}

export function verdictText(verdict: ScreeningVerdict): VerdictText {
  switch (verdict) {
    case 'suitable':
      return {
        heading: msg('Home microneedling looks suitable for you', {id: 'screening.verdict.suitable.heading'}),
        tag: msg('Suitable', {id: 'screening.verdict.suitable.tag'}),
        nextSteps: msg(
          'Nothing you told us rules out a home device. Follow your device’s instructions, and read the aftercare and device care in this guide before your first session.',
          {id: 'screening.verdict.suitable.next'}
        ),
      };
    case 'wait':
      return {
        heading: msg('Wait before you microneedle', {id: 'screening.verdict.wait.heading'}),
        tag: msg('Wait', {id: 'screening.verdict.wait.tag'}),
        nextSteps: msg(
          'Not now. Wait until your skin has fully healed, or until the time has passed, then check again.',
          {id: 'screening.verdict.wait.next'}
        ),
      };
    case 'ask-doctor':
      return {
        heading: msg('Ask a doctor first', {id: 'screening.verdict.ask-doctor.heading'}),
        tag: msg('Ask a doctor', {id: 'screening.verdict.ask-doctor.tag'}),
        nextSteps: msg(
          'Talk to a doctor or dermatologist before any microneedling, at home or in a clinic. A clinic can advise you.',
          {id: 'screening.verdict.ask-doctor.next'}
        ),
      };
    case 'not-suitable':
      return {
        heading: msg('Home microneedling is not for you', {id: 'screening.verdict.not-suitable.heading'}),
        tag: msg('Not suitable', {id: 'screening.verdict.not-suitable.tag'}),
        nextSteps: msg(
          'Please do not use a home microneedling device. If you want treatment, see a doctor or dermatologist.',
          {id: 'screening.verdict.not-suitable.next'}
        ),
      };
  }
}
