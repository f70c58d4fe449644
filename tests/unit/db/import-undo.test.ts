// Issue #9, items 1, 2 and 6, in the database: a backup from another device applied on top of what
// was saved here since, and the import's Undo days later, which reverts only what the import added
// or changed and keeps (and lists) what was changed since. Everything here is invented.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeBackup, type BackupContents } from '../../../utils/backup/backup-format';
import { planImportFromText } from '../../../utils/backup/import-plan';
import { saveDraft, listDrafts } from '../../../utils/db/drafts';
import { applyImport, readImportBasis, readLastImport, undoLastImport, type ReadyPlan } from '../../../utils/db/import';
import { getPerson, saveCapture, updatePerson } from '../../../utils/db/people';
import { dumpAll, listForPerson, type StoreDump } from '../../../utils/db/records';
import { getPreferences, updatePreferences } from '../../../utils/db/settings';
import { logInteractionFor } from '../../../utils/db/timeline';
import type { MentorScoutDb } from '../../../utils/db/database';
import { emptyProfile } from '../../../utils/schema/profile';
import { seed } from '../hostile/data';
import { listGoals, listGoalVersions } from '../../../utils/db/goals';
import { listReflections } from '../../../utils/db/reflections';
import { makeDraft, makeEvent, makeGoal, makePerson, makeReflection, makeSnapshot, makePageSection, plus, resetIds, T0 } from '../builders';
import { closeDatabases, freshDb } from './helpers';

beforeEach(() => resetIds());
afterEach(closeDatabases);

const NOW = plus(T0, 12);

function contents(partial: Partial<BackupContents>): BackupContents {
  return { people: [], snapshots: [], pageSections: [], events: [], drafts: [], meetings: [], templates: [], reflections: [], goals: [], goalVersions: [], settings: {}, ...partial };
}

async function planFor(db: MentorScoutDb, file: BackupContents, now = NOW): Promise<ReadyPlan> {
  const plan = planImportFromText(await readImportBasis(db), serializeBackup(file, plus(T0, 10)).text, { now });
  if (!plan.ok) throw new Error(plan.error);
  return plan;
}

/** Every store without the import's own Undo record, to compare data before and after. */
async function data(db: MentorScoutDb): Promise<StoreDump> {
  const dump = await dumpAll(db);
  return { ...dump, settings: dump.settings.filter((s) => (s as { key: string }).key !== 'lastImport') };
}

const ada = () => makePerson({ id: 'li:ada-quill', profileUrl: 'https://www.linkedin.com/in/ada-quill/', status: 'drafted', notes: 'Met at the meetup.', profile: { name: 'Ada Quill', source: 'linkedin' } });

