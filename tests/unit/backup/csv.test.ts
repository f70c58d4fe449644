import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvFileName, neutralizeFormula, parsePeopleCsv, peopleToCsv, restoreFormula } from '../../../utils/backup/csv';
import { decodeTextFile } from '../../../utils/backup/decode';
import { personSchema } from '../../../utils/schema/person';
import { makePerson, resetIds } from '../builders';
import { sampleContents } from './sample';

beforeEach(() => resetIds());

const HEADER = CSV_COLUMNS.join(',');

function rowsOf(text: string) {
  const result = parsePeopleCsv(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.rows;
}

function problemsOf(text: string): string[] {
  const result = parsePeopleCsv(text);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.error.length).toBeGreaterThan(0);
  return result.problems;
}

describe('peopleToCsv', () => {
  const csv = peopleToCsv(sampleContents().people);

  it('starts with a UTF-8 BOM and the header, CRLF line ends', () => {
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises formula injection: =, +, -, @, tab and CR get a leading apostrophe', () => {
    const people = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR', 'safe = text', "'already"].map((name, i) =>
      makePerson({ id: `p-${i}`, profile: { name, headline: name }, notes: name }),
    );
    const cells = Papa.parse<string[]>(peopleToCsv(people).slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(cells.map((row) => row[0])).toEqual(["'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd", "'\tTAB", "'\rCR", 'safe = text', "'already"]);
    for (const row of cells) expect(row[7]).toBe(row[0]);
    expect(neutralizeFormula('=HYPERLINK("https://evil.example")')).toBe('\'=HYPERLINK("https://evil.example")');
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csv).toContain('"Met at ""Platform Day"", Berlin.\nAsked about staff roles; she said: yes, happy to talk."');
    expect(csvFileName('2026-04-01T10:00:00.000Z')).toBe('mentor-scout-people-2026-04-01.csv');
  });

  it('reads back what it wrote, apostrophes it added removed', () => {
    const people = sampleContents().people;
    const rows = rowsOf(csv);
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4]);
    rows.forEach((row, i) => {
      const person = people[i]!;
      expect(row).toEqual({
        row: i + 2,
        name: person.profile.name,
        headline: person.profile.headline,
        company: person.profile.company,
        location: person.profile.location,
        profileUrl: person.profileUrl ?? '',
        status: person.status,
        lastActivityAt: person.lastActivityAt,
        notes: person.notes,
        tags: person.tags,
      });
    });
    expect(rows[0]!.headline.startsWith('=HYPERLINK')).toBe(true);
    expect(rows[1]!.notes).toBe('-5 points for late reply? @later');
  });
});

