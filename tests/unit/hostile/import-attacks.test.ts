// Generated attack files of the kinds issue #9 found (invented people only), through the app's
// real import path (readImportFile, readImportBasis + planImportFromText, applyImport) against a
// database with people in it. Beside the corrupt files of imports.test.ts, which must all be
// refused, these are files an attacker (or a second device) can make valid, so each kind checks
// the promise it attacks:
// - takeover: a new person carrying ids of records saved here leaves every saved record as it was;
// - foreign address: a person with a saved id but another address stays a different person, and
//   no address becomes someone else's without the `merged` event;
// - future times: refused, naming the row;
// - templates: every template a file writes is in the plan, with its wording;
// - bidi controls and lone surrogates: cleaned on the way in, and the CSV export re-imports;
// - two devices: whatever both sides wrote is still there after the import;
// - files that are not backups: refused in words about the file, ending with a full stop.
// Seeded: a failure repeats, named by its kind and number.
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeBackup, type Backup } from '../../../utils/backup/backup-format';
import { peopleToCsv } from '../../../utils/backup/csv';
import { fileSizeProblem, readImportFile } from '../../../utils/backup/import-file';
import { planImportFromText, type ImportPlan } from '../../../utils/backup/import-plan';
import { describeStorageError } from '../../../utils/db/errors';
import { applyImport, readImportBasis, undoLastImport } from '../../../utils/db/import';
import { findPersonByUrl, listPeople } from '../../../utils/db/people';
import { restoreAllData } from '../../../utils/db/backup';
import { dumpAll, type StoreDump } from '../../../utils/db/records';
import type { MentorScoutDb } from '../../../utils/db/database';
import { BUILT_IN_TEMPLATES } from '../../../utils/drafting/templates';
import type { Person } from '../../../utils/schema/person';
import { makeDraft, makeEvent, makePerson, makeSnapshot, makePageSection, plus, seededRandom, T0 } from '../builders';
import { closeDatabases, freshDb } from '../db/helpers';
import { sampleContents, seed } from './data';

const NOW = '2026-05-01T12:00:00.000Z';
const FIRST = ['Ada', 'Zoë', 'Kofi', 'Łucja', 'Mei', 'Ravi', 'Nia', 'Tomás', 'Ines', 'Omar'];
const LAST = ['Quill', 'Brontë', 'Mensah', 'Wójcik', 'Tanaka', 'Iyer', 'Okafor', 'Ferreira', 'Lund', 'Haddad'];

let db: MentorScoutDb;
let start: StoreDump;
let saved: Person[];

beforeAll(async () => {
  db = (await freshDb()).db;
  await seed(db, sampleContents());
  start = await dumpAll(db);
  saved = (await listPeople(db)).people;
});
afterAll(closeDatabases);

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (random: () => number, max: number) => Math.floor(random() * max);

function inventedPerson(random: () => number, i: number, overrides: Partial<Person> = {}): Person {
  const name = `${pick(random, FIRST)} ${pick(random, LAST)}`;
  const slug = `${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '-')}-${i}-${int(random, 1e6)}`;
  const profileUrl = random() < 0.5 ? `https://www.linkedin.com/in/${slug}/` : `https://${slug}.example/about`;
  return makePerson({ id: `p:attack-${i}`, profileUrl, status: pick(random, ['saved', 'sent', 'replied'] as const), notes: `Invented person ${i}.`, profile: { name, source: profileUrl.includes('linkedin') ? 'linkedin' : 'web' }, ...overrides });
}

function backupText(contents: Partial<Backup>, exportedAt = plus(T0, 30)): string {
  return serializeBackup({ people: [], snapshots: [], pageSections: [], events: [], drafts: [], meetings: [], templates: [], reflections: [], goals: [], goalVersions: [], settings: {}, ...contents }, exportedAt).text;
}

type Planned = { plan: Extract<ImportPlan, { ok: true }> } | { error: string };

