// Dates as LinkedIn shows them, in any interface language: ranges split into start and end as the
// page shows them, and each normalised to "YYYY-MM" (or "YYYY"), null for a role still held.
// Month names come from Intl (CLDR) for the table's languages, never from a hand-written list.
import { LANGS } from './words';

/**
 * An end date meaning "still there", in the languages LinkedIn shows it in (Present, Heute,
 * Aujourd’hui, Presente, o momento, heden, nu, obecnie, настоящее время, 現在, 至今, 현재…); the
 * word itself is kept as the page shows it.
 */
export const PRESENT = /present|heute|aujourd|actual|atual|oggi|heden|momento|obecnie|настоящ|現在|至今|현재|halen|sekarang|günümüz|^(nu|now|nyt|nå)$/i;
/** A line holding dates: a year followed by a dash, " · duration" or the line's end, or "- Present". */
export const DATE_LINE = /\b(19|20)\d\d\b\s*(年|년)?\s*(\d{1,2}\s*(月|월))?\s*($|[–—·-])|[–—-]\s*(present|heute|aujourd|actualidad|atual|oggi|heden|o momento|現在|至今|현재)/i;

const trim = (text: string): string => text.replace(/^[\s,·•|–-]+|[\s,·•|]+$/g, '');

/** "Jan 2020 – Present · 2 yrs" → ["Jan 2020", "Present"]; "2019" → ["2019", ""]. */
export function splitRange(text: string): [string, string] {
  const [start = '', end = ''] = text.split(/\s+·\s+|\s*\(/)[0].split(/\s+[–—-]\s+|\s*[–—]\s*/);
  return [trim(start), trim(end)];
}

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\./g, '');

let months: Map<string, number> | null = null;
/** Every month name and abbreviation of the table's languages (nominative and genitive forms), from Intl. */
function monthNames(): Map<string, number> {
  if (months) return months;
  months = new Map();
  for (const lang of LANGS) {
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2020, m, 15));
      for (const options of [{ month: 'long' }, { month: 'short' }, { month: 'long', day: 'numeric' }, { month: 'short', day: 'numeric' }] as const) {
        for (const part of new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).formatToParts(date)) {
          const name = fold(part.value);
          if (part.type === 'month' && /\p{L}{3}/u.test(name) && !months.has(name)) months.set(name, m + 1);
        }
      }
    }
  }
  return months;
}

/**
 * One date as shown, normalised: "jan. de 2020" → "2020-01", "2019" → "2019", "2020年1月" → "2020-01",
 * "Present"/"o momento" → null, "" (or anything without a year) → "".
 */
export function toMonth(text: string): string | null {
  if (!text) return '';
  if (PRESENT.test(text)) return null;
  const year = /\b(19|20)\d\d\b|(19|20)\d\d(?=\s*[年년])/.exec(text)?.[0];
  if (!year) return '';
  const pad = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  const cjk = /(\d{1,2})\s*[月월]/.exec(text);
  if (cjk && +cjk[1] >= 1 && +cjk[1] <= 12) return pad(+cjk[1]);
  const numeric = /\b(\d{1,2})[/.-](19|20)\d\d\b/.exec(text);
  if (numeric && +numeric[1] >= 1 && +numeric[1] <= 12) return pad(+numeric[1]);
  const names = monthNames();
  for (const word of fold(text).split(/[\s,/]+/)) {
    const month = names.get(word) ?? (word.length >= 3 ? [...names].find(([name]) => name.startsWith(word) && name.length > 3)?.[1] : undefined);
    if (month) return pad(month);
  }
  return year;
}
