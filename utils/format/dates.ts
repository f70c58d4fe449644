// Every date and time Mentor Scout shows, in one place, with Intl in the browser's language: one
// screen once mixed "Dec 4, 2026, 1:56 PM", "4 Dec, 13:56" and "12/04/2026" (issue #10). Files keep
// their own standard formats (.ics, CSV, JSON); this module is only for what people read.
//
// Every function takes the zone and, for tests, the language; by default the language is the
// browser's (undefined lets Intl use it) and the zone is the one the caller passes (the mentee's).
import { localDay } from '../tracking/zoned-time';

export interface DateFormatOptions {
  /** IANA zone the date is shown in (the mentee's, or a meeting's). */
  timeZone: string;
  /** BCP 47 language; the browser's when omitted. Tests pin it. */
  locale?: string;
  /** Today, to leave out this year's year. */
  now?: Date;
}

// Building a DateTimeFormat costs far more than using one; lists ask for hundreds of dates.
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    cache.set(key, found);
  }
  return found;
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A calendar day ("2026-12-03") as an instant at noon UTC, shown in UTC so the day never shifts. */
function dayInstant(day: string): Date {
  const [year, month, d] = day.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, d!, 12));
}

function sameYear(date: Date | string, { timeZone, now = new Date() }: DateFormatOptions): boolean {
  const day = typeof date === 'string' && isDay(date) ? date : localDay(date, timeZone);
  return day.slice(0, 4) === localDay(now, timeZone).slice(0, 4);
}

/** "3 Dec" / "Dec 3" (this year) or "3 Dec 2025" / "Dec 3, 2025": an instant's day in the zone, or a calendar day. */
export function formatDate(instantOrDay: string | Date, options: DateFormatOptions): string {
  const year = sameYear(instantOrDay, options) ? {} : { year: 'numeric' as const };
  if (typeof instantOrDay === 'string' && isDay(instantOrDay)) {
    return formatter(options.locale, { day: 'numeric', month: 'short', ...year, timeZone: 'UTC' }).format(dayInstant(instantOrDay));
  }
  return formatter(options.locale, { day: 'numeric', month: 'short', ...year, timeZone: options.timeZone }).format(new Date(instantOrDay));
}

/** "14:05" / "2:05 PM": the clock in the zone, as the language writes it. */
export function formatTime(instant: string | Date, { timeZone, locale }: DateFormatOptions): string {
  return formatter(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(instant));
}

/** "3 Dec, 14:05" / "Dec 3, 2:05 PM" (with the year when not this year). */
export function formatDateTime(instant: string | Date, options: DateFormatOptions): string {
  const year = sameYear(instant, options) ? {} : { year: 'numeric' as const };
  return formatter(options.locale, { day: 'numeric', month: 'short', ...year, hour: 'numeric', minute: '2-digit', timeZone: options.timeZone }).format(
    new Date(instant),
  );
}

/** "3 Dec, 10:00–10:30" / "Dec 3, 10:00 – 10:30 AM": a span on one day (or across days) in the zone. */
export function formatTimeRange(start: string | Date, end: string | Date, options: DateFormatOptions): string {
  const year = sameYear(start, options) ? {} : { year: 'numeric' as const };
  return formatter(options.locale, { day: 'numeric', month: 'short', ...year, hour: 'numeric', minute: '2-digit', timeZone: options.timeZone }).formatRange(
    new Date(start),
    new Date(end),
  );
}

/** The zone's short name at that instant ("CET", "GMT+1"), to say whose time a meeting is in. */
export function formatZoneName(instant: string | Date, { timeZone, locale }: DateFormatOptions): string {
  const part = formatter(locale, { timeZoneName: 'short', timeZone }).formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
