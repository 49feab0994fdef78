/**
 * Wall-clock arithmetic in a named IANA time zone, with nothing but `Intl`
 * (no Temporal yet, no time-zone database shipped with the guide).
 *
 * The aftercare timeline counts whole days as calendar days at the same clock
 * time, the way a person reads "3 days after Monday 14:00": Thursday 14:00, also
 * when a daylight-saving change falls in between.
 */

/** A calendar date, month 1-12. */
export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A clock time, 24-hour. */
export interface PlainTime {
  readonly hour: number;
  readonly minute: number;
}

export interface ZonedParts extends PlainDate, PlainTime {
  readonly second: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA zone name (or offset) this browser knows. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    partFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The shopper's own time zone, as the browser reports it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The date and clock time an instant shows in `timeZone`. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const values: Record<string, number> = {};
  for (const part of partFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year,
    month: values.month,
    day: values.day,
    hour: values.hour === 24 ? 0 : values.hour,
    minute: values.minute,
    second: values.second,
  };
}

/** The date an instant shows in `timeZone`. */
export function zonedDate(instant: Date, timeZone: string): PlainDate {
  const {year, month, day} = zonedParts(instant, timeZone);
  return {year, month, day};
}

/**
 * A wall-clock date and time as milliseconds on the UTC time line: what the clock
 * reads, not an instant anywhere. For ordering, and for formatting a plain date in UTC.
 */
export function wallMs(date: PlainDate, time: PlainTime, second = 0): number {
  const ms = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute, second);
  // Date.UTC maps years 0-99 to 1900-1999; set the year explicitly.
  const d = new Date(ms);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return d.getTime();
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const floored = Math.floor(instant.getTime() / 1000) * 1000;
  return wallMs(p, p, p.second) - floored;
}

/**
 * The instant a wall-clock date and time name in `timeZone`. Like Temporal's
 * "compatible" disambiguation: a time that occurs twice (clocks going back) is
 * the earlier one; a time skipped by clocks going forward moves forward by the
 * length of the gap (02:30 on a spring-forward night becomes 03:30).
 */
export function instantFromZoned(date: PlainDate, time: PlainTime, timeZone: string): Date {
  const wall = wallMs(date, time);
  const before = zoneOffsetMs(new Date(wall - DAY_MS), timeZone);
  const after = zoneOffsetMs(new Date(wall + DAY_MS), timeZone);
  const candidates = [...new Set([wall - before, wall - after])].sort((a, b) => a - b);
  for (const candidate of candidates) {
    const p = zonedParts(new Date(candidate), timeZone);
    if (
      p.year === date.year &&
      p.month === date.month &&
      p.day === date.day &&
      p.hour === time.hour &&
      p.minute === time.minute
    ) {
      return new Date(candidate);
    }
  }
  // In a gap: read the wall time with the offset in force before the change.
  return new Date(wall - before);
}

/** `date` moved by whole calendar days. */
export function addDays(date: PlainDate, days: number): PlainDate {
  const d = new Date(wallMs(date, {hour: 12, minute: 0}) + days * DAY_MS);
  return {year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate()};
}

function daysInMonth(year: number, month: number): number {
  const firstOfNext = month === 12 ? {year: year + 1, month: 1, day: 1} : {year, month: month + 1, day: 1};
  return addDays(firstOfNext, -1).day;
}

/**
 * `instant` moved by `hours`. Whole days are calendar days at the same clock
 * time in `timeZone` (so a daylight-saving change does not turn 14:00 into 13:00);
 * anything else is elapsed time.
 */
export function addHoursInZone(instant: Date, hours: number, timeZone: string): Date {
  if (hours % 24 !== 0) return new Date(instant.getTime() + hours * HOUR_MS);
  const p = zonedParts(instant, timeZone);
  return instantFromZoned(addDays(p, hours / 24), p, timeZone);
}

/** Days from one calendar date to another (positive when `to` is later). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((wallMs(to, {hour: 12, minute: 0}) - wallMs(from, {hour: 12, minute: 0})) / DAY_MS);
}

/** `n` with leading zeros to `width` digits (dates and times in ISO and iCalendar text). */
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD`, the value of `<input type="date">`. */
export function isoDate(date: PlainDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** `HH:MM`, the value of `<input type="time">`. */
export function isoTime(time: PlainTime): string {
  return `${pad(time.hour)}:${pad(time.minute)}`;
}

/** Reads `YYYY-MM-DD`; `undefined` for anything that is not a real calendar date. */
export function parseIsoDate(value: string): PlainDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])};
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    return undefined;
  }
  return date;
}

/** Reads `HH:MM` or `HH:MM:SS` (seconds dropped); `undefined` otherwise. */
export function parseIsoTime(value: string): PlainTime | undefined {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (!match) return undefined;
  const time = {hour: Number(match[1]), minute: Number(match[2])};
  return time.hour < 24 && time.minute < 60 ? time : undefined;
}
