// Generated hostile inputs: well over a thousand damaged backups and spreadsheets, each of which
// must be refused (ok: false) with a message, and none of which may throw. Seeded, so a failure
// repeats; the failing case is printed by its kind and number.
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, parseBackup, serializeBackup } from '../../../utils/backup/backup-format';
import { CSV_COLUMNS, parsePeopleCsv, peopleToCsv } from '../../../utils/backup/csv';
import { decodeTextFile } from '../../../utils/backup/decode';
import { planImportFromText } from '../../../utils/backup/import-plan';
import { seededRandom } from '../builders';
import { sampleContents } from './sample';

type Result = { ok: true } | { ok: false; error: string };

const BACKUP = serializeBackup(sampleContents(), '2026-04-01T10:00:00.000Z').text;
const CSV = peopleToCsv(sampleContents().people);
const COLLECTIONS = ['people', 'snapshots', 'pageSections', 'events', 'drafts', 'meetings', 'templates'] as const;

let total = 0;

/** Runs every case; collects the ones that were accepted, gave no message, or threw. */
function expectAllRefused(kind: string, cases: string[], parse: (text: string) => Result): void {
  const wrong: string[] = [];
  cases.forEach((input, i) => {
    try {
      const result = parse(input);
      if (result.ok) wrong.push(`${kind} #${i}: accepted (${JSON.stringify(input.slice(0, 120))}…)`);
      else if (!result.error || !result.error.trim()) wrong.push(`${kind} #${i}: refused without a message`);
    } catch (error) {
      wrong.push(`${kind} #${i}: threw ${String(error)}`);
    }
  });
  total += cases.length;
  expect(wrong).toEqual([]);
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** Every path to a leaf value inside a JSON value. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    const inner = entries.flatMap(([key, v]) => leafPaths(v, [...path, key]));
    return [path, ...inner];
  }
  return [path];
}

function setAt(root: any, path: (string | number)[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]!] = value;
}

function getAt(root: any, path: (string | number)[]): unknown {
  return path.reduce((node, key) => node?.[key], root);
}

