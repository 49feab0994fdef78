/**
 * A small iCalendar (RFC 5545) writer: enough for a file of reminders that any
 * calendar app imports. Built in the browser, no network, no dependency.
 */
import {pad, wallMs, type PlainDate} from './zoned.js';

/**
 * When an event starts or ends:
 * - `utc`: an exact instant (written `…Z`; every calendar shows it in its own zone);
 * - `date`: a whole day (all-day event). An all-day end is exclusive: the day after the last day.
 */
export type IcsTime =
  | {readonly kind: 'utc'; readonly at: Date}
  | {readonly kind: 'date'; readonly date: PlainDate};

export interface IcsEvent {
  /** Globally unique and stable: importing the same event again updates it instead of duplicating it. */
  readonly uid: string;
  readonly start: IcsTime;
  /** Must be later than `start` and of the same kind. */
  readonly end: IcsTime;
  readonly summary: string;
  readonly description?: string;
  /** A reminder that should not show the shopper as busy. */
  readonly transparent?: boolean;
}

export interface IcsCalendar {
  /** Who made the file, e.g. `-//microneedle-guide//Aftercare//EN`. */
  readonly prodId: string;
  /** The calendar's display name (X-WR-CALNAME), in the shopper's language. */
  readonly name?: string;
  /** When the file was made; written as every event's DTSTAMP. */
  readonly stamp: Date;
  readonly events: readonly IcsEvent[];
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75;

function dateValue(date: PlainDate): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}

/** `20250414T120000Z`. */
export function utcValue(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('ics: invalid date');
  return (
    `${pad(at.getUTCFullYear(), 4)}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}` +
    `T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`
  );
}

/** The property line for a DTSTART or DTEND. */
function timeProperty(name: 'DTSTART' | 'DTEND', time: IcsTime): string {
  switch (time.kind) {
    case 'utc':
      return `${name}:${utcValue(time.at)}`;
    case 'date':
      return `${name};VALUE=DATE:${dateValue(time.date)}`;
  }
}

/** A sortable number for comparing two times of the same kind. */
function order(time: IcsTime): number {
  switch (time.kind) {
    case 'utc':
      return time.at.getTime();
    case 'date':
      return wallMs(time.date, {hour: 0, minute: 0});
  }
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a
 * backslash, every line break becomes `\n`, other control characters are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line (RFC 5545 §3.1) into lines of at most 75 octets of
 * UTF-8, each continuation starting with a space. Splits only between
 * characters, never inside a multi-octet UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0)!);
    if (size + n > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
  if (!event.uid) throw new TypeError('ics: every event needs a uid');
  if (event.start.kind !== event.end.kind) {
    throw new RangeError(`ics: event ${event.uid} starts as ${event.start.kind} but ends as ${event.end.kind}`);
  }
  if (order(event.end) <= order(event.start)) {
    throw new RangeError(`ics: event ${event.uid} must end after it starts`);
  }
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcValue(stamp)}`,
    timeProperty('DTSTART', event.start),
    timeProperty('DTEND', event.end),
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.transparent) lines.push('TRANSP:TRANSPARENT');
  lines.push('END:VEVENT');
  return lines;
}

/**
 * Writes a calendar as RFC 5545 text: CRLF line endings, folded lines, escaped
 * text, UTF-8 (give it to a `Blob` as is).
 *
 * @throws {RangeError} when an event ends before it starts or mixes kinds of time
 */
export function buildIcs(calendar: IcsCalendar): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${calendar.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