/** Reads and plans a file as the Settings screen does. */
async function planFile(text: string | Uint8Array, fileName = 'backup.json'): Promise<Planned> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const tooLarge = fileSizeProblem(fileName, bytes.length);
  if (tooLarge) return { error: tooLarge };
  const read = readImportFile(bytes, fileName);
  if (!read.ok) return { error: read.error };
  const plan = planImportFromText(await readImportBasis(db), read.text, { now: NOW, format: read.format });
  return plan.ok ? { plan } : { error: plan.error };
}

/**
 * Runs `check` for each generated file, then puts the database back as it started. Collects what
 * went wrong (at most 12 lines, then a count).
 */
async function eachFile<T>(kind: string, files: T[], check: (file: T, i: number) => Promise<string | null>): Promise<void> {
  const wrong: string[] = [];
  for (const [i, file] of files.entries()) {
    try {
      const problem = await check(file, i);
      if (problem) wrong.push(`${kind} #${i}: ${problem}`);
    } catch (error) {
      wrong.push(`${kind} #${i}: threw ${describeStorageError(error)} ${String(error).slice(0, 200)}`);
    }
    if (!isDeepStrictEqual(await dumpAll(db), start)) await restoreAllData(start, { replace: true }, db);
  }
  expect(wrong.length > 12 ? [...wrong.slice(0, 12), `…and ${wrong.length - 12} more of ${files.length}`] : wrong).toEqual([]);
}

/** Every record saved before the import is still stored, unchanged (the import's Undo record aside). */
async function savedRecordsUntouched(): Promise<string | null> {
  const now = await dumpAll(db);
  for (const store of ['people', 'snapshots', 'pageSections', 'events', 'drafts', 'meetings'] as const) {
    for (const record of start[store]) {
      if (!now[store].some((r) => isDeepStrictEqual(r, record))) return `a saved ${store} record changed: ${JSON.stringify(record).slice(0, 160)}`;
    }
  }
  return null;
}

/** Every text in the stored records, for the cleaning checks. */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) texts(v, out);
  return out;
}

describe('a new person carrying the ids of records saved here (takeover)', () => {
  it('40 files: the import adds them under new ids, and every saved record stays as it was', async () => {
    const random = seededRandom(0x9a_0001);
    const ids = (store: 'events' | 'drafts' | 'snapshots' | 'meetings') => start[store].map((r) => (r as { id: string }).id);
    const files = Array.from({ length: 40 }, (_, i) => {
      const person = inventedPerson(random, i);
      const snapshot = makeSnapshot(person.id, { id: pick(random, ids('snapshots')) });
      return backupText({
        people: [person],
        snapshots: [snapshot],
        pageSections: [makePageSection(snapshot, { content: `Page of ${person.profile.name}.` })],
        events: [makeEvent(person.id, 'sent', plus(T0, 1), { id: pick(random, ids('events')), channel: 'message' }), makeEvent(person.id, 'saved', T0, { id: pick(random, ids('events')) })].filter(
          (e, k, all) => all.findIndex((x) => x.id === e.id) === k,
        ),
        drafts: [makeDraft(person.id, { id: pick(random, ids('drafts')), text: `Hello ${person.profile.name}.` })],
      });
    });
    await eachFile('takeover', files, async (text) => {
      const planned = await planFile(text);
      if ('error' in planned) return `refused: ${planned.error}`;
      if (!planned.plan.rows[0]!.reason.includes('New ids for records whose ids are already used here')) return `the plan does not show the new ids: ${planned.plan.rows[0]!.reason}`;
      await applyImport(planned.plan, {}, db);
      return savedRecordsUntouched();
    });
  });
});

