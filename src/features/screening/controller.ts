import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ConditionId} from '../../rules/conditions.js';
import {evaluateScreening, type ScreeningResult} from '../../rules/evaluate.js';
import {SCREENING_PAGES, type ScreeningPageId} from './questions.js';
import {ScreeningCompleteEvent} from '../../events.js';

/** A checkbox value on a question page: a condition id, or the exclusive "none of these". */
export type ScreeningChoice = ConditionId | 'none';

/** Where the shopper is: the intro, a question page (by index), check your answers, or the result. */
export type ScreeningStep = 'intro' | number | 'check' | 'result';

/**
 * What the polite status region says after a move; turned into words at render time
 * (msg runs there). Only what the focused heading does not already say: every move
 * focuses its step's heading (which carries the page caption), so announcing the
 * page, "Check your answers" or the result as well would read them twice.
 */
export type ScreeningAnnouncement = {kind: 'cleared'};

type FocusTarget = 'heading' | 'error-summary';

export interface ScreeningHost extends ReactiveControllerHost, EventTarget {
  readonly renderRoot: ParentNode;
}

/**
 * The questionnaire's state: the step, the answers per page, the error, the result.
 * Held in private fields of this object only: never written to storage, cookies,
 * the URL or the console, never sent, and never put in an event. The answers live as
 * long as the element does (so leaving the section and coming back keeps them) and
 * are gone on "Start again" or a reload.
 */
export class ScreeningController implements ReactiveController {
  readonly pageCount = SCREENING_PAGES.length;

  #step: ScreeningStep = 'intro';
  readonly #answers = new Map<ScreeningPageId, Set<ScreeningChoice>>();
  #error = false;
  #result?: ScreeningResult;
  #returnToCheck = false;
  #announcement?: ScreeningAnnouncement;
  #focus?: FocusTarget;

  constructor(
    private readonly host: ScreeningHost,
    /** Whether the completion event may carry the verdict (`share-verdict`). Read when the event fires. */
    private readonly shareVerdict: () => boolean
  ) {
    host.addController(this);
  }

  get step(): ScreeningStep {
    return this.#step;
  }

  /** The question page shown, when the step is a page. */
  get page(): (typeof SCREENING_PAGES)[number] | undefined {
    return typeof this.#step === 'number' ? SCREENING_PAGES[this.#step] : undefined;
  }

  /** Whether the page shown was submitted with nothing chosen. */
  get hasError(): boolean {
    return this.#error;
  }

  get result(): ScreeningResult | undefined {
    return this.#result;
  }

  get announcement(): ScreeningAnnouncement | undefined {
    return this.#announcement;
  }

  /** Whether the shop receives the verdict (never the answers) when a result is shown. */
  get sharesVerdict(): boolean {
    return this.shareVerdict();
  }

  /** The choices made on a page. */
  choices(page: ScreeningPageId): ReadonlySet<ScreeningChoice> {
    return this.#answers.get(page) ?? new Set();
  }

  /** Starts the questions at page 1. */
  start(): void {
    this.#goToPage(0);
  }

  /**
   * Ticks or unticks a box. "None of these" excludes the rest: ticking it clears
   * the page's conditions, and ticking a condition clears "none".
   */
  toggle(page: ScreeningPageId, choice: ScreeningChoice, checked: boolean): void {
    const choices = new Set(this.choices(page));
    if (!checked) choices.delete(choice);
    else if (choice === 'none') {
      choices.clear();
      choices.add('none');
    } else {
      choices.delete('none');
      choices.add(choice);
    }
    this.#answers.set(page, choices);
    this.host.requestUpdate();
  }

  /** Continue: an empty page shows the error; otherwise the next page, or back to check answers after a change. */
  next(): void {
    const page = this.page;
    if (!page) return;
    if (this.choices(page.id).size === 0) {
      this.#error = true;
      this.#announcement = undefined;
      this.#focusAfterUpdate('error-summary');
      return;
    }
    const index = this.#step as number;
    if (this.#returnToCheck || index === this.pageCount - 1) this.#goToCheck();
    else this.#goToPage(index + 1);
  }

  /** The back link: the previous page, the intro from page 1, the last page from check answers. */
  back(): void {
    if (this.#step === 'check') this.#goToPage(this.pageCount - 1);
    else if (typeof this.#step === 'number') {
      if (this.#returnToCheck) this.#goToCheck();
      else if (this.#step === 0) this.#goTo('intro', undefined);
      else this.#goToPage(this.#step - 1);
    }
  }

  /** "Change" on check answers: that page, answers kept; Continue comes back to check answers. */
  change(page: ScreeningPageId): void {
    const index = SCREENING_PAGES.findIndex((p) => p.id === page);
    if (index < 0) return;
    this.#goToPage(index);
    this.#returnToCheck = true;
  }

  /** From the result back to check answers, answers kept. */
  review(): void {
    this.#goToCheck();
  }

  /** Evaluates the answers, shows the result and tells the page a screening was completed. */
  seeResult(): void {
    const conditions = [...this.#answers.values()].flatMap((choices) =>
      [...choices].filter((c): c is ConditionId => c !== 'none')
    );
    this.#result = evaluateScreening(conditions);
    this.#goTo('result', undefined);
    // Only the verdict, and only when the retailer opted in; answers never leave this object.
    this.host.dispatchEvent(new ScreeningCompleteEvent(this.shareVerdict() ? this.#result.verdict : undefined));
  }

  /** Forgets every answer and the result, and returns to the intro. */
  restart(): void {
    this.#answers.clear();
    this.#result = undefined;
    this.#goTo('intro', {kind: 'cleared'});
  }

  hostUpdated(): void {
    const target = this.#focus;
    this.#focus = undefined;
    if (!target) return;
    const selector = target === 'heading' ? '.screening__heading' : '.error-summary';
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  hostDisconnected(): void {
    // Nothing to save: answers exist only in this object's memory, by design.
    this.#focus = undefined;
  }

  #goToPage(index: number): void {
    this.#goTo(index, undefined);
  }

  #goToCheck(): void {
    this.#goTo('check', undefined);
  }

  #goTo(step: ScreeningStep, announcement: ScreeningAnnouncement | undefined): void {
    this.#step = step;
    this.#error = false;
    this.#returnToCheck = false;
    this.#announcement = announcement;
    this.#focusAfterUpdate('heading');
  }

  #focusAfterUpdate(target: FocusTarget): void {
    this.#focus = target;
    this.host.requestUpdate();
  }
}
