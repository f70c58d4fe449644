// Calendar arithmetic in the mentee's time zone with nothing but Intl.DateTimeFormat. "Seven days
// later" means the same wall-clock time seven calendar days later, so a follow-up sent at 10:00 the
// week before a daylight-saving change is due at 10:00 after it, not at 09:00 or 11:00. Adding
// 7 × 24 h to the instant would get that wrong twice a year in most of Europe and North America.

/** A wall-clock reading: month 1–12, hour 0–23. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const DAY_MS = 86_400_000;

// Building a DateTimeFormat costs far more than using one; the "Today" list asks thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23, not hour12:false: some engines print midnight as "24" with the latter.
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone name this engine knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone to compute in: the given one when valid, else UTC. A meeting's zone is stored text and
 * may come from another browser or an import, so a bad one must not break the whole "Today" list.
 */
export function safeTimeZone(timeZone: string | undefined): string {
  return timeZone && isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

function toMs(instant: Date | string | number): number {
  return instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
}

/** The zone's offset at an instant, read from Intl (the slow, exact way). */
function offsetFromIntl(ms: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(ms);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const millisecond = ((ms % 1000) + 1000) % 1000;
  return wallAsUtcMs({ year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second'), millisecond }) - ms;
}

// formatToParts costs microseconds, and the "Today" list needs a handful per person: 10,000 people
// took 300 ms. Offsets are cached per zone and hour. No zone changes its offset twice within an
// hour, so when the offset is the same at both ends of an hour it holds throughout; an hour with
// a transition in it is not cached and is read exactly every time.
const HOUR_MS = 3_600_000;
const MAX_CACHED_HOURS = 100_000;
const offsetCache = new Map<string, Map<number, number>>();

/** The zone's offset from UTC at an instant, in ms (Berlin in summer: +7_200_000). */
export function offsetMsAt(instant: Date | string | number, timeZone: string): number {
  const ms = toMs(instant);
  const hour = Math.floor(ms / HOUR_MS);
  let hours = offsetCache.get(timeZone);
  if (!hours) {
    hours = new Map();
    offsetCache.set(timeZone, hours);
  }
  const cached = hours.get(hour);
  if (cached !== undefined) return cached;
  const atStart = offsetFromIntl(hour * HOUR_MS, timeZone);
  const atEnd = offsetFromIntl(hour * HOUR_MS + HOUR_MS - 1, timeZone);
  if (atStart !== atEnd) return offsetFromIntl(ms, timeZone);
  if (hours.size >= MAX_CACHED_HOURS) hours.clear();
  hours.set(hour, atStart);
  return atStart;
}

/** The wall-clock reading of an instant in a zone. */
export function wallTimeOf(instant: Date | string | number, timeZone: string): WallTime {
  const ms = toMs(instant);
  const shifted = new Date(ms + offsetMsAt(ms, timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  };
}

function wallAsUtcMs(wall: WallTime): number {
  const ms = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  // Date.UTC maps years 0–99 to 1900–1999; no stored instant is that old, but keep it exact.
  if (wall.year >= 0 && wall.year < 100) return new Date(ms).setUTCFullYear(wall.year);
  return ms;
}

/**
 * The instant at which the zone's clocks show `wall`. Fields may overflow (day 32 is the 1st of
 * the next month), which is how calendar days are added.
 *
 * A reading that happens twice (the repeated hour when clocks go back) gives the earlier instant.
 * A reading that never happens (the skipped hour when clocks go forward) is moved forward by the
 * gap, as a wall clock would be: 02:30 on the spring-forward night in Berlin becomes 03:30.
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): Date {
  const asUtc = wallAsUtcMs(wall);
  // The offsets in force a day either side cover any single transition near this reading.
  const before = offsetMsAt(asUtc - DAY_MS, timeZone);
  const after = offsetMsAt(asUtc + DAY_MS, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((candidate) => offsetMsAt(candidate, timeZone) === asUtc - candidate);
  if (matches.length > 0) return new Date(Math.min(...matches));
  return new Date(asUtc - before);
}

/** The calendar day of an instant in a zone, "2026-04-01". */
export function localDay(instant: Date | string | number, timeZone: string): string {
  const { year, month, day } = wallTimeOf(instant, timeZone);
  return formatDay(year, month, day);
}

function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseDay(day: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Not a calendar day: "${day}" (expected YYYY-MM-DD)`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The same wall-clock time `days` calendar days later (or earlier, when negative) in the zone. */
export function addCalendarDays(instant: Date | string | number, days: number, timeZone: string): Date {
  const wall = wallTimeOf(instant, timeZone);
  return instantOfWallTime({ ...wall, day: wall.day + days }, timeZone);
}

/** "2026-04-01" + 3 → "2026-04-04", with no zone involved (a calendar day is zone-free). */
export function addDays(day: string, days: number): string {
  const { year, month, day: d } = parseDay(day);
  const date = new Date(Date.UTC(year, month - 1, d + days));
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Calendar days from `from` to `to` ("2026-04-01" → "2026-04-03" is 2; negative when earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** The instant a calendar day starts in the zone (not always 00:00 where DST starts at midnight). */
export function startOfDay(day: string, timeZone: string): Date {
  const { year, month, day: d } = parseDay(day);
  return instantOfWallTime({ year, month, day: d, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** The instant a given wall-clock hour starts on a calendar day in the zone. */
export function atHourOfDay(day: string, hour: number, timeZone: string): Date {
  const { year, month, day: d } = parseDay(day);
  return instantOfWallTime({ year, month, day: d, hour, minute: 0, second: 0, millisecond: 0 }, timeZone);
}