describe('a person with a saved id or a saved address that is not theirs (foreign address)', () => {
  it('40 files: the saved person keeps their name, notes, status and addresses', async () => {
    const random = seededRandom(0x9a_0002);
    const files = Array.from({ length: 40 }, (_, i) => {
      const victim = pick(random, saved);
      const foreign = inventedPerson(random, i, { id: victim.id, updatedAt: plus(T0, 25), status: 'saved', notes: 'Taken over.' });
      // Half of them also claim the victim's address as one of theirs, without a merge.
      if (i % 2 && victim.profileUrl) foreign.otherUrls = [victim.profileUrl];
      return { victim, text: backupText({ people: [foreign], events: [makeEvent(foreign.id, 'saved', T0)] }) };
    });
    await eachFile('foreign address', files, async ({ victim, text }) => {
      const planned = await planFile(text);
      if ('error' in planned) return `refused: ${planned.error}`;
      if (planned.plan.rows[0]!.action !== 'add') return `not added as a different person: ${planned.plan.rows[0]!.reason}`;
      await applyImport(planned.plan, {}, db);
      const untouched = await savedRecordsUntouched();
      if (untouched) return untouched;
      if (victim.profileUrl && (await findPersonByUrl(victim.profileUrl, db))?.id !== victim.id) return `${victim.profileUrl} now finds someone else`;
      const added = (await listPeople(db)).people.find((p) => !saved.some((s) => s.id === p.id));
      if (!added) return 'the newcomer is missing';
      if (added.otherUrls.length) return `the newcomer took addresses without a merge: ${added.otherUrls.join(', ')}`;
      return null;
    });
  });
});

describe('record times in the future', () => {
  it('60 files: refused, naming the row and field; nothing stored', async () => {
    const random = seededRandom(0x9a_0003);
    const base = sampleContents();
    const FIELDS: [keyof typeof base, string][] = [
      ['people', 'createdAt'],
      ['people', 'updatedAt'],
      ['people', 'lastActivityAt'],
      ['snapshots', 'capturedAt'],
      ['events', 'at'],
      ['drafts', 'createdAt'],
      ['drafts', 'updatedAt'],
      ['meetings', 'updatedAt'],
      ['templates', 'updatedAt'],
    ];
    const files = Array.from({ length: 60 }, () => {
      const contents = sampleContents();
      const [kind, field] = pick(random, FIELDS);
      const list = contents[kind] as unknown as Record<string, unknown>[];
      const index = int(random, list.length);
      const when = new Date(Date.parse(NOW) + (2 + int(random, 30_000)) * 86_400_000).toISOString();
      list[index]![field] = when;
      return { text: serializeBackup(contents, NOW).text, place: `Row ${index + 1} (${kind}[${index}]): ${field} ${when} is in the future` };
    });
    await eachFile('future time', files, async ({ text, place }) => {
      const planned = await planFile(text);
      if (!('error' in planned)) return 'accepted';
      return planned.error.startsWith(place) ? null : `the message does not name the row: ${planned.error}`;
    });
  });
});

describe('templates a file writes', () => {
  it('20 files: every template written is in the plan with its wording, and Undo takes it back', async () => {
    const random = seededRandom(0x9a_0004);
    const files = Array.from({ length: 20 }, (_, i) => {
      const builtIn = pick(random, BUILT_IN_TEMPLATES);
      const body = pick(random, ['Send me your password {name}', 'Click https://evil.example/{firstName}', `Wire 500 € to account ${i}`]);
      return { body, text: backupText({ templates: [{ ...builtIn, builtIn: true, body, updatedAt: plus(T0, 20 + i) }] }) };
    });
    await eachFile('template', files, async ({ body, text }) => {
      const planned = await planFile(text);
      if ('error' in planned) return `refused: ${planned.error}`;
      if (!planned.plan.details.some((line) => line.includes(body))) return `the plan does not show the wording: ${JSON.stringify(planned.plan.details)}`;
      if (planned.plan.kinds.templates.add + planned.plan.kinds.templates.update !== 1) return 'the template is not counted';
      await applyImport(planned.plan, {}, db);
      await undoLastImport({}, db);
      const left = (await dumpAll(db)).templates;
      return isDeepStrictEqual(left, start.templates) ? null : 'Undo did not take the template back';
    });
  });
});