describe('a backup of a person edited on both devices', () => {
  it('keeps the draft saved here and its history after Apply (the issue’s repro)', async () => {
    const { db } = await freshDb();
    const person = ada();
    await seed(db, contents({ people: [person], drafts: [makeDraft(person.id, { id: 'd:ada', text: 'First wording.' })] }));
    // Here: the mentee edits the draft and saves it (its history grows).
    await saveDraft({ id: 'd:ada', personId: person.id, channel: 'message', subject: '', text: 'Edited here.', factIds: [], admiration: '' }, new Date(plus(T0, 4)), db);
    // The laptop's backup: the person changed later there; its draft is the old one.
    const file = contents({ people: [{ ...person, notes: 'Laptop notes.', updatedAt: plus(T0, 8) }], drafts: [makeDraft(person.id, { id: 'd:ada', text: 'First wording.' })] });
    const plan = await planFor(db, file);
    await applyImport(plan, { fileName: 'laptop.json', now: new Date(NOW) }, db);

    const [draft] = await listDrafts(person.id, db);
    expect(draft).toMatchObject({ text: 'Edited here.', history: [{ text: 'First wording.' }] });
    expect((await getPerson(person.id, db))!.notes).toBe('Laptop notes.\n\n— Notes saved here before the import (changed 2026-03-02):\nMet at the meetup.');
  });

  it('does not let a new person take over a saved person’s records (same ids)', async () => {
    const { db } = await freshDb();
    const kofi = makePerson({ id: 'p:kofi', profileUrl: 'https://kofi.example/', status: 'sent', profile: { name: 'Kofi Mensah' } });
    const snap = makeSnapshot(kofi.id, { id: 'snap:1' });
    await seed(db, contents({ people: [kofi], snapshots: [snap], pageSections: [makePageSection(snap)], events: [makeEvent(kofi.id, 'sent', T0, { id: 'ev:sent' })], drafts: [makeDraft(kofi.id, { id: 'd:1' })] }));
    const before = await dumpAll(db);
    const nia = makePerson({ id: 'p:nia', profileUrl: 'https://nia.example/', profile: { name: 'Nia Okafor' } });
    const niaSnap = makeSnapshot(nia.id, { id: 'snap:1' });
    const file = contents({ people: [nia], snapshots: [niaSnap], pageSections: [makePageSection(niaSnap)], events: [makeEvent(nia.id, 'sent', T0, { id: 'ev:sent' })], drafts: [makeDraft(nia.id, { id: 'd:1' })] });
    await applyImport(await planFor(db, file), {}, db);
    const after = await dumpAll(db);
    // Every record Kofi had is still his, exactly as it was.
    for (const store of ['people', 'snapshots', 'pageSections', 'events', 'drafts'] as const) {
      for (const record of before[store]) expect(after[store]).toContainEqual(record);
    }
    expect((await listForPerson('events', 'p:nia', db)).map((e) => e.type)).toEqual(['sent']);
    expect((await listForPerson('drafts', 'p:nia', db)).map((d) => d.id)).not.toContain('d:1');
  });

  it('refuses a plan whose new record’s id was saved meanwhile, writing nothing', async () => {
    const { db } = await freshDb();
    const person = ada();
    await seed(db, contents({ people: [person] }));
    const plan = await planFor(db, contents({ people: [person], events: [makeEvent(person.id, 'note', T0, { id: 'ev:clash', text: 'From the file.' })] }));
    await seed(db, contents({ events: [makeEvent(person.id, 'note', T0, { id: 'ev:clash', text: 'Typed here meanwhile.' })] }));
    const before = await dumpAll(db);
    await expect(applyImport(plan, {}, db)).rejects.toThrow(/changed while you were reviewing this import, so nothing was imported/);
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('the last import’s Undo', () => {
  /** Saved here: Ada. The file: Ada changed later, Nia new, and goals and preferences. */
  async function importedDb() {
    const { db } = await freshDb();
    const person = ada();
    await seed(db, contents({ people: [person], events: [makeEvent(person.id, 'saved', T0, { id: 'ev:ada-saved' })] }));
    await updatePreferences({ followUpDays: 5 }, db);
    const before = await data(db);
    const nia = makePerson({ id: 'p:nia', profileUrl: 'https://nia.example/', profile: { name: 'Nia Okafor' } });
    const file = contents({
      people: [{ ...person, status: 'sent', notes: 'Sent from the laptop.', updatedAt: plus(T0, 8) }, nia],
      events: [makeEvent(person.id, 'sent', plus(T0, 8), { id: 'ev:ada-sent' }), makeEvent(nia.id, 'saved', T0, { id: 'ev:nia-saved' })],
      drafts: [makeDraft(nia.id, { id: 'd:nia' })],
      settings: { preferences: { premium: false, monthlyNoteAllowance: 5, followUpDays: 11, maxFollowUps: 1, notifications: true, reflectionNotifications: false, backupReminderDays: 30 } },
    });
    const undo = await applyImport(await planFor(db, file), { restoreSettings: true, fileName: 'laptop.json', now: new Date(NOW) }, db);
    return { db, before, undo };
  }

  it('is kept with its date until the next import, and reverts exactly what the import did', async () => {
    const { db, before } = await importedDb();
    // Closing Settings (or the side panel) does not lose it: it is stored.
    const last = await readLastImport({ units: true }, db);
    expect(last).toMatchObject({ undo: { at: NOW, fileName: 'laptop.json', summary: '1 added, 1 updated, 0 skipped; settings restored from the file' } });
    expect(last!.units!.map((u) => [u.label, u.changedSince])).toEqual([
      ['Ada Quill', null],
      ['Nia Okafor', null],
      ['Your outreach settings', null],
    ]);
    expect((await getPreferences(db)).followUpDays).toBe(11);

    const result = await undoLastImport({}, db);
    expect(result.kept).toEqual([]);
    expect(await data(db)).toEqual(before);
    expect(await readLastImport({ units: true }, db)).toBeNull();
  });

  it('days later, keeps what was saved since: other people, and records the import did not write', async () => {
    const { db } = await importedDb();
    // Saved after the import: a new person from a page, and a reply logged for Ada.
    await saveCapture({ profile: { ...emptyProfile('web'), name: 'Tomás Ferreira', profileUrl: 'https://tomas.example/' }, sourceUrl: 'https://tomas.example/', now: new Date(plus(T0, 14)) }, db);
    await logInteractionFor('li:ada-quill', { type: 'reply', at: plus(T0, 14), text: 'Happy to talk.', now: new Date(plus(T0, 14)) }, db);
    const last = await readLastImport({ units: true }, db);
    expect(last!.units!.filter((u) => u.changedSince).map((u) => [u.label, u.changedSince])).toEqual([['Ada Quill', 'changed since the import (their details)']]);

    const result = await undoLastImport({}, db);
    expect(result.kept.map((u) => u.label)).toEqual(['Ada Quill']);
    // Ada stays as she is now (her reply too); Nia, whom the import added untouched, is gone; Tomás stays.
    expect((await getPerson('li:ada-quill', db))!.status).toBe('replied');
    expect((await listForPerson('events', 'li:ada-quill', db)).map((e) => e.type).sort()).toEqual(['reply', 'saved', 'sent', 'status', 'status']);
    expect(await getPerson('p:nia', db)).toBeUndefined();
    expect(await listForPerson('drafts', 'p:nia', db)).toEqual([]);
    expect((await dumpAll(db)).people.map((p) => (p as { profile: { name: string } }).profile.name).sort()).toEqual(['Ada Quill', 'Tomás Ferreira']);
    expect((await getPreferences(db)).followUpDays).toBe(5);
  });

  it('reverts a person changed since too when the mentee chooses so', async () => {
    const { db, before } = await importedDb();
    await updatePerson('li:ada-quill', (p) => ({ ...p, notes: 'Typed after the import.' }), db);
    const last = await readLastImport({ units: true }, db);
    const ada = last!.units!.find((u) => u.label === 'Ada Quill')!;
    expect(ada.changedSince).toBe('changed since the import (their details)');
    await undoLastImport({ alsoRevert: [ada.id] }, db);
    expect(await data(db)).toEqual(before);
  });

  it('keeps a person the import added when records were saved for them since, unless chosen', async () => {
    const { db } = await importedDb();
    await logInteractionFor('p:nia', { type: 'note', at: plus(T0, 13), text: 'Follow up in May.', now: new Date(plus(T0, 13)) }, db);
    const last = await readLastImport({ units: true }, db);
    const nia = last!.units!.find((u) => u.label === 'Nia Okafor')!;
    expect(nia.changedSince).toMatch(/^changed since the import \(.*1 record added since\)$/);
    const result = await undoLastImport({}, db);
    expect(result.kept.map((u) => u.label)).toContain('Nia Okafor');
    expect(await getPerson('p:nia', db)).toBeDefined();
    expect((await listForPerson('events', 'p:nia', db)).map((e) => e.type)).toContain('note');
  });

  it('is replaced by the next import’s Undo', async () => {
    const { db } = await importedDb();
    const zed = makePerson({ id: 'p:zed', profileUrl: 'https://zed.example/', profile: { name: 'Zed Example' } });
    await applyImport(await planFor(db, contents({ people: [zed] })), { fileName: 'second.json', now: new Date(plus(T0, 13)) }, db);
    expect((await readLastImport({ units: true }, db))!.undo.fileName).toBe('second.json');
    await undoLastImport({}, db);
    expect(await getPerson('p:zed', db)).toBeUndefined();
    // The first import stays: only the last one can be undone.
    expect(await getPerson('p:nia', db)).toBeDefined();
    await expect(undoLastImport({}, db)).rejects.toThrow(/There is no import to undo/);
  });
});

describe('reflections and goals edited on both devices (issue #13)', () => {
  it('merges them record by record, keeps every wording, changes nothing the second time, and Undo puts them back', async () => {
    const { db } = await freshDb();
    const person = ada();
    const goalHere = makeGoal({ id: 'goal:first', goals: { summary: 'Grow into a staff role' }, updatedAt: plus(T0, 2) });
    const reflectionHere = makeReflection(person.id, T0, { id: 'r:ada', why: 'Clear advice.' });
    await seed(db, contents({ people: [person], reflections: [reflectionHere], goals: [goalHere] }));
    const before = await data(db);
    // The laptop edited the goal and the reflection later, and wrote a second goal.
    const file = contents({
      people: [person],
      reflections: [{ ...reflectionHere, why: 'Clear advice; she asks good questions.', updatedAt: plus(T0, 5) }],
      goals: [
        { ...goalHere, goals: { ...goalHere.goals, summary: 'Lead a platform team' }, updatedAt: plus(T0, 6) },
        makeGoal({ id: 'goal:talk', position: 1, goals: { summary: 'Speak at a conference' } }),
      ],
    });
    const plan = await planFor(db, file);
    expect([plan.kinds.reflections, plan.kinds.goals, plan.kinds.goalVersions]).toEqual([
      { add: 0, update: 1 },
      { add: 1, update: 1 },
      { add: 1, update: 0 },
    ]);
    expect(plan.details.join('\n')).toMatch(/the file's wording is newer .* the wording here is kept in its history/);
    await applyImport(plan, { fileName: 'laptop.json', now: new Date(NOW) }, db);

    expect((await listGoals(db)).map((g) => g.goals.summary)).toEqual(['Lead a platform team', 'Speak at a conference']);
    expect((await listGoalVersions('goal:first', db)).map((v) => [v.goals.summary, v.from, v.until])).toEqual([['Grow into a staff role', plus(T0, 2), plus(T0, 6)]]);
    const [reflection] = await listReflections(person.id, db);
    expect(reflection).toMatchObject({ id: 'r:ada', why: 'Clear advice; she asks good questions.\n\n— Written here before the import (2026-03-02):\nClear advice.' });

    // The same file again: everything in it is here already.
    const again = await planFor(db, file);
    expect(Object.values(again.put).every((list) => list.length === 0)).toBe(true);

    const result = await undoLastImport({}, db);
    expect(result.kept).toEqual([]);
    expect(result.reverted.map((u) => u.id).sort()).toEqual(['goal:goal:first', 'goal:goal:talk', `person:${person.id}`]);
    expect(await data(db)).toEqual(before);
  });
});
