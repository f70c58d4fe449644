import { beforeEach, describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, type Backup } from '../../../utils/backup/backup-format';
import { parsePeopleCsv, peopleToCsv, type CsvPersonRow } from '../../../utils/backup/csv';
import { detectImportFormat, planImport, planImportFromText, type ExistingData } from '../../../utils/backup/import-plan';
import { personSchema } from '../../../utils/schema/person';
import { T0, makePerson, makeTemplate, plus, resetIds } from '../builders';
import { sampleContents } from './sample';

beforeEach(() => resetIds());

const NOW = '2026-05-01T12:00:00.000Z';

function backupOf(contents = sampleContents()): Backup {
  const parsed = parseBackup(serializeBackup(contents, '2026-04-01T10:00:00.000Z').text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

/** What is saved here, as the Settings screen reads it, for the records of the people `stored` picks. */
function existingFrom(contents: ReturnType<typeof sampleContents>, stored: (personId: string) => boolean = () => true): ExistingData {
  const mine = <T extends { personId: string }>(records: T[]) => records.filter((r) => stored(r.personId));
  return {
    people: contents.people,
    templates: contents.templates,
    events: mine(contents.events),
    drafts: mine(contents.drafts),
    meetings: mine(contents.meetings),
    snapshotOwners: new Map(mine(contents.snapshots).map((s) => [s.id, s.personId])),
    pageSectionOwners: new Map(mine(contents.pageSections).map((s) => [s.snapshotId, s.personId])),
    reflections: mine(contents.reflections),
    goals: contents.goals,
    goalVersions: contents.goalVersions,
  };
}

function ids() {
  let n = 0;
  return (prefix: string) => `${prefix}:new-${++n}`;
}

function csvRow(overrides: Partial<CsvPersonRow>): CsvPersonRow {
  return { row: 2, name: 'Ada Example', headline: '', company: '', location: '', profileUrl: '', notes: '', tags: [], ...overrides };
}

describe('planning a backup import', () => {
  it('skips identical people, updates older copies, keeps newer local copies, adds new ones', () => {
    const contents = sampleContents();
    const backup = backupOf(contents);
    const [ada, zoe, hand] = contents.people;
    const existing = [
      // Same as the file: skip.
      ada!,
      // Saved here under a different id but the same address, older than the file's copy: update.
      { ...zoe!, id: 'p:zoe-local', profileUrl: 'https://zoe.example.net/about/?utm_source=mail', updatedAt: plus(T0, -5), notes: 'old' },
      // Hand-entered, changed here after the export: skip, local kept.
      { ...hand!, notes: 'Edited after the export', updatedAt: plus(T0, 90) },
    ];
    // Everything of Ada and Kofi is saved here already; Zoë's records are not.
    const stored = { ...contents, people: existing };
    const plan = planImport(existingFrom(stored, (personId) => personId !== 'p:zoe'), { kind: 'backup', backup }, { now: NOW });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.rows).toEqual([
      { row: 1, name: 'Ada Example', action: 'skip', reason: 'Already saved, identical (matched by profile address https://www.linkedin.com/in/ada-example/).', personId: 'li:ada-example' },
      {
        row: 2,
        name: 'Zoë Müller-Łukasiewicz',
        action: 'update',
        reason:
          "The file's copy is newer (changed 2026-03-02; the copy here 2026-02-25). The notes differ: both are kept, the older below the newer with its date. Adds 1 snapshot, 1 saved page section, 2 timeline entries and 1 reflection. Matched by profile address https://zoe.example.net/about.",
        personId: 'p:zoe-local',
      },
      { row: 3, name: 'Kofi Mensah', action: 'skip', reason: expect.stringMatching(/^The copy saved here is as new or newer \(changed 2026-05-31; the file's copy 2026-03-02\)/), personId: 'p:hand' },
    ]);
    expect(plan.counts).toEqual({ add: 0, update: 1, skip: 2 });
    // The update keeps the local id and address; the file's records follow it; the older notes stay, dated.
    expect(plan.put.people).toEqual([
      { ...zoe!, id: 'p:zoe-local', profileUrl: 'https://zoe.example.net/about/?utm_source=mail', notes: `${zoe!.notes}\n\n— Notes saved here before the import (changed 2026-02-25):\nold` },
    ]);
    expect(plan.replaces.people).toEqual([existing[1]]);
    expect(plan.put.events.map((e) => e.personId)).toEqual(['p:zoe-local', 'p:zoe-local']);
    expect(plan.put.snapshots.map((s) => s.personId)).toEqual(['p:zoe-local']);
    expect(plan.put.pageSections.map((s) => s.personId)).toEqual(['p:zoe-local']);
    expect(plan.put.reflections.map((r) => [r.id, r.personId])).toEqual([['r-zoe-skip', 'p:zoe-local']]);
    expect(plan.kinds.reflections).toEqual({ add: 1, update: 0 });
    // Skipped people bring nothing.
    expect(plan.put.drafts).toEqual([]);
    expect(plan.put.meetings).toEqual([]);
  });

  it('matches by an address merged into a saved person, then by id', () => {
    const backup = backupOf();
    const local = makePerson({ id: 'p:merged', profileUrl: 'https://other.example.com', otherUrls: ['https://www.linkedin.com/in/ada-example'], updatedAt: plus(T0, -1) });
    const byId = makePerson({ id: 'p:hand', updatedAt: plus(T0, -1), profile: { name: 'Kofi M.' } });
    const plan = planImport({ people: [local, byId] }, { kind: 'backup', backup }, { now: NOW });
    expect(plan.ok && plan.rows.map((r) => [r.action, r.personId])).toEqual([
      ['update', 'p:merged'],
      ['add', 'p:zoe'],
      ['update', 'p:hand'],
    ]);
    // The address the file proves was merged into Ada (its `merged` event names it) joins the saved
    // person's other addresses; the saved person's main address stays.
    expect(plan.ok && plan.put.people[0]).toMatchObject({ id: 'p:merged', profileUrl: 'https://other.example.com', otherUrls: ['https://www.linkedin.com/in/ada-example', 'https://ada.example.org'] });
  });

  it('refuses when two people in the file match one saved person', () => {
    const backup = backupOf();
    const local = makePerson({ id: 'p:someone', profileUrl: 'https://www.linkedin.com/in/ada-example/', otherUrls: ['https://zoe.example.net/about'] });
    const plan = planImport({ people: [local] }, { kind: 'backup', backup }, { now: NOW });
    expect(plan).toMatchObject({ ok: false, problems: [expect.stringMatching(/^Row 2 \(people\[1\]\): Zoë Müller-Łukasiewicz is the same saved person .* as row 1/)] });
  });

  it('keeps newer local templates when given, carries settings separately', () => {
    const contents = sampleContents();
    const backup = backupOf(contents);
    const newerLocal = { ...contents.templates[0]!, body: 'edited', updatedAt: plus(T0, 100) };
    const plan = planImport({ people: [], templates: [newerLocal] }, { kind: 'backup', backup }, { now: NOW });
    expect(plan.ok && plan.put.templates).toEqual([]);
    expect(plan.ok && plan.warnings).toEqual(['Template "Short, specific" here is as new or newer than the file\'s; kept it.']);
    expect(plan.ok && plan.settings).toEqual(contents.settings);
    const other = makeTemplate({ id: 't:other' });
    expect(planImport({ people: [], templates: [other] }, { kind: 'backup', backup }, { now: NOW })).toMatchObject({ ok: true, put: { templates: contents.templates } });
  });
});

describe('planning a CSV import', () => {
  it('adds new people with ids by the database rule, a saved event, and their status', () => {
    const rows = [
      csvRow({ row: 2, name: 'Ada', profileUrl: 'https://www.linkedin.com/in/ada-example/', status: 'sent', lastActivityAt: '2026-04-20T09:00:00.000Z', tags: ['platform'] }),
      csvRow({ row: 3, name: 'Kofi', company: 'Tiny Bank' }),
      csvRow({ row: 4, name: 'Zoë', profileUrl: 'https://zoe.example.net/about' }),
    ];
    const plan = planImport({ people: [] }, { kind: 'csv', rows }, { now: NOW, newId: ids() });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.rows.map((r) => [r.row, r.action, r.personId])).toEqual([
      [2, 'add', 'li:ada-example'],
      [3, 'add', 'p:new-3'],
      [4, 'add', 'p:new-5'],
    ]);
    expect(plan.put.people.map((p) => [p.profile.source, p.status, p.lastActivityAt])).toEqual([
      ['linkedin', 'sent', '2026-04-20T09:00:00.000Z'],
      ['manual', 'saved', NOW],
      ['web', 'saved', NOW],
    ]);
    for (const person of plan.put.people) expect(personSchema.safeParse(person).success).toBe(true);
    expect(plan.put.events).toEqual([
      { id: 'ev:new-1', personId: 'li:ada-example', type: 'saved', at: NOW, text: 'Imported from a spreadsheet' },
      { id: 'ev:new-2', personId: 'li:ada-example', type: 'status', at: '2026-04-20T09:00:00.000Z', from: 'saved', to: 'sent', text: 'Imported from a spreadsheet' },
      { id: 'ev:new-4', personId: 'p:new-3', type: 'saved', at: NOW, text: 'Imported from a spreadsheet' },
      { id: 'ev:new-6', personId: 'p:new-5', type: 'saved', at: NOW, text: 'Imported from a spreadsheet' },
    ]);
  });

  it('skips exact duplicate rows and unchanged people; refuses conflicting duplicates', () => {
    const saved = makePerson({ id: 'li:ada', profileUrl: 'https://www.linkedin.com/in/ada/', status: 'sent', profile: { name: 'Ada', headline: 'Staff', company: 'X', location: 'Berlin' } });
    const same = csvRow({ row: 2, name: 'Ada', headline: 'Staff', company: 'X', location: 'Berlin', profileUrl: 'https://www.linkedin.com/in/ada/', status: 'sent' });
    const plan = planImport({ people: [saved] }, { kind: 'csv', rows: [same, { ...same, row: 3 }] }, { now: NOW });
    expect(plan.ok && plan.rows).toEqual([
      { row: 2, name: 'Ada', action: 'skip', reason: 'Already saved with the same details (matched by profile address https://www.linkedin.com/in/ada/).', personId: 'li:ada' },
      { row: 3, name: 'Ada', action: 'skip', reason: 'Exact duplicate of row 2.', personId: 'li:ada' },
    ]);
    const conflict = planImport({ people: [] }, { kind: 'csv', rows: [same, { ...same, row: 7, headline: 'Principal' }] }, { now: NOW });
    expect(conflict).toMatchObject({ ok: false, problems: ['Rows 2 and 7 are both https://www.linkedin.com/in/ada/ but with different details; keep one of them.'] });
  });

  it('updates from filled-in cells only, recording a status change', () => {
    const saved = makePerson({ id: 'p:kofi', status: 'sent', notes: 'Keep me', tags: ['bank'], profile: { name: 'Kofi', company: 'Tiny Bank', headline: 'CTO' } });
    const plan = planImport({ people: [saved] }, { kind: 'csv', rows: [csvRow({ name: 'Kofi', company: 'Tiny Bank', status: 'replied', location: 'Accra' })] }, { now: NOW, newId: ids() });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.rows[0]).toMatchObject({ action: 'update', personId: 'p:kofi', reason: expect.stringMatching(/name and company/) });
    expect(plan.put.people[0]).toMatchObject({ status: 'replied', notes: 'Keep me', tags: ['bank'], updatedAt: NOW, profile: { headline: 'CTO', location: 'Accra' } });
    expect(plan.put.events).toEqual([{ id: 'ev:new-1', personId: 'p:kofi', type: 'status', at: NOW, from: 'sent', to: 'replied', text: 'Imported from a spreadsheet' }]);
  });

  it('keeps the saved notes below the spreadsheet’s when they differ, dated, and says so (issue #9, item 1)', () => {
    const saved = makePerson({ id: 'p:kofi', notes: 'Typed in the side panel.', updatedAt: T0, profile: { name: 'Kofi', company: 'Tiny Bank' } });
    const plan = planImport({ people: [saved] }, { kind: 'csv', rows: [csvRow({ name: 'Kofi', company: 'Tiny Bank', notes: 'Typed in the spreadsheet.' })] }, { now: NOW, newId: ids() });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.put.people[0]!.notes).toBe('Typed in the spreadsheet.\n\n— Notes saved here before the import (changed 2026-03-02):\nTyped in the side panel.');
    expect(plan.rows[0]!.reason).toMatch(/The notes differ: both are kept, the saved ones below the spreadsheet’s with their date\.$/);
    // Notes the spreadsheet only added to keep just the spreadsheet's text, which holds both.
    const added = planImport({ people: [saved] }, { kind: 'csv', rows: [csvRow({ name: 'Kofi', company: 'Tiny Bank', notes: 'Typed in the side panel. And more.' })] }, { now: NOW });
    expect(added.ok && added.put.people[0]!.notes).toBe('Typed in the side panel. And more.');
  });

  it('round-trips people through CSV: re-importing an export changes nothing', () => {
    const people = sampleContents().people;
    const parsed = parsePeopleCsv(peopleToCsv(people));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planImport({ people }, { kind: 'csv', rows: parsed.rows }, { now: NOW });
    expect(plan.ok && plan.counts).toEqual({ add: 0, update: 0, skip: 3 });
  });
});

describe('planImportFromText', () => {
  it('detects the format and refuses the whole file on any invalid row', () => {
    expect(detectImportFormat('\uFEFF  {"format":')).toBe('backup');
    expect(detectImportFormat('name,headline')).toBe('csv');
    const refused = planImportFromText({ people: [] }, 'name,status\nAda,sent\nBo,lost\nCy,sent\n', { now: NOW });
    expect(refused).toMatchObject({ ok: false, format: 'csv', problems: ['Row 3 (Bo): status "lost" is not one of: saved, drafted, sent, replied, meeting-scheduled, mentoring, declined, no-reply, paused, ended.'] });
    const fine = planImportFromText({ people: [] }, 'name,status,extra\nAda,sent,x\n', { now: NOW });
    expect(fine).toMatchObject({ ok: true, format: 'csv', counts: { add: 1 }, warnings: ['Column "extra" is not one Mentor Scout imports; it was ignored.'] });
    const backup = planImportFromText({ people: [] }, serializeBackup(sampleContents(), NOW).text, { now: NOW });
    expect(backup).toMatchObject({ ok: true, format: 'backup', counts: { add: 3 } });
  });

  it('gives a backup’s own error for a broken backup', () => {
    expect(planImportFromText({ people: [] }, '{"format":"mentor-scout-backup","version":9}', { now: NOW })).toMatchObject({ ok: false, format: 'backup', error: expect.stringMatching(/newer version/) });
  });
});

describe('an imported "sent" person gets follow-ups from their last activity', () => {
  it('dates the status event at lastActivityAt', () => {
    const plan = planImport({ people: [] }, { kind: 'csv', rows: [csvRow({ status: 'sent', lastActivityAt: plus(T0, 1) })] }, { now: NOW, newId: ids() });
    expect(plan.ok && plan.put.events.find((e) => e.type === 'status')?.at).toBe(plus(T0, 1));
  });
});