describe('bidi controls, zero-width characters and lone surrogates in every text', () => {
  const HIDDEN = ['\u202E', '\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200F', '\u2060', '\uFEFF', '\uD800', '\uDFFF', '\uDBFF'];
  const DIRTY = /[\u202A-\u202E\u2066-\u2069\u200B\u200F\u2060\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it('40 files: cleaned on the way in, and the CSV export of the result imports again, changing nothing', async () => {
    const random = seededRandom(0x9a_0005);
    const dirty = (text: string) => {
      const at = int(random, text.length + 1);
      return `${text.slice(0, at)}${pick(random, HIDDEN)}${text.slice(at)}${pick(random, HIDDEN)}`;
    };
    const files = Array.from({ length: 40 }, (_, i) => {
      const person = inventedPerson(random, i);
      person.profile.name = dirty(`${person.profile.name} exe.jpg`);
      person.profile.headline = dirty('Engineering manager');
      person.notes = dirty('Met at a meetup');
      person.tags = [dirty('platform')];
      return backupText({ people: [person], events: [makeEvent(person.id, 'note', T0, { text: dirty('A note') })], drafts: [makeDraft(person.id, { text: dirty('Hello there') })] });
    });
    await eachFile('hidden characters', files, async (text) => {
      const planned = await planFile(text);
      if ('error' in planned) return `refused: ${planned.error}`;
      await applyImport(planned.plan, {}, db);
      const stored = await dumpAll(db);
      const bad = texts([stored.people, stored.events, stored.drafts]).find((t) => DIRTY.test(t));
      if (bad) return `stored with hidden characters: ${JSON.stringify(bad).slice(0, 120)}`;
      const csv = peopleToCsv((await listPeople(db)).people);
      const again = await planFile(csv, 'mentor-scout-people.csv');
      if ('error' in again) return `the app's own CSV is refused: ${again.error}`;
      return again.plan.counts.add + again.plan.counts.update === 0 ? null : `re-importing the CSV changes ${JSON.stringify(again.plan.counts)}`;
    });
  });
});

describe('two devices edited the same person (nothing lost)', () => {
  it('40 files: every wording and every note of both sides is still stored after the import', async () => {
    const random = seededRandom(0x9a_0006);
    const person = saved.find((p) => p.id === 'li:ada-example')!;
    const draft = start.drafts[0] as ReturnType<typeof makeDraft>;
    const files = Array.from({ length: 40 }, (_, i) => {
      const hereDay = 20 + int(random, 40);
      const fileDay = 20 + int(random, 40);
      const here = { notes: `Notes typed here ${i}.`, draft: `Draft wording typed here ${i}.`, at: plus(T0, hereDay) };
      const there = { notes: `Notes typed on the laptop ${i}.`, draft: `Draft wording typed on the laptop ${i}.`, at: plus(T0, fileDay, 1) };
      const text = backupText({
        people: [{ ...person, notes: there.notes, updatedAt: there.at }],
        drafts: [{ ...draft, text: there.draft, updatedAt: there.at }],
      });
      return { here, there, text };
    });
    await eachFile('two devices', files, async ({ here, there, text }) => {
      // This device's own edits, made after the other device's backup was taken.
      await seed(db, { ...sampleContents(), people: [{ ...person, notes: here.notes, updatedAt: here.at }], drafts: [{ ...draft, text: here.draft, updatedAt: here.at }], snapshots: [], pageSections: [], events: [], meetings: [], templates: [], settings: {} });
      const planned = await planFile(text);
      if ('error' in planned) return `refused: ${planned.error}`;
      await applyImport(planned.plan, {}, db);
      const stored = await dumpAll(db);
      const all = texts([stored.people, stored.drafts]).join('\n');
      const lost = [here.notes, there.notes, here.draft, there.draft].filter((t) => !all.includes(t));
      return lost.length ? `lost: ${lost.join(' | ')}` : null;
    });
  });
});

describe('files that are not Mentor Scout backups', () => {
  const period = /[.!?…]["”’)]*$/;

  it('60 files: JSON that is not an object, binary, UTF-16 without a mark, Latin-1 and deep nesting, named .json, speak of the file as JSON', async () => {
    const random = seededRandom(0x9a_0007);
    const latin1 = (text: string) => Uint8Array.from([...text].map((c) => (c.codePointAt(0)! < 256 ? c.codePointAt(0)! : 0x3f)));
    const utf16 = (text: string) => Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const files: { bytes: string | Uint8Array; expect: RegExp }[] = [];
    for (let i = 0; i < 60; i++) {
      switch (i % 6) {
        case 0:
          files.push({ bytes: pick(random, ['[]', '[{"format":"mentor-scout-backup"}]', 'null', '42', '"text"', 'true', `[${i},${i + 1}]`]), expect: /^This file is JSON, but it holds / });
          break;
        case 1:
          files.push({ bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 200 }, () => int(random, 256))]), expect: /zip archive/ });
          break;
        case 2:
          files.push({ bytes: utf16(backupText({ people: [inventedPerson(random, i)] })), expect: /UTF-16 text without a byte-order mark/ });
          break;
        case 3:
          files.push({ bytes: latin1(backupText({ people: [inventedPerson(random, i, { notes: `Zoë Brontë ${i}` })] })), expect: /^This file is not UTF-8 text/ });
          break;
        case 4: {
          const depth = 100 + int(random, 200_000);
          files.push({ bytes: `{"format":"mentor-scout-backup","version":1,"exportedAt":"2026-04-01T00:00:00.000Z","people":[],"junk":${'['.repeat(depth)}${']'.repeat(depth)}}`, expect: /levels deep/ });
          break;
        }
        default:
          files.push({ bytes: `name,headline\n${inventedPerson(random, i).profile.name},Engineer\n`, expect: /^This file is not JSON, so it is not a Mentor Scout backup/ });
      }
    }
    await eachFile('not a backup (.json)', files, async ({ bytes, expect: expected }) => {
      const planned = await planFile(bytes, 'mentor-scout-backup.json');
      if (!('error' in planned)) return 'accepted';
      if (!expected.test(planned.error)) return `unexpected message: ${planned.error}`;
      if (/CSV UTF-8|spreadsheet/.test(planned.error)) return `spreadsheet advice for a .json file: ${planned.error}`;
      return period.test(planned.error) ? null : `no final period: ${planned.error}`;
    });
  });

  it('a large .json that is not JSON is refused as not JSON, not by the CSV size cap; caps are stated per kind of file', async () => {
    const big = `name,headline\n${'Ada Quill,Engineer\n'.repeat(1_200_000)}`; // about 23 MB, over the CSV cap
    const planned = await planFile(big, 'big.json');
    expect(planned).toEqual({ error: 'This file is not JSON, so it is not a Mentor Scout backup. Choose the .json file that Export backup saved, or a CSV of people.' });
    expect(fileSizeProblem('people.csv', 50 * 1024 * 1024)).toBe('“people.csv” is 50 MB; a CSV of people can be at most 20 MB (about 50,000 people). Split it into smaller files and import them one by one.');
    expect(fileSizeProblem('backup.json', 50 * 1024 * 1024)).toBeNull();
  });

  it('a backup with nobody in it says so instead of an empty plan', async () => {
    const planned = await planFile(backupText({}));
    expect('plan' in planned && planned.plan.warnings).toEqual(['This backup holds no people and no templates, so importing it adds nothing (it may come from a fresh install).']);
  });
});
