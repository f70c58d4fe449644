import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { REFLECTIONS_CSV_COLUMNS, reflectionsCsvFileName, reflectionsToCsv } from '../../../utils/backup/reflections-csv';
import { sampleContents } from './sample';

describe('reflections.csv (export only)', () => {
  it('one row per written reflection, words beside numbers, formulas neutralised', () => {
    const c = sampleContents();
    const text = reflectionsToCsv(c.reflections, c.people, c.goals);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.includes('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trim(), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual([...REFLECTIONS_CSV_COLUMNS]);
    expect(rows).toHaveLength(2); // the skip is not a reflection
    expect(rows[1]).toEqual([
      c.people[0]!.profile.name,
      'https://www.linkedin.com/in/ada-example/',
      c.reflections[0]!.at,
      'meeting',
      '4',
      'Good progress',
      'Yes',
      'She asks "why" a lot, which helps.',
      'Bring more specific questions',
      "'=Bring the promo packet, draft 2",
      'Grow into a staff role',
      '',
    ]);
    expect(reflectionsCsvFileName('2026-04-01T10:00:00.000Z')).toBe('mentor-scout-reflections-2026-04-01.csv');
  });
});
