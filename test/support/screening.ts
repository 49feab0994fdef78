import type {MicroneedleGuide} from '../../src/microneedle-guide.js';
import {SCREENING_PAGES} from '../../src/features/screening/questions.js';
import {contentsButtons, shadow, textOf} from './helpers.js';

/** Opens the screening section from the contents list, as a shopper would. */
export async function openScreening(el: MicroneedleGuide): Promise<void> {
  const button = contentsButtons(el).find((b) => b.dataset.section === 'screening');
  if (!button) throw new Error('no screening entry in the contents');
  button.click();
  await el.updateComplete;
}

export function $<T extends Element = HTMLElement>(el: MicroneedleGuide, selector: string): T | null {
  return shadow(el).querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(el: MicroneedleGuide, selector: string): T[] {
  return [...shadow(el).querySelectorAll<T>(selector)];
}

/** The single forward button on the current screening screen (`part="screening-next"`). */
export function forward(el: MicroneedleGuide): HTMLButtonElement {
  const buttons = $$<HTMLButtonElement>(el, '[part~="screening-next"]');
  if (buttons.length !== 1) throw new Error(`expected one screening-next button, found ${buttons.length}`);
  return buttons[0];
}

export function box(el: MicroneedleGuide, value: string): HTMLInputElement {
  const input = $<HTMLInputElement>(el, `.screening input[type="checkbox"][value="${value}"]`);
  if (!input) throw new Error(`no checkbox with value ${value}`);
  return input;
}

/** The step's heading text, without the "Question page N of 4" caption inside it. */
export function pageHeading(el: MicroneedleGuide): string {
  const heading = $(el, '.screening__heading')?.cloneNode(true) as HTMLElement | undefined;
  heading?.querySelector('.screening__caption')?.remove();
  return textOf(heading);
}

/** The whole heading as a screen reader reads it when focus lands on it, caption included. */
export function spokenHeading(el: MicroneedleGuide): string {
  return textOf($(el, '.screening__heading'));
}

export function statusText(el: MicroneedleGuide): string {
  return textOf($(el, '.screening [role="status"]'));
}

export function checkedValues(el: MicroneedleGuide): string[] {
  return $$<HTMLInputElement>(el, '.screening input[type="checkbox"]')
    .filter((i) => i.checked)
    .map((i) => i.value);
}

async function click(el: MicroneedleGuide, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/**
 * From the intro, answers every question page by mouse: ticks the given conditions
 * on their page, or "None of these" where none is given. Ends on check your answers.
 */
export async function answerAll(el: MicroneedleGuide, conditions: readonly string[]): Promise<void> {
  await click(el, forward(el)); // Start
  for (const page of SCREENING_PAGES) {
    const here = page.conditions.filter((id) => conditions.includes(id));
    for (const value of here.length ? here : ['none']) await click(el, box(el, value));
    await click(el, forward(el)); // Continue
  }
}

/** Opens the screening, answers, and shows the result card. */
export async function screen(el: MicroneedleGuide, conditions: readonly string[]): Promise<HTMLElement> {
  await openScreening(el);
  await answerAll(el, conditions);
  await click(el, forward(el)); // See my result
  const card = $(el, '[part~="screening-result"]');
  if (!card) throw new Error('no result card');
  return card;
}