describe('restoreFormula', () => {
  it('removes only the apostrophe export adds', () => {
    expect(restoreFormula("'=1+1")).toBe('=1+1');
    expect(restoreFormula("'-5")).toBe('-5');
    expect(restoreFormula("''=5")).toBe("'=5");
    expect(restoreFormula("'tis the season")).toBe("'tis the season");
    expect(restoreFormula("'")).toBe("'");
    expect(restoreFormula('=1+1')).toBe('=1+1');
  });

  it('round-trips every cell exactly, the mentee’s own apostrophes included', () => {
    for (const cell of ['=1', "'=1", "''=1", "'", "''", "'tis", '-', "'-", 'plain', '', '@', "'@x", ' =1', "'\t"]) {
      expect(restoreFormula(neutralizeFormula(cell))).toBe(cell);
      // And what export writes never starts with a trigger.
      expect(neutralizeFormula(cell)).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

describe('parsePeopleCsv', () => {
  it('reads labels, canonical addresses, dates and tags', () => {
    const rows = rowsOf(
      'Status;Name;Profile URL;Tags;Last activity\r\nThey replied;Ada Example;linkedin.com/in/Ada-Example?trk=x;"platform, Berlin;platform";2026-03-25\r\n;Kofi;;;\r\n',
    );
    expect(rows).toEqual([
      { row: 2, name: 'Ada Example', headline: '', company: '', location: '', profileUrl: 'https://www.linkedin.com/in/ada-example/', status: 'replied', lastActivityAt: '2026-03-25T00:00:00.000Z', notes: '', tags: ['platform', 'Berlin'] },
      { row: 3, name: 'Kofi', headline: '', company: '', location: '', profileUrl: '', notes: '', tags: [] },
    ]);
  });

  it('reads the statuses of issue #13 by label or id: Paused, Ended with thanks', () => {
    const rows = rowsOf('name,status\r\nAda Example,Ended with thanks\r\nKofi,paused\r\n');
    expect(rows.map((r) => r.status)).toEqual(['ended', 'paused']);
  });

  it('keeps formula-looking cells from other tools as plain text', () => {
    const rows = rowsOf(`${HEADER}\n"=HYPERLINK(""x"")",+1,-1,@a,,,,=cmd|' /C calc'!A0,\n`);
    expect(rows[0]).toMatchObject({ name: '=HYPERLINK("x")', headline: '+1', company: '-1', location: '@a', notes: "=cmd|' /C calc'!A0" });
  });

  it('refuses a missing or wrong header', () => {
    expect(problemsOf('Ada Example,Engineer\nZoë,Designer\n')[0]).toMatch(/^The first row must be the column names, with a "name" column \(found "Ada Example", "Engineer"\)/);
    expect(problemsOf('name,Name\nAda,Ada\n')[0]).toMatch(/"name" appears twice/);
  });

  it('ignores unknown columns with a warning', () => {
    const result = parsePeopleCsv('name,priority\nAda,high\n');
    expect(result).toMatchObject({ ok: true, warnings: ['Column "priority" is not one Mentor Scout imports; it was ignored.'] });
  });

  it('refuses broken quoting with the row', () => {
    expect(problemsOf(`${HEADER}\nAda,"Engineer,,,,,,,\nZoë,,,,,,,,\n`)).toEqual([expect.stringMatching(/^Row 2: a quoted cell is never closed \(broken quoting\)/)]);
    expect(problemsOf(`${HEADER}\nAda,"Engineer"x,,,,,,,\n`)).toEqual([expect.stringMatching(/^Row 2: a quoted cell has text after its closing quote/)]);
  });

  it('refuses rows with the wrong number of cells', () => {
    expect(problemsOf(`${HEADER}\nAda,,,,,,,,\nZoë,,,\n`)).toEqual(['Row 3 has 4 cells but the first row has 9 columns (a missing separator or broken quoting?).']);
  });

  it('lists every invalid row, by spreadsheet row number', () => {
    const problems = problemsOf(
      [HEADER, ',Engineer,,,,,,,', `Ada,${'x'.repeat(601)},,,,,,,`, 'Bo,,,,javascript:alert(1),,,,', 'Cy,,,,,lost,,,', 'Di,,,,,,yesterday,,', `Ed,,,,,,,,${'t'.repeat(61)}`].join('\n'),
    );
    expect(problems).toEqual([
      'Row 2: name is missing.',
      'Row 3 (Ada): headline is too long (more than 600 characters).',
      'Row 4 (Bo): profileUrl "javascript:alert(1)" is not a web address (it should start with https://).',
      'Row 5 (Cy): status "lost" is not one of: saved, drafted, sent, replied, meeting-scheduled, mentoring, declined, no-reply, paused, ended.',
      'Row 6 (Di): lastActivityAt "yesterday" is not a date (use 2026-03-25 or 2026-03-25T09:00:00Z).',
      'Row 7 (Ed): a tag is too long (more than 60 characters).',
    ]);
  });

  it('skips blank rows but keeps the spreadsheet’s row numbers', () => {
    expect(problemsOf(`${HEADER}\n,,,,,,,,\n\nAda,,,,,lost,,,\n`)).toEqual([expect.stringMatching(/^Row 4 \(Ada\): status "lost"/)]);
    expect(rowsOf(`${HEADER}\r\nAda,,,,,,,,\r\n\r\n\r\n`)).toHaveLength(1);
  });

  it('refuses a day that does not exist', () => {
    expect(problemsOf('name,lastActivityAt\nAda,2026-02-31\n')[0]).toMatch(/is not a date/);
  });

  it('refuses UTF-16 read without decoding, and invalid UTF-8', () => {
    const utf16 = [...`${HEADER}\nAda,,,,,,,,\n`].map((c) => `${c}\u0000`).join('');
    expect(problemsOf(utf16)[0]).toMatch(/not UTF-8 text \(it looks like UTF-16/);
    expect(problemsOf(`\u00FF\u00FE${HEADER}`)[0]).toMatch(/UTF-16/);
    const latin1 = new TextDecoder('utf-8').decode(new Uint8Array([...new TextEncoder().encode(`${HEADER}\nZo`), 0xeb, ...new TextEncoder().encode(',,,,,,,,\n')]));
    expect(problemsOf(latin1)[0]).toMatch(/^This file is not UTF-8 text: row 2 contains characters that could not be read/);
  });

  it('refuses too many rows or columns, and empty files', () => {
    expect(problemsOf(`name\n${'Ada\n'.repeat(50_001)}`)[0]).toMatch(/50001 rows; at most 50,000/);
    expect(problemsOf(`name,${Array.from({ length: 60 }, (_, i) => `c${i}`).join(',')}\n`)[0]).toMatch(/61 columns; at most 50/);
    expect(problemsOf('')[0]).toBe('The file is empty.');
    expect(problemsOf('\uFEFF \r\n')[0]).toBe('The file is empty.');
  });
});

describe('the app always imports its own CSV again (issue #9, items 11 and 12)', () => {
  it('a lone surrogate or a bidi control is cleaned on the way in, so the export carries neither', () => {
    const person = personSchema.parse(makePerson({ profile: { name: 'Bidi \u202Egpj.exe\u202C Quill \uD83D' }, notes: 'Half an emoji: \uDE00.' }));
    expect([person.profile.name, person.notes]).toEqual(['Bidi gpj.exe Quill', 'Half an emoji: .']);
    const csv = peopleToCsv([person]);
    const decoded = decodeTextFile(new TextEncoder().encode(csv));
    expect(decoded.ok && rowsOf(decoded.text).map((r) => [r.name, r.notes])).toEqual([['Bidi gpj.exe Quill', 'Half an emoji: .']]);
  });

  it('a replacement character saved from a badly encoded page survives the round trip', () => {
    const person = personSchema.parse(makePerson({ profile: { name: 'Zo\uFFFD Quill' } }));
    const decoded = decodeTextFile(new TextEncoder().encode(peopleToCsv([person])));
    expect(decoded.ok && rowsOf(decoded.text).map((r) => r.name)).toEqual(['Zo\uFFFD Quill']);
    // A file without the UTF-8 mark, decoded leniently somewhere, is still refused.
    expect(problemsOf(`${HEADER}\nZo\uFFFD,,,,,,,,\n`)[0]).toMatch(/^This file is not UTF-8 text/);
  });
});
