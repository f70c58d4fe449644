import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  backupFileName,
  parseBackup,
  serializeBackup,
  type BackupContents,
} from '../../../utils/backup/backup-format';
import { decodeTextFile } from '../../../utils/backup/decode';
import { planImport } from '../../../utils/backup/import-plan';
import { isBackupDue } from '../../../utils/backup/reminder';
import { makeEvent, makePerson, plus, resetIds, T0 } from '../builders';
import { sampleContents } from './sample';

beforeEach(() => resetIds());

const EXPORTED_AT = '2026-04-01T10:00:00.000Z';

function text(contents: BackupContents = sampleContents()): string {
  return serializeBackup(contents, EXPORTED_AT).text;
}

function mutate(change: (raw: Record<string, any>) => void): string {
  const raw = JSON.parse(text());
  change(raw);
  return JSON.stringify(raw);
}

function errorOf(input: string): string {
  const result = parseBackup(input);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('round trip: export → wipe → import', () => {
  it('gives back identical records', () => {
    const original = sampleContents();
    const { text: file, leftOut } = serializeBackup(original, EXPORTED_AT);
    expect(leftOut).toEqual([]);
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.exportedAt).toBe(EXPORTED_AT);

    // Wiped: nothing saved. Every record comes back exactly.
    const plan = planImport({ people: [] }, { kind: 'backup', backup: parsed.backup }, { now: '2026-04-02T00:00:00.000Z' });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.counts).toEqual({ add: 3, update: 0, skip: 0 });
    const { settings, ...stores } = original;
    // Whether to load a person's photo is this browser's choice (a request to another server), never a file's.
    expect(plan.put).toEqual({ ...stores, people: stores.people.map((p) => ({ ...p, showPhoto: false })) });
    expect(plan.settings).toEqual(settings);
  });

  it('writes the format header and readable JSON', () => {
    const file = text();
    const raw = JSON.parse(file);
    expect(Object.keys(raw)).toEqual(['format', 'version', 'exportedAt', 'people', 'snapshots', 'pageSections', 'events', 'drafts', 'meetings', 'templates', 'reflections', 'goals', 'goalVersions', 'settings']);
    expect(raw).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION });
    expect(file.split('\n').length).toBeGreaterThan(50);
    expect(backupFileName(EXPORTED_AT)).toBe('mentor-scout-backup-2026-04-01.json');
  });

  it('reads the version 1 example file kept in tests/unit/backup/examples', () => {
    const example = readFileSync(new URL('./examples/v1.json', import.meta.url), 'utf8');
    const parsed = parseBackup(example);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.backup.people.map((p) => p.id)).toEqual(['li:ada-example', 'p:zoe', 'p:hand']);
  });

  it('walks the version 1 example up: profiles get empty new lists, entries no months', () => {
    const parsed = parseBackup(readFileSync(new URL('./examples/v1.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const { profile } = parsed.backup.people[0]!;
    expect(profile).toMatchObject({ projects: [], publications: [], honors: [], certifications: [], volunteering: [], languages: [], featured: [] });
    expect(profile.experience[0]).not.toHaveProperty('startMonth');
  });

  it('reads the version 2 example with every new list and the normalised months (issue #11)', () => {
    const parsed = parseBackup(readFileSync(new URL('./examples/v2.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const { profile } = parsed.backup.people[0]!;
    expect(profile.projects[0]).toMatchObject({ title: 'Build farm', url: 'https://ada.example.org/build-farm' });
    expect(profile.volunteering[0]).toMatchObject({ title: 'Mentor', startMonth: '2018', endMonth: null });
    expect(profile.experience[0]).toMatchObject({ startMonth: '2020-01', endMonth: null });
    expect([profile.publications.length, profile.honors.length, profile.certifications.length, profile.languages[0]?.name, profile.featured]).toEqual([1, 1, 1, 'German', ['Talk: boring platforms']]);
  });

  it('an older install refuses a newer file instead of dropping its new lists', () => {
    // What an older parseBackup says to any file newer than itself.
    const v2 = JSON.parse(readFileSync(new URL('./examples/v2.json', import.meta.url), 'utf8'));
    expect(errorOf(JSON.stringify({ ...v2, version: BACKUP_VERSION + 1 }))).toMatch(/newer version of Mentor Scout/);
  });

  it('walks version 1 up to the current version: its one goals document becomes the first goal, dated at the export (issue #13)', () => {
    const raw = JSON.parse(readFileSync(new URL('./examples/v1.json', import.meta.url), 'utf8'));
    const parsed = parseBackup(JSON.stringify(raw));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.version).toBe(BACKUP_VERSION);
    expect(parsed.backup.reflections).toEqual([]);
    expect(parsed.backup.goalVersions).toEqual([]);
    expect(parsed.backup.goals).toEqual(
      raw.settings.goals ? [{ id: 'goal:first', position: 0, goals: expect.objectContaining({ summary: raw.settings.goals.summary }), createdAt: raw.exportedAt, updatedAt: raw.exportedAt }] : [],
    );
    expect(parsed.backup.settings).not.toHaveProperty('goals');
  });

  it('walks the version 2 example up: its goals document becomes the first goal, dated at the export (issue #13)', () => {
    const raw = JSON.parse(readFileSync(new URL('./examples/v2.json', import.meta.url), 'utf8'));
    expect(raw.version).toBe(2);
    const parsed = parseBackup(JSON.stringify(raw));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.backup.version).toBe(BACKUP_VERSION);
    expect(parsed.backup.goals).toEqual([{ id: 'goal:first', position: 0, goals: raw.settings.goals, createdAt: raw.exportedAt, updatedAt: raw.exportedAt }]);
    expect([parsed.backup.reflections, parsed.backup.goalVersions]).toEqual([[], []]);
    expect(parsed.backup.settings).toEqual({ preferences: expect.objectContaining({ followUpDays: 7 }) });
    // Capture's lists (version 2) survive the step untouched.
    expect(parsed.backup.people[0]!.profile.projects[0]).toMatchObject({ title: 'Build farm' });
  });

  it('reads the version 3 example file kept in tests/unit/backup/examples, reflections and goal history included', () => {
    const parsed = parseBackup(readFileSync(new URL('./examples/v3.json', import.meta.url), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.reflections.map((r) => r.kind)).toEqual(['answered', 'skipped']);
    expect(parsed.backup.goals.map((g) => g.id)).toEqual(['goal:first', 'goal:speaking']);
    expect(parsed.backup.goalVersions).toHaveLength(1);
  });

  it('refuses an earlier goal version whose goal is not in the file', () => {
    const contents = sampleContents();
    contents.goalVersions[0] = { ...contents.goalVersions[0]!, goalId: 'goal:gone' };
    const raw = JSON.parse(serializeBackup({ ...contents }, EXPORTED_AT).text);
    raw.goalVersions = contents.goalVersions;
    const parsed = parseBackup(JSON.stringify(raw));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toMatch(/goalId "goal:gone" is not among the goals in this file/);
  });
});

describe('serializeBackup leaves out what would make the file refuse to import', () => {
  it('drops a damaged record and the orphans of a missing person, and says so', () => {
    const contents = sampleContents();
    contents.people.push({ ...makePerson({ id: 'p:broken' }), status: 'lost' as never });
    contents.events.push(makeEvent('p:deleted-long-ago', 'note', T0, { text: 'orphan' }));
    contents.events.push({ ...contents.events[0]! });
    const { text: file, leftOut } = serializeBackup(contents, EXPORTED_AT);
    expect(leftOut).toEqual([
      'Left out person "p:broken": status should be one of "saved", "drafted", "sent", "replied", "meeting-scheduled", "mentoring", "declined", "no-reply", "paused", "ended"',
      expect.stringMatching(/^Left out timeline entry "ev-\d+": id "ev-\d+" is already used by another record$/),
      expect.stringMatching(/^Left out timeline entry "ev-\d+": personId "p:deleted-long-ago" is not among the people in this file$/),
    ]);
    expect(parseBackup(file).ok).toBe(true);
  });
});

describe('parseBackup refuses with clear words', () => {
  it('not a backup', () => {
    // Each says what the file is and what to do (issue #9, item 13).
    const choose = 'Choose the .json file that Export backup saved, or a CSV of people.';
    expect(errorOf('name,headline\nAda,Engineer')).toBe(`This file is not JSON, so it is not a Mentor Scout backup. ${choose}`);
    expect(errorOf('{"format":"something-else","version":1}')).toBe(`This file is JSON, but not a Mentor Scout backup (it has no "format": "mentor-scout-backup"). ${choose}`);
    expect(errorOf('[1,2,3]')).toBe(`This file is JSON, but it holds a list where a Mentor Scout backup holds one group of fields starting with "format": "mentor-scout-backup", so it is not a backup. ${choose}`);
    expect(errorOf('null')).toMatch(/^This file is JSON, but it holds only null where/);
    expect(errorOf('42')).toMatch(/^This file is JSON, but it holds a single number where/);
    expect(errorOf('')).toBe('The file is empty.');
    expect(errorOf('{"format":"mentor-scout-backup"}')).toMatch(/version number is missing/);
  });

  it('a newer version', () => {
    expect(errorOf(mutate((raw) => (raw.version = BACKUP_VERSION + 1)))).toBe(`This backup was made by a newer version of Mentor Scout (v${BACKUP_VERSION + 1}); update the extension, then import it again.`);
  });

  it('a file cut off, with where it ends', () => {
    const file = text();
    const error = errorOf(file.slice(0, 500));
    expect(error).toMatch(/^The file is cut off \(invalid JSON at line \d+, column \d+: it ends before the data is complete\)/);
  });

  it('damage in the middle, with where it is', () => {
    const file = text().replace('"people": [', '"people": [,');
    expect(errorOf(file)).toMatch(/^The file is damaged \(invalid JSON/);
  });

  it('a missing field, by row', () => {
    const result = parseBackup(mutate((raw) => delete raw.people[1].profile.name));
    expect(result).toMatchObject({ ok: false, error: 'Row 2 (people[1]): profile.name is missing.' });
  });

  it('wrong types and values, listing every problem', () => {
    const result = parseBackup(
      mutate((raw) => {
        raw.people[0].tags = 'platform';
        raw.events[2].type = 'teleported';
        raw.meetings[0].durationMinutes = '30';
        raw.people[2].profileUrl = 'javascript:alert(1)';
        raw.events[0].at = 'yesterday';
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'Row 1 (people[0]): tags should be a list, not text.',
      'Row 3 (people[2]): profileUrl must be an http(s) address.',
      'Row 1 (events[0]): at should be a date and time like 2026-03-25T09:00:00.000Z.',
      'Row 3 (events[2]): type should be one of "saved", "snapshot", "status", "copied", "sent", "reply", "follow-up", "meeting", "note", "merged".',
      'Row 1 (meetings[0]): durationMinutes should be a number, not text.',
    ]);
    expect(result.error).toBe('Row 1 (people[0]): tags should be a list, not text (and 4 more problems).');
  });

  it('huge strings and long lists, by the schema caps', () => {
    expect(errorOf(mutate((raw) => (raw.people[0].notes = 'x'.repeat(20_001))))).toBe('Row 1 (people[0]): notes is too long (more than 20000 characters).');
    expect(errorOf(mutate((raw) => (raw.people[0].tags = Array(51).fill('t'))))).toBe('Row 1 (people[0]): tags has too many entries (more than 50).');
  });

  it('duplicate ids and duplicate people', () => {
    expect(errorOf(mutate((raw) => raw.people.push({ ...raw.people[0] })))).toMatch(/^Row 4 \(people\[3\]\): id "li:ada-example" is already used by row 1 \(people\[0\]\)/);
    const sameUrl = mutate((raw) => raw.people.push({ ...raw.people[1], id: 'p:zoe-again', profileUrl: 'https://zoe.example.net/about/?utm_source=x' }));
    expect(errorOf(sameUrl)).toBe('Row 4 (people[3]): profileUrl https://zoe.example.net/about is the same person as row 2 (people[1]).');
  });

  it('references to people or snapshots not in the file', () => {
    const result = parseBackup(
      mutate((raw) => {
        raw.events[0].personId = 'p:ghost';
        raw.pageSections[1].snapshotId = 'snap-ghost';
      }),
    );
    expect(result.ok === false && result.problems).toEqual([
      'Row 1 (events[0]): personId "p:ghost" is not among the people in this file.',
      'Row 2 (pageSections[1]): snapshotId "snap-ghost" is not among the snapshots in this file.',
    ]);
  });

  it('a file over the size cap', () => {
    // A real 200 MB string is slow to build in a test; the same check with a smaller cap.
    expect(parseBackup(text()).ok).toBe(true);
    const result = parseBackup(text(), { maxBytes: 1000 });
    expect(result).toMatchObject({ ok: false, error: 'This file is too large for a Mentor Scout backup (over 1000 bytes). Choose the .json file that Export backup saved, or a CSV of people.' });
    expect(MAX_BACKUP_BYTES).toBe(200 * 1024 * 1024);
  });

  it('UTF-16 text read as UTF-8', () => {
    const utf16 = [...text()].map((c) => `${c}\u0000`).join('');
    expect(errorOf(utf16)).toMatch(/not UTF-8 text \(it looks like UTF-16/);
  });
});

describe('hostile content is harmless', () => {
  it('__proto__ keys are dropped as unknown fields and do not pollute anything', () => {
    const file = text()
      .replace('"format":', '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "format":')
      .replace('"status": "saved"', '"__proto__": {"status": "mentoring", "isAdmin": true}, "status": "saved"');
    const result = parseBackup(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(result.backup, '__proto__')).toBe(false);
    const hand = result.backup.people.find((p) => p.id === 'p:hand')!;
    expect(hand.status).toBe('saved');
    expect(Object.getPrototypeOf(hand)).toBe(Object.prototype);
    expect((hand as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('deeply nested JSON is refused, not a stack overflow', () => {
    const deep = `{"format":"mentor-scout-backup","version":1,"people":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(parseBackup(deep).ok).toBe(false);
  });
});

describe('decodeTextFile', () => {
  it('reads UTF-8 with or without BOM, and UTF-16 with a BOM', () => {
    const sample = 'Zoë, Łukasz 🚀';
    const utf8 = new TextEncoder().encode(sample);
    expect(decodeTextFile(utf8)).toEqual({ ok: true, text: sample });
    // The byte-order mark stays (the parsers drop it): it tells the CSV parser the file was written as UTF-8.
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text: `\uFEFF${sample}` });
    const le = new Uint8Array(2 + sample.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < sample.length; i += 1) {
      le[2 + i * 2] = sample.charCodeAt(i) & 0xff;
      le[3 + i * 2] = sample.charCodeAt(i) >> 8;
    }
    expect(decodeTextFile(le)).toEqual({ ok: true, text: `\uFEFF${sample}` });
  });

  it('refuses invalid UTF-8 (a Latin-1 file) and oversized files', () => {
    expect(decodeTextFile(new Uint8Array([0x5a, 0x6f, 0xeb]))).toMatchObject({ ok: false, error: expect.stringMatching(/not UTF-8/) });
    expect(decodeTextFile(new Uint8Array(11), 10)).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });
});

describe('isBackupDue', () => {
  const prefs = { backupReminderDays: 30 };
  it('stays quiet with nobody saved or a recent export, reminds after the interval', () => {
    expect(isBackupDue(prefs, new Date(plus(T0, 100)), null)).toBe(false);
    expect(isBackupDue(prefs, new Date(plus(T0, 29)), T0)).toBe(false);
    expect(isBackupDue(prefs, new Date(plus(T0, 30)), T0)).toBe(true);
    expect(isBackupDue({ ...prefs, lastExportAt: plus(T0, 50) }, new Date(plus(T0, 60)), T0)).toBe(false);
    expect(isBackupDue({ ...prefs, lastExportAt: plus(T0, 50) }, new Date(plus(T0, 80)), T0)).toBe(true);
  });
});
