/**
 * Dates and times in the shopper's locale and time zone, through `Intl`.
 */
import {daysBetween, wallMs, zonedDate, type PlainDate} from '../../lib/zoned.js';

export interface FormatZone {
  readonly locale: string;
  readonly timeZone: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: FormatZone, style: 'weekday-time' | 'date-time' | 'date' | 'full'): Intl.DateTimeFormat {
  const key = `${zone.locale}|${zone.timeZone}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    const time = {hour: 'numeric', minute: '2-digit'} as const;
    const options: Intl.DateTimeFormatOptions =
      style === 'weekday-time'
        ? {weekday: 'long', ...time}
        : style === 'date-time'
          ? {weekday: 'long', day: 'numeric', month: 'long', ...time}
          : style === 'date'
            ? {weekday: 'long', day: 'numeric', month: 'long'}
            : {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', ...time};
    f = new Intl.DateTimeFormat(zone.locale, {...options, timeZone: zone.timeZone});
    formatters.set(key, f);
  }
  return f;
}

/**
 * A moment as a shopper reads it relative to their session: within the coming
 * six days the weekday and time are enough ("Thursday 14:00"); further out the
 * date is added ("Monday 28 April, 14:00"). `dayOnly` drops the time, for
 * approximate moments ("about a week").
 */
export function formatMoment(at: Date, session: Date, zone: FormatZone, dayOnly = false): string {
  if (dayOnly) return formatter(zone, 'date').format(at);
  const near = Math.abs(daysBetween(zonedDate(session, zone.timeZone), zonedDate(at, zone.timeZone))) < 7;
  return formatter(zone, near ? 'weekday-time' : 'date-time').format(at);
}

/** The session itself, in full: "Monday 14 April 2025, 14:00". */
export function formatSession(at: Date, zone: FormatZone): string {
  return formatter(zone, 'full').format(at);
}

/** A calendar date (no instant behind it) as "Thursday 17 April". */
export function formatPlainDate(date: PlainDate, locale: string): string {
  return formatter({locale, timeZone: 'UTC'}, 'date').format(new Date(wallMs(date, {hour: 12, minute: 0})));
}

