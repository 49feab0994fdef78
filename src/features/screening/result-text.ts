import {msg} from '@lit/localize';
import type {ScreeningVerdict} from '../../rules/conditions.js';
import type {ResultAdvice} from '../../rules/result.js';

export interface VerdictText {
  /** Names the verdict in words, so the card never relies on colour. */
  heading: string;
  /** A short tag shown beside each reason. */
  tag: string;
  /** What to do next (guidance-facts.md section 3), one paragraph each. */
  nextSteps: string[];
}

/** The short tag of a verdict, beside each reason. */
export function verdictTag(verdict: ScreeningVerdict): string {
  switch (verdict) {
    case 'suitable':
      return msg('Suitable', {id: 'screening.verdict.suitable.tag'});
    case 'wait':
      return msg('Wait', {id: 'screening.verdict.wait.tag'});
    case 'ask-doctor':
      return msg('Ask a doctor', {id: 'screening.verdict.ask-doctor.tag'});
    case 'not-suitable':
      return msg('Not suitable', {id: 'screening.verdict.not-suitable.tag'});
  }
}

/** Said of a device whose needles are professional length, wherever a result would otherwise lead home. */
function professionalDevice(): string {
  return msg('Needles of this device’s length belong in a clinic, in trained hands, not at home.', {
    id: 'screening.result.professional-device',
  });
}

/**
 * The words of a result for the shop's device (rules/result.ts): a `suitable`
 * or `wait` result for a professional-length device sends the shopper to a
 * professional and never to home use.
 */
export function verdictText(advice: ResultAdvice): VerdictText {
  const tag = verdictTag(advice.verdict);
  switch (advice.verdict) {
    case 'suitable':
      if (advice.route === 'professional') {
        return {
          heading: msg('See a professional for this device', {id: 'screening.verdict.suitable.professional.heading'}),
          tag,
          nextSteps: [
            msg('Nothing you told us rules out microneedling.', {id: 'screening.verdict.suitable.professional.next'}),
            professionalDevice(),
          ],
        };
      }
      return {
        heading: msg('Home microneedling looks suitable for you', {id: 'screening.verdict.suitable.heading'}),
        tag,
        nextSteps: [
          msg('Nothing you told us rules out a home device.', {id: 'screening.verdict.suitable.next.nothing'}),
          msg('Keep to the stricter of two limits: this guide’s, and your device’s instructions.', {
            id: 'screening.verdict.suitable.next.stricter',
          }),
          msg('Check again if anything changes, such as a new medicine, a breakout or a pregnancy.', {
            id: 'screening.verdict.suitable.next.check-again',
          }),
          msg('Read the aftercare and device care in this guide before your first session.', {
            id: 'screening.verdict.suitable.next.read',
          }),
        ],
      };
    case 'wait': {
      const heading = msg('Wait before any microneedling', {id: 'screening.verdict.wait.heading.any'});
      if (advice.route === 'professional') {
        return {
          heading,
          tag,
          nextSteps: [
            msg('Not now. Wait until your skin has fully healed, or until the time has passed.', {
              id: 'screening.verdict.wait.professional.next',
            }),
            professionalDevice(),
            msg('Then see a professional.', {id: 'screening.verdict.wait.professional.then'}),
          ],
        };
      }
      return {
        heading,
        tag,
        nextSteps: [
          msg('Not now. Wait until your skin has fully healed, or until the time has passed, then check again.', {
            id: 'screening.verdict.wait.next',
          }),
        ],
      };
    }
    case 'ask-doctor':
      return {
        heading: msg('Ask a doctor first', {id: 'screening.verdict.ask-doctor.heading'}),
        tag,
        nextSteps: [
          msg(
            'Talk to a doctor or dermatologist before any microneedling, at home or in a clinic. A clinic can advise you.',
            {id: 'screening.verdict.ask-doctor.next'}
          ),
        ],
      };
    case 'not-suitable':
      if (advice.passing) {
        return {
          heading: msg('No home microneedling for now', {id: 'screening.verdict.not-suitable.passing.heading'}),
          tag,
          nextSteps: [
            msg('Please do not use a home microneedling device while this applies.', {
              id: 'screening.verdict.not-suitable.passing.next',
            }),
            msg('If you want treatment, see a doctor or dermatologist.', {id: 'screening.verdict.not-suitable.see-doctor'}),
          ],
        };
      }
      return {
        heading: msg('Home microneedling is not for you', {id: 'screening.verdict.not-suitable.heading'}),
        tag,
        nextSteps: [
          msg('Please do not use a home microneedling device.', {id: 'screening.verdict.not-suitable.next.device'}),
          msg('If you want treatment, see a doctor or dermatologist.', {id: 'screening.verdict.not-suitable.see-doctor'}),
        ],
      };
  }
}

/** Introduces the frequency rule on a result that leads home. */
export function howOftenLabel(): string {
  return msg('How often with this device:', {id: 'screening.result.how-often'});
}
