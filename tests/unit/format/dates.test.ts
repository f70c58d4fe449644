// Dates as people read them: one module, the browser's language, pinned here to two languages and
// two zones so the expectations do not depend on the machine.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDay, formatDateTime as trackingDateTime, formatTime as trackingTime } from '../../../components/tracking/format';
import { formatDate, formatDateTime, formatTime, formatTimeRange, formatZoneName } from '../../../utils/format/dates';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
// Friday 2026-12-04, 13:56 in Berlin.
const now = new Date('2026-12-04T12:56:00.000Z');
const at = '2026-12-04T12:56:00.000Z';

describe('one date format per language', () => {
  it('writes a day, a time and both the way the language does, leaving out this year', () => {
    expect(formatDate(at, { timeZone: BERLIN, locale: 'en-GB', now })).toBe('4 Dec');
    expect(formatDate(at, { timeZone: BERLIN, locale: 'en-US', now })).toBe('Dec 4');
    expect(formatDate('2025-06-01', { timeZone: BERLIN, locale: 'en-GB', now })).toBe('1 Jun 2025');
    expect(formatTime(at, { timeZone: BERLIN, locale: 'en-GB' })).toBe('13:56');
    expect(formatTime(at, { timeZone: BERLIN, locale: 'en-US' })).toBe('1:56 PM');
    expect(formatDateTime(at, { timeZone: BERLIN, locale: 'en-GB', now })).toBe('4 Dec, 13:56');
    expect(formatDateTime(at, { timeZone: BERLIN, locale: 'en-US', now })).toBe('Dec 4, 1:56 PM');
    expect(formatDateTime(at, { timeZone: BERLIN, locale: 'de-DE', now })).toBe('4. Dez., 13:56');
  });

  it('shows an instant in the zone asked for, and a calendar day as that day everywhere', () => {
    expect(formatDateTime(at, { timeZone: NEW_YORK, locale: 'en-US', now })).toBe('Dec 4, 7:56 AM');
    expect(formatDate('2026-12-04', { timeZone: 'Pacific/Kiritimati', locale: 'en-GB', now })).toBe('4 Dec');
    expect(formatDate('2026-12-31T23:30:00.000Z', { timeZone: BERLIN, locale: 'en-GB', now })).toBe('1 Jan 2027');
  });

  it('writes a meeting as one span, with the zone’s name when asked', () => {
    const start = '2026-12-05T09:00:00.000Z';
    const end = '2026-12-05T09:30:00.000Z';
    expect(formatTimeRange(start, end, { timeZone: BERLIN, locale: 'en-GB', now })).toBe('5 Dec, 10:00–10:30');
    expect(formatZoneName(start, { timeZone: BERLIN, locale: 'en-GB' })).toBe('CET');
  });

  it('is what the tracking screens show, in the browser’s language (not always British English)', () => {
    expect(formatDay(at, BERLIN, now, 'en-US')).toBe('Dec 4');
    expect(trackingTime(at, BERLIN, 'en-US')).toBe('1:56 PM');
    expect(trackingDateTime(at, BERLIN, now, 'en-US')).toBe('Dec 4, 1:56 PM');
  });
});

/** Every .ts/.tsx file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the convention', () => {
  it('no screen formats a date by itself: toLocale*String and DateTimeFormat live in utils/format/dates.ts', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const offenders = ['components', 'entrypoints'].flatMap((dir) =>
      sources(join(root, dir)).filter((file) => /toLocale(Date|Time)String\(|Date\([^)]*\)\.toLocaleString\(|new Intl\.DateTimeFormat|dateStyle|timeStyle/.test(readFileSync(file, 'utf8'))),
    );
    expect(offenders.map((f) => f.slice(root.length + 1))).toEqual([]);
  });
});