/** A value of another JSON type than `value`, which no field of its schema accepts. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'twelve';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return { not: 'a list' };
  if (value === null) return 'null';
  return [1, 2, 3];
}

function mutateBackup(change: (raw: any) => void): string {
  const raw = JSON.parse(BACKUP);
  change(raw);
  return JSON.stringify(raw);
}

describe('generated corrupt backups are refused, never thrown on', () => {
  const random = seededRandom(20260401);

  it('truncated at 300 random points', () => {
    const cases = Array.from({ length: 300 }, () => BACKUP.slice(0, Math.floor(random() * BACKUP.length)));
    expectAllRefused('truncated backup', cases, parseBackup);
    const cutOff = cases.filter((c) => c.trim().length > 1).map((c) => parseBackup(c));
    expect(cutOff.every((r) => !r.ok && /cut off|not a Mentor Scout backup/.test(r.error))).toBe(true);
  });

  it('a field of the wrong type, 250 times', () => {
    const cases = Array.from({ length: 250 }, () =>
      mutateBackup((raw) => {
        const collection = pick(random, COLLECTIONS);
        const record = pick(random, raw[collection] as unknown[]);
        // Any field of the record, at any depth (the record itself excluded).
        const path = pick(random, leafPaths(record).filter((p) => p.length > 0));
        setAt(record, path, wrongType(getAt(record, path)));
      }),
    );
    expectAllRefused('wrong type', cases, parseBackup);
  });

  it('a wrong or missing version, or no format, 60 times', () => {
    // Relative to the current version: any number above it is a file from a newer install.
    const versions = [0, -1, 1.5, '1', null, true, [], {}, BACKUP_VERSION + 1, BACKUP_VERSION + 2, 99, 1e9, undefined];
    const cases = Array.from({ length: 60 }, (_, i) =>
      mutateBackup((raw) => {
        if (i % 5 === 4) delete raw.format;
        else raw.version = versions[i % versions.length];
      }),
    );
    expectAllRefused('wrong version', cases, parseBackup);
  });

  it('a huge string in a random text field, 100 times', () => {
    const huge = 'x'.repeat(300_000);
    const cases = Array.from({ length: 100 }, () =>
      mutateBackup((raw) => {
        const collection = pick(random, COLLECTIONS);
        const record = pick(random, raw[collection] as unknown[]);
        const path = pick(random, leafPaths(record).filter((p) => p.length > 0 && typeof getAt(record, p) === 'string'));
        setAt(record, path, huge);
      }),
    );
    expectAllRefused('huge string', cases, parseBackup);
  });

  it('duplicate people and ids, and references to people not in the file, 150 times', () => {
    const cases = Array.from({ length: 150 }, (_, i) =>
      mutateBackup((raw) => {
        const collection = pick(random, COLLECTIONS);
        const list = raw[collection] as any[];
        const record = pick(random, list);
        if (i % 3 === 0) list.splice(Math.floor(random() * list.length), 0, structuredClone(record));
        else if (i % 3 === 1) raw.people.push({ ...structuredClone(pick(random, raw.people.filter((p: any) => p.profileUrl))), id: `p:copy-${i}` });
        else {
          const owned = pick(random, ['snapshots', 'pageSections', 'events', 'drafts', 'meetings'] as const);
          pick(random, raw[owned] as any[]).personId = `p:ghost-${i}`;
        }
      }),
    );
    expectAllRefused('duplicate or dangling', cases, parseBackup);
  });

  it('UTF-16 read without decoding, binary garbage and random text, 150 times', () => {
    const cases: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const start = Math.floor(random() * (BACKUP.length - 200));
      cases.push([...BACKUP.slice(0, start + 200)].map((c) => (i % 2 ? `\u0000${c}` : `${c}\u0000`)).join(''));
    }
    for (let i = 0; i < 100; i += 1) {
      const length = 1 + Math.floor(random() * 400);
      cases.push(Array.from({ length }, () => String.fromCharCode(Math.floor(random() * (i % 2 ? 128 : 0xffff)))).join(''));
    }
    expectAllRefused('encoding or garbage', cases, parseBackup);
  });

  it('invalid UTF-8 bytes, 100 files, refused by the decoder', () => {
    const bytes = new TextEncoder().encode(BACKUP);
    const cases = Array.from({ length: 100 }, () => {
      const copy = Array.from(bytes);
      const at = Math.floor(random() * copy.length);
      copy.splice(at, 0, pick(random, [0xff, 0xfe, 0xc3, 0x80, 0xed, 0xf8]), pick(random, [0x28, 0xff, 0x41]));
      return copy;
    });
    const wrong = cases.flatMap((c, i) => {
      const decoded = decodeTextFile(new Uint8Array(c));
      return decoded.ok ? [`bytes #${i}: decoded`] : decoded.error ? [] : [`bytes #${i}: no message`];
    });
    total += cases.length;
    expect(wrong).toEqual([]);
  });
});

/** A plain CSV with simple cells (no quotes), `rows` people. */
function plainCsv(random: () => number, rows: number): string[][] {
  const words = ['Ada', 'Zoë', 'Kofi', 'engineer', 'Berlin', 'Łódź', 'platform', 'design', 'notes here'];
  return [
    [...CSV_COLUMNS],
    ...Array.from({ length: rows }, () => CSV_COLUMNS.map((column) => (column === 'name' ? pick(random, words) : column === 'status' ? 'sent' : column === 'profileUrl' || column === 'lastActivityAt' ? '' : pick(random, words)))),
  ];
}

const join = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n';

