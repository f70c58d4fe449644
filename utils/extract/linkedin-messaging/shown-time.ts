// LinkedIn's messaging page shows when a message was sent only as words: a day heading ("Today",
// "Tuesday", "Nov 28", "Nov 28, 2024") and a clock time ("8:45 AM", "18:02"). This turns that
// reading back into an instant in the mentee's zone, relative to when it was read. English only:
// other interface languages are not recognised (null), and the caller then asks or uses today.
import { addDays, instantOfWallTime, localDay, safeTimeZone } from '../../tracking/zoned-time';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const CLOCK = /\b(\d{1,2})[:.](\d{2})\s*([ap])\.?\s*m\b\.?|\b(\d{1,2})[:.](\d{2})\b/i;

function dayParts(day: string): { year: number; month: number; day: number } {
  const [year, month, d] = day.split('-').map(Number);
  return { year: year!, month: month!, day: d! };
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase());
}

/** The calendar day the words name, or null. `today` is "YYYY-MM-DD" in the mentee's zone. */
function shownDay(words: string, today: string): string | null {
  const text = words.toLowerCase().replace(/[,.]/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '' || text === 'today') return today;
  if (text === 'yesterday') return addDays(today, -1);
  const weekday = WEEKDAYS.indexOf(text.slice(0, 3));
  if (weekday >= 0 && /^[a-z]+$/.test(text)) {
    // A weekday name means the past week: LinkedIn says "Today" for today.
    const { year, month, day } = dayParts(today);
    const todayWeekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    const back = (todayWeekday - weekday + 7) % 7 || 7;
    return addDays(today, -back);
  }
  let month = -1;
  let dayOfMonth = NaN;
  let year = NaN;
  let match = /^([a-z]+) (\d{1,2})(?: (\d{4}))?$/.exec(text);
  if (match) {
    month = monthIndex(match[1]!);
    dayOfMonth = Number(match[2]);
    year = match[3] ? Number(match[3]) : NaN;
  } else if ((match = /^(\d{1,2}) ([a-z]+)(?: (\d{4}))?$/.exec(text))) {
    month = monthIndex(match[2]!);
    dayOfMonth = Number(match[1]);
    year = match[3] ? Number(match[3]) : NaN;
  }
  if (month < 0 || !(dayOfMonth >= 1 && dayOfMonth <= 31)) return null;
  const current = dayParts(today);
  if (Number.isNaN(year)) {
    // Without a year it is the latest such date not after today.
    year = current.year;
    const candidate = `${year}-${String(month + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
    if (candidate > today) year -= 1;
  }
  const date = new Date(Date.UTC(year, month, dayOfMonth));
  if (date.getUTCMonth() !== month) return null;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/**
 * The instant a shown time stands for, or null when the words are not recognised. An ISO instant
 * (from a `datetime` attribute) is returned as is. A day without a time is taken at noon; a result
 * after `now` (a clock running late) becomes `now`.
 */
export function shownTimeToInstant(shown: string, now: Date, timeZone: string): string | null {
  const text = shown.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const zone = safeTimeZone(timeZone);
  const clock = CLOCK.exec(text);
  let hour = 12;
  let minute = 0;
  if (clock) {
    if (clock[1]) {
      hour = (Number(clock[1]) % 12) + (clock[3]!.toLowerCase() === 'p' ? 12 : 0);
      minute = Number(clock[2]);
    } else {
      hour = Number(clock[4]);
      minute = Number(clock[5]);
    }
    if (hour > 23 || minute > 59) return null;
  }
  if (!clock && text === '') return null;
  const day = shownDay(clock ? text.replace(clock[0], ' ') : text, localDay(now, zone));
  if (!day) return null;
  const instant = instantOfWallTime({ ...dayParts(day), hour, minute, second: 0, millisecond: 0 }, zone);
  return new Date(Math.min(instant.getTime(), now.getTime())).toISOString();
}
