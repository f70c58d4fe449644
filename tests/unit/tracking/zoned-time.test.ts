import { describe, expect, it } from 'vitest';
import { seededRandom } from '../builders';
import {
  addCalendarDays,
  addDays,
  atHourOfDay,
  daysBetween,
  instantOfWallTime,
  localDay,
  offsetMsAt,
  safeTimeZone,
  startOfDay,
  wallTimeOf,
} from '../../../utils/tracking/zoned-time';

const HOUR = 3_600_000;

describe('zone offsets with Intl only', () => {
  it('reads the offset on both sides of a DST change', () => {
    expect(offsetMsAt('2026-03-25T09:00:00.000Z', 'Europe/Berlin')).toBe(1 * HOUR);
    expect(offsetMsAt('2026-04-01T08:00:00.000Z', 'Europe/Berlin')).toBe(2 * HOUR);
    expect(offsetMsAt('2026-10-28T14:00:00.000Z', 'America/New_York')).toBe(-4 * HOUR);
    expect(offsetMsAt('2026-11-04T15:00:00.000Z', 'America/New_York')).toBe(-5 * HOUR);
    expect(offsetMsAt('2026-06-01T00:00:00.000Z', 'Asia/Kolkata')).toBe(5.5 * HOUR);
  });

  it('reads wall time, midnight as hour 0', () => {
    expect(wallTimeOf('2026-03-31T22:00:00.000Z', 'Europe/Berlin')).toMatchObject({ year: 2026, month: 4, day: 1, hour: 0, minute: 0 });
  });

  it('round-trips wall time → instant → wall time', () => {
    const wall = { year: 2026, month: 7, day: 15, hour: 13, minute: 45, second: 10, millisecond: 250 };
    const instant = instantOfWallTime(wall, 'Australia/Sydney');
    expect(wallTimeOf(instant, 'Australia/Sydney')).toEqual(wall);
  });

  it('moves a skipped wall time forward by the gap (Berlin spring forward)', () => {
    const instant = instantOfWallTime({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0, millisecond: 0 }, 'Europe/Berlin');
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
  });

  it('picks the earlier of a repeated wall time (New York fall back)', () => {
    const instant = instantOfWallTime({ year: 2026, month: 11, day: 1, hour: 1, minute: 30, second: 0, millisecond: 0 }, 'America/New_York');
    expect(instant.toISOString()).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
  });
});

describe('cached offsets agree with Intl everywhere', () => {
  it('matches a fresh Intl reading at 4,000 random instants in zones with odd offsets and DST rules', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'America/Santiago', 'UTC'];
    const random = seededRandom(99);
    const mismatches: string[] = [];
    for (const zone of zones) {
      const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
      for (let i = 0; i < 500; i += 1) {
        // Two years around now, with extra weight on the last weekend of March and October.
        const ms = i % 4 === 0 ? Date.UTC(2026, i % 8 === 0 ? 2 : 9, 28, 0, 0) + Math.floor(random() * 3 * 86_400_000) : Date.UTC(2025, 0, 1) + Math.floor(random() * 2 * 365 * 86_400_000);
        const wall = wallTimeOf(ms, zone);
        const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
        if (wall.year !== parts.year || wall.month !== parts.month || wall.day !== parts.day || wall.hour !== parts.hour || wall.minute !== parts.minute || wall.second !== parts.second) {
          mismatches.push(`${zone} ${new Date(ms).toISOString()}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('calendar days', () => {
  it('adds 7 days across Berlin spring forward at the same wall time', () => {
    // 2026-03-25 10:00 CET → 2026-04-01 10:00 CEST: 6 days 23 hours later.
    const due = addCalendarDays('2026-03-25T09:00:00.000Z', 7, 'Europe/Berlin');
    expect(due.toISOString()).toBe('2026-04-01T08:00:00.000Z');
    expect(due.getTime() - Date.parse('2026-03-25T09:00:00.000Z')).toBe(7 * 24 * HOUR - HOUR);
  });

  it('adds 7 days across New York fall back at the same wall time', () => {
    // 2026-10-28 10:00 EDT → 2026-11-04 10:00 EST: 7 days 1 hour later.
    const due = addCalendarDays('2026-10-28T14:00:00.000Z', 7, 'America/New_York');
    expect(due.toISOString()).toBe('2026-11-04T15:00:00.000Z');
  });

  it('adds days across month and year ends', () => {
    expect(addCalendarDays('2026-12-28T12:00:00.000Z', 7, 'UTC').toISOString()).toBe('2027-01-04T12:00:00.000Z');
    expect(addDays('2028-02-27', 3)).toBe('2028-03-01');
    expect(daysBetween('2026-03-29', '2026-04-02')).toBe(4);
    expect(daysBetween('2026-04-02', '2026-03-29')).toBe(-4);
  });

  it('names the local day, which differs from the UTC day near midnight', () => {
    expect(localDay('2026-03-31T23:30:00.000Z', 'Europe/Berlin')).toBe('2026-04-01');
    expect(localDay('2026-04-01T02:00:00.000Z', 'America/New_York')).toBe('2026-03-31');
  });

  it('finds the start of a day and a given hour', () => {
    expect(startOfDay('2026-04-01', 'Europe/Berlin').toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(atHourOfDay('2026-11-04', 9, 'America/New_York').toISOString()).toBe('2026-11-04T14:00:00.000Z');
  });

  it('falls back to UTC for an unknown zone instead of throwing', () => {
    expect(safeTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(safeTimeZone(undefined)).toBe('UTC');
    expect(safeTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
  });
});