describe('generated corrupt CSV files are refused, never thrown on', () => {
  const random = seededRandom(4242);

  it('broken quoting, 200 times', () => {
    const cases: string[] = [];
    for (let i = 0; i < 70; i += 1) {
      // Text after a closing quote: "abc"x.
      const rows = plainCsv(random, 3);
      const row = 1 + Math.floor(random() * 3);
      const col = Math.floor(random() * CSV_COLUMNS.length);
      rows[row]![col] = `"${rows[row]![col]}"${pick(random, ['x', ' tail', '"'.repeat(3) + 'y'])}`;
      cases.push(join(rows));
    }
    for (let i = 0; i < 70; i += 1) {
      // A quote opened in the last row and never closed.
      const rows = plainCsv(random, 3);
      const col = Math.floor(random() * CSV_COLUMNS.length);
      rows[3]![col] = `"${rows[3]![col]}`;
      cases.push(join(rows));
    }
    // Our own export cut inside a quoted cell.
    const insideQuotes: number[] = [];
    let open = false;
    for (let i = 0; i < CSV.length; i += 1) {
      if (CSV[i] === '"') open = !open;
      else if (open) insideQuotes.push(i);
    }
    for (let i = 0; i < 60; i += 1) cases.push(CSV.slice(0, pick(random, insideQuotes) + 1));
    expectAllRefused('broken quoting', cases, parsePeopleCsv);
  });

  it('UTF-16 without decoding, and invalid bytes decoded leniently, 150 times', () => {
    const cases: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const text = join(plainCsv(random, 2 + (i % 5)));
      cases.push(i % 3 === 0 ? `\u00FF\u00FE${[...text].map((c) => `${c}\u0000`).join('')}` : [...text].map((c) => (i % 2 ? `\u0000${c}` : `${c}\u0000`)).join(''));
    }
    for (let i = 0; i < 100; i += 1) {
      const bytes = Array.from(new TextEncoder().encode(i % 2 ? CSV : join(plainCsv(random, 4))));
      const at = 1 + Math.floor(random() * (bytes.length - 2));
      bytes.splice(at, 0, pick(random, [0xff, 0xe9, 0xeb, 0xfc, 0x80]));
      cases.push(new TextDecoder('utf-8').decode(new Uint8Array(bytes)));
    }
    expectAllRefused('encoding', cases, parsePeopleCsv);
  });

  it('wrong header, wrong cell counts, too many columns, huge cells, bad values: 250 times', () => {
    const cases: string[] = [];
    for (let i = 0; i < 50; i += 1) cases.push(join(plainCsv(random, 3).slice(1)));
    for (let i = 0; i < 60; i += 1) {
      const rows = plainCsv(random, 4);
      const row = 1 + Math.floor(random() * 4);
      if (i % 2) rows[row]!.splice(Math.floor(random() * rows[row]!.length), 1);
      else rows[row]!.push('extra');
      cases.push(join(rows));
    }
    for (let i = 0; i < 20; i += 1) {
      const rows = plainCsv(random, 2);
      const extra = 42 + Math.floor(random() * 100);
      cases.push(join(rows.map((r, k) => [...r, ...Array.from({ length: extra }, (_, j) => (k === 0 ? `x${j}` : ''))])));
    }
    for (let i = 0; i < 60; i += 1) {
      const rows = plainCsv(random, 3);
      const row = 1 + Math.floor(random() * 3);
      const col = Math.floor(random() * CSV_COLUMNS.length);
      rows[row]![col] = 'y'.repeat(20_001 + Math.floor(random() * 5_000));
      cases.push(join(rows));
    }
    for (let i = 0; i < 60; i += 1) {
      const rows = plainCsv(random, 3);
      const row = 1 + Math.floor(random() * 3);
      const [column, value] = pick(random, [
        ['status', 'teleported'],
        ['lastActivityAt', 'next tuesday'],
        ['lastActivityAt', '2026-13-01'],
        ['profileUrl', 'javascript:alert(1)'],
        ['profileUrl', 'data:text/html,hi'],
        ['name', '   '],
      ] as const);
      rows[row]![CSV_COLUMNS.indexOf(column)] = value;
      cases.push(join(rows));
    }
    expectAllRefused('bad shape or value', cases, parsePeopleCsv);
    // The import button refuses them the same way, as a whole.
    expectAllRefused('import plan', cases.slice(0, 50), (text) => planImportFromText({ people: [] }, text, { now: '2026-05-01T00:00:00.000Z' }));
  });
});

describe('formula cells are not corrupt: kept as text, never thrown on', () => {
  it('100 generated formula cells import as the same text', () => {
    const random = seededRandom(7);
    const starts = ['=', '+', '-', '@', '\t', '\r', "'=", '＝'];
    const wrong: string[] = [];
    for (let i = 0; i < 100; i += 1) {
      const formula = `${pick(random, starts)}${pick(random, ['1+1', 'HYPERLINK("https://evil.example","x")', "cmd|' /C calc'!A0", 'SUM(A1:A9)'])}`;
      const people = sampleContents().people;
      people[0]!.notes = formula;
      people[1]!.profile.headline = formula;
      const parsed = parsePeopleCsv(peopleToCsv(people));
      if (!parsed.ok) wrong.push(`#${i}: refused: ${parsed.error}`);
      else if (parsed.rows[0]!.notes !== formula || parsed.rows[1]!.headline !== formula.trim()) wrong.push(`#${i}: changed ${JSON.stringify(formula)}`);
    }
    expect(wrong).toEqual([]);
  });

  it(`counted at least 1,000 refused inputs`, () => {
    // Runs last in this file (vitest keeps order within a file).
    console.log(`generated corrupt inputs refused: ${total}`);
    expect(total).toBeGreaterThanOrEqual(1_000);
  });
});
