/**
 * What the shopper told the aftercare and plan views: when their session was and
 * which goal they chose. Held in memory only (never stored, sent or logged), one
 * instance per guide. No Lit here; `controller.ts` ties it to the element.
 */
import {resolveDateLocale} from '../../i18n/format-locale.js';
import {
  instantFromZoned,
  isoDate,
  isoTime,
  isValidTimeZone,
  localTimeZone,
  parseIsoDate,
  parseIsoTime,
  zonedParts,
  type PlainDate,
  type PlainTime,
} from '../../lib/zoned.js';
import {isGoal, type Goal} from '../../rules/plan.js';

export interface CareStateOptions {
  /** Called after every change, so the view re-renders. */
  readonly onChange?: () => void;
  /** The current time; the session defaults to it. */
  readonly clock?: () => Date;
  /** The shopper's time zone; defaults to the browser's. */
  readonly timeZone?: string;
  /** The locale the guide's text is shown in (i18n/language.ts), read on demand. */
  readonly lang?: () => string | null | undefined;
  /** The browser's preferred languages; default `navigator.languages`. */
  readonly preferredLanguages?: () => readonly string[];
}

export class CareState {
  private date?: PlainDate;
  private time?: PlainTime;
  private chosenGoal?: Goal;
  private readonly options: CareStateOptions;

  constructor(options: CareStateOptions = {}) {
    this.options = options;
  }

  /** The shopper's IANA time zone. */
  get timeZone(): string {
    const zone = this.options.timeZone;
    return zone && isValidTimeZone(zone) ? zone : localTimeZone();
  }

  /** The locale dates are written in: the shown locale's language, the browser's region. */
  get locale(): string {
    const preferred = this.options.preferredLanguages?.() ?? (typeof navigator === 'object' ? navigator.languages : []);
    return resolveDateLocale(this.options.lang?.(), preferred ?? []);
  }

  /** The session's date (today unless the shopper changed it). */
  get sessionDate(): PlainDate {
    if (!this.date) this.resetToNow();
    return this.date!;
  }

  /** The session's clock time (now, to the minute, unless the shopper changed it). */
  get sessionTime(): PlainTime {
    if (!this.time) this.resetToNow();
    return this.time!;
  }

  /** `YYYY-MM-DD` for `<input type="date">`. */
  get sessionDateValue(): string {
    return isoDate(this.sessionDate);
  }

  /** `HH:MM` for `<input type="time">`. */
  get sessionTimeValue(): string {
    return isoTime(this.sessionTime);
  }

  /** The session as an instant, read in the shopper's time zone. */
  get session(): Date {
    return instantFromZoned(this.sessionDate, this.sessionTime, this.timeZone);
  }

  /** The goal the shopper chose, if any. */
  get goal(): Goal | undefined {
    return this.chosenGoal;
  }

  /** From `<input type="date">`; an empty or impossible value goes back to today. */
  setSessionDate(value: string): void {
    const date = parseIsoDate(value);
    if (date) this.date = date;
    else this.date = this.now().date;
    this.changed();
  }

  /** From `<input type="time">`; an empty value goes back to now. */
  setSessionTime(value: string): void {
    const time = parseIsoTime(value);
    if (time) this.time = time;
    else this.time = this.now().time;
    this.changed();
  }

  setGoal(goal: string): void {
    if (!isGoal(goal) || goal === this.chosenGoal) return;
    this.chosenGoal = goal;
    this.changed();
  }

  private now(): {date: PlainDate; time: PlainTime} {
    const p = zonedParts(this.options.clock?.() ?? new Date(), this.timeZone);
    return {date: {year: p.year, month: p.month, day: p.day}, time: {hour: p.hour, minute: p.minute}};
  }

  private resetToNow(): void {
    const {date, time} = this.now();
    this.date ??= date;
    this.time ??= time;
  }

  private changed(): void {
    this.options.onChange?.();
  }
}
