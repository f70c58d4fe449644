// Issue #9, items 1–4: a backup made on another device (the laptop) imported here (the desktop),
// where both went on being used. Records are merged one by one: the newer copy of each is kept
// and nothing written in the other is lost; a person's main profile address is who they are; ids
// already used here by someone else are never taken over; times in the future are refused; and
// the plan shows every kind of record it writes, templates included. Everything here is invented.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, type Backup, type BackupContents } from '../../../utils/backup/backup-format';
import { planImport, type ExistingData, type ImportPlan } from '../../../utils/backup/import-plan';
import { BUILT_IN_TEMPLATES } from '../../../utils/drafting/templates';
import { RECORD_SCHEMAS, type RecordKind } from '../../../utils/schema/records';
import { makeDraft, makeEvent, makeMeeting, makePageSection, makePerson, makeSnapshot, makeStatusEvent, makeTemplate, plus, resetIds, T0 } from '../builders';

beforeEach(() => resetIds());

const EXPORTED_AT = plus(T0, 10);
const NOW = plus(T0, 12);
const SOURCE = 'the backup exported on 2026-03-12';

function backupOf(contents: Partial<BackupContents>): Backup {
  const full: BackupContents = { people: [], snapshots: [], pageSections: [], events: [], drafts: [], meetings: [], templates: [], reflections: [], goals: [], goalVersions: [], settings: {}, ...contents };
  const parsed = parseBackup(serializeBackup(full, EXPORTED_AT).text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

/** What is saved here, as readImportBasis reads it. */
function here(contents: Partial<BackupContents>): ExistingData {
  return {
    people: contents.people ?? [],
    templates: contents.templates ?? [],
    events: contents.events ?? [],
    drafts: contents.drafts ?? [],
    meetings: contents.meetings ?? [],
    snapshotOwners: new Map((contents.snapshots ?? []).map((s) => [s.id, s.personId])),
    pageSectionOwners: new Map((contents.pageSections ?? []).map((s) => [s.snapshotId, s.personId])),
  };
}

function plan(existing: ExistingData, file: Backup): Extract<ImportPlan, { ok: true }> {
  let n = 0;
  const result = planImport(existing, { kind: 'backup', backup: file }, { now: NOW, newId: (prefix) => `${prefix}:new-${++n}` });
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** The same person on both devices, as first saved (before either device changed them). */
function ada() {
  return makePerson({ id: 'li:ada-quill', profileUrl: 'https://www.linkedin.com/in/ada-quill/', status: 'drafted', notes: 'Met at the platform meetup.', profile: { name: 'Ada Quill', source: 'linkedin' } });
}

describe('both devices changed the same records', () => {
  it('keeps the draft saved here in its history when the file’s copy is newer (the issue’s repro)', () => {
    const person = ada();
    const original = makeDraft(person.id, { id: 'd:ada', text: 'First wording.', updatedAt: T0 });
    // Desktop: the mentee rewrote the draft on day 5 (the first wording went into its history).
    const desktop = { ...original, text: 'Desktop wording, day 5.', updatedAt: plus(T0, 5), history: [{ at: T0, subject: '', text: 'First wording.' }] };
    // Laptop: rewrote it on day 8, so the file's copy is newer, and the person was touched later there too.
    const laptop = { ...original, text: 'Laptop wording, day 8.', updatedAt: plus(T0, 8), history: [{ at: T0, subject: '', text: 'First wording.' }] };
    const laptopPerson = { ...person, updatedAt: plus(T0, 8) };
    const result = plan(here({ people: [person], drafts: [desktop] }), backupOf({ people: [laptopPerson], drafts: [laptop] }));

    expect(result.put.drafts).toEqual([
      {
        ...laptop,
        history: [
          { at: T0, subject: '', text: 'First wording.' },
          { at: plus(T0, 5), subject: '', text: 'Desktop wording, day 5.', from: 'this browser, before the import' },
        ],
      },
    ]);
    expect(result.replaces.drafts).toEqual([desktop]);
    expect(result.kinds.drafts).toEqual({ add: 0, update: 1 });
    expect(result.rows[0]!.reason).toContain("Draft (message): the file's wording is newer and replaces the one here, which is kept in the draft’s history.");
  });

  it('keeps the newer draft saved here and puts the file’s wording in its history, marked with the backup', () => {
    const person = ada();
    const desktop = makeDraft(person.id, { id: 'd:ada', text: 'Desktop wording, day 9.', updatedAt: plus(T0, 9) });
    const laptop = { ...desktop, text: 'Laptop wording, day 6.', updatedAt: plus(T0, 6) };
    const result = plan(here({ people: [person], drafts: [desktop] }), backupOf({ people: [person], drafts: [laptop] }));
    expect(result.put.drafts).toEqual([{ ...desktop, history: [{ at: plus(T0, 6), subject: '', text: 'Laptop wording, day 6.', from: SOURCE }] }]);
    expect(result.rows[0]).toMatchObject({ action: 'update', reason: expect.stringContaining(`the file's wording is kept in the draft’s history, marked as from ${SOURCE}`) });
  });

  it('keeps both notes when they differ, dated, and says so', () => {
    const person = ada();
    const desktop = { ...person, notes: 'Prefers email. (desktop)', updatedAt: plus(T0, 4) };
    const laptop = { ...person, notes: 'Asked about staff roles. (laptop)', status: 'sent' as const, updatedAt: plus(T0, 7) };
    const result = plan(here({ people: [desktop] }), backupOf({ people: [laptop], events: [makeStatusEvent(person.id, 'drafted', 'sent', plus(T0, 7))] }));
    expect(result.put.people).toEqual([{ ...laptop, notes: 'Asked about staff roles. (laptop)\n\n— Notes saved here before the import (changed 2026-03-06):\nPrefers email. (desktop)' }]);
    expect(result.rows[0]!.reason).toBe(
      "The file's copy is newer (changed 2026-03-09; the copy here 2026-03-06): it replaces the status (Request drafted → Request sent). The notes differ: both are kept, the older below the newer with its date. Adds 1 timeline entry. Matched by profile address https://www.linkedin.com/in/ada-quill/.",
    );
  });

  it('keeps the notes here first when the copy here is newer, with the file’s below, dated by the backup', () => {
    const person = ada();
    const desktop = { ...person, notes: 'Desktop notes.', updatedAt: plus(T0, 9) };
    const laptop = { ...person, notes: 'Laptop notes.', updatedAt: plus(T0, 6) };
    const result = plan(here({ people: [desktop] }), backupOf({ people: [laptop] }));
    expect(result.put.people[0]!.notes).toBe(`Desktop notes.\n\n— Notes from ${SOURCE} (changed 2026-03-08):\nLaptop notes.`);
    expect(result.rows[0]!.reason).toMatch(/^The copy saved here is as new or newer \(changed 2026-03-11; the file's copy 2026-03-08\), so its details are kept\. The notes differ: both are kept/);
  });

  it('joins a meeting’s questions, takeaways and notes from both copies', () => {
    const person = ada();
    const base = makeMeeting(person.id, { id: 'm:1', startsAt: plus(T0, 20) });
    const desktop = { ...base, questions: ['How do you pick projects?'], notes: 'Desktop prep.', updatedAt: plus(T0, 3) };
    const laptop = { ...base, questions: ['How do you pick projects?', 'What would you do differently?'], takeaways: ['Write RFCs'], notes: 'Laptop prep.', updatedAt: plus(T0, 5) };
    const result = plan(here({ people: [person], meetings: [desktop] }), backupOf({ people: [person], meetings: [laptop] }));
    expect(result.put.meetings).toEqual([
      { ...laptop, notes: 'Laptop prep.\n\n— Notes saved here before the import (changed 2026-03-05):\nDesktop prep.' },
    ]);
    expect(result.rows[0]!.reason).toContain("Meeting of 2026-03-22: the file's copy is newer and replaces the one here; questions, takeaways and action items of both are kept, and both notes");
  });

  it('importing the same file again changes nothing', () => {
    const person = ada();
    const desktop = { ...person, notes: 'Desktop notes.', updatedAt: plus(T0, 9) };
    const draftHere = makeDraft(person.id, { id: 'd:ada', text: 'Desktop wording.', updatedAt: plus(T0, 9) });
    const file = backupOf({ people: [{ ...person, notes: 'Laptop notes.', updatedAt: plus(T0, 6) }], drafts: [{ ...draftHere, text: 'Laptop wording.', updatedAt: plus(T0, 6) }] });
    const first = plan(here({ people: [desktop], drafts: [draftHere] }), file);
    const second = plan(here({ people: first.put.people, drafts: first.put.drafts }), file);
    expect(second.counts).toEqual({ add: 0, update: 0, skip: 1 });
    expect(second.put).toEqual({ people: [], snapshots: [], pageSections: [], events: [], drafts: [], meetings: [], templates: [], reflections: [], goals: [], goalVersions: [] });
  });
});

describe('only one device changed', () => {
  it('the file’s newer copy replaces an unchanged one here, naming exactly what it replaces', () => {
    const person = ada();
    const laptop = { ...person, profile: { ...person.profile, headline: 'Staff engineer' }, tags: ['platform'], updatedAt: plus(T0, 6) };
    const result = plan(here({ people: [person] }), backupOf({ people: [laptop] }));
    expect(result.put.people).toEqual([laptop]);
    expect(result.rows[0]!.reason).toBe(
      "The file's copy is newer (changed 2026-03-08; the copy here 2026-03-02): it replaces the headline and tags. Matched by profile address https://www.linkedin.com/in/ada-quill/.",
    );
  });

  it('a record changed only here is kept, and nothing of the older file is written', () => {
    const person = ada();
    const draft = makeDraft(person.id, { id: 'd:ada', text: 'First wording.' });
    const desktop = { ...draft, text: 'Better wording.', updatedAt: plus(T0, 4), history: [{ at: T0, subject: '', text: 'First wording.' }] };
    const result = plan(here({ people: [{ ...person, updatedAt: plus(T0, 4) }], drafts: [desktop] }), backupOf({ people: [person], drafts: [draft] }));
    expect(result.counts).toEqual({ add: 0, update: 0, skip: 1 });
    expect(result.put.drafts).toEqual([]);
  });

  it('records the file adds to a person whose copy here is newer are still added', () => {
    const person = ada();
    const reply = makeEvent(person.id, 'reply', plus(T0, 5), { id: 'ev:reply', text: 'Happy to talk.' });
    const result = plan(here({ people: [{ ...person, updatedAt: plus(T0, 9) }] }), backupOf({ people: [person], events: [reply] }));
    expect(result.put.events).toEqual([reply]);
    expect(result.rows[0]).toMatchObject({ action: 'update', reason: expect.stringContaining('Adds 1 timeline entry.') });
  });

  it('a status changed by the file without a status entry gets one, so the timeline says it', () => {
    const person = ada();
    const result = plan(here({ people: [person] }), backupOf({ people: [{ ...person, status: 'replied', updatedAt: plus(T0, 6) }] }));
    expect(result.put.events).toEqual([{ id: 'ev:new-1', personId: person.id, type: 'status', at: NOW, from: 'drafted', to: 'replied', text: `Changed by importing ${SOURCE}` }]);
  });
});

describe('the same ids for different people', () => {
  it('a new person’s records whose ids are another person’s here get new ids, shown in the plan', () => {
    const kofi = makePerson({ id: 'p:kofi', profileUrl: 'https://kofi.example/about', status: 'sent', profile: { name: 'Kofi Mensah' } });
    const kofiSnap = makeSnapshot(kofi.id, { id: 'snap:1' });
    const stored = {
      people: [kofi],
      snapshots: [kofiSnap],
      pageSections: [makePageSection(kofiSnap)],
      events: [makeEvent(kofi.id, 'sent', plus(T0, 1), { id: 'ev:1', draftId: 'd:1' })],
      drafts: [makeDraft(kofi.id, { id: 'd:1' })],
    };
    const nia = makePerson({ id: 'p:nia', profileUrl: 'https://nia.example/', profile: { name: 'Nia Okafor' } });
    const niaSnap = makeSnapshot(nia.id, { id: 'snap:1' });
    const file = backupOf({
      people: [nia],
      snapshots: [niaSnap],
      pageSections: [makePageSection(niaSnap, { content: 'Nia’s page.' })],
      events: [makeEvent(nia.id, 'sent', plus(T0, 2), { id: 'ev:1', draftId: 'd:1' })],
      drafts: [makeDraft(nia.id, { id: 'd:1', text: 'Hello Nia.' })],
    });
    const result = plan(here(stored), file);
    expect(result.rows).toEqual([
      {
        row: 1,
        name: 'Nia Okafor',
        action: 'add',
        reason:
          'New: not saved here yet. With 1 snapshot, 1 saved page section, 1 timeline entry and 1 draft. New ids for records whose ids are already used here: snapshot snap:1 → snap:new-1; draft d:1 → d:new-2; timeline entry ev:1 → ev:new-3.',
        personId: 'p:nia',
      },
    ]);
    // Kofi's records are not in the plan at all; Nia's follow her new ids, her event points at her draft.
    expect(result.put.snapshots.map((s) => [s.id, s.personId])).toEqual([['snap:new-1', 'p:nia']]);
    expect(result.put.pageSections.map((s) => [s.snapshotId, s.personId, s.content])).toEqual([['snap:new-1', 'p:nia', 'Nia’s page.']]);
    expect(result.put.drafts.map((d) => [d.id, d.personId])).toEqual([['d:new-2', 'p:nia']]);
    expect(result.put.events.map((e) => [e.id, e.personId, e.draftId])).toEqual([['ev:new-3', 'p:nia', 'd:new-2']]);
    expect(result.replaces).toEqual({ people: [], drafts: [], meetings: [], templates: [], reflections: [], goals: [] });
  });

  it('a person whose id is taken here by someone with another address is a different person, with a new id', () => {
    const stored = makePerson({ id: 'p:x1', profileUrl: 'https://kofi.example/about', profile: { name: 'Kofi Mensah' } });
    const other = makePerson({ id: 'p:x1', profileUrl: 'https://tomas.example/', profile: { name: 'Tomás Ferreira' } });
    const result = plan(here({ people: [stored] }), backupOf({ people: [other] }));
    expect(result.rows[0]).toMatchObject({ action: 'add', personId: 'p:new-1', reason: expect.stringContaining("Its id p:x1 is already Kofi Mensah's here (https://kofi.example/about), a different person, so it is added with the id p:new-1.") });
    expect(result.put.people.map((p) => [p.id, p.profileUrl])).toEqual([['p:new-1', 'https://tomas.example/']]);
  });
});

describe('a foreign profile address', () => {
  it('a LinkedIn member’s id with another member’s address is that other member, saved apart (the issue’s repro)', () => {
    const stored = ada();
    const mallory = makePerson({ id: 'li:ada-quill', profileUrl: 'https://www.linkedin.com/in/mallory-example/', status: 'saved', notes: 'Replaced.', profile: { name: 'Mallory Example', source: 'linkedin' }, updatedAt: plus(T0, 9) });
    const result = plan(here({ people: [stored] }), backupOf({ people: [mallory] }));
    expect(result.rows[0]).toMatchObject({ action: 'add', personId: 'li:mallory-example' });
    expect(result.put.people).toEqual([{ ...mallory, id: 'li:mallory-example' }]);
    // Ada is not touched: not her name, notes, status or addresses.
    expect(result.replaces.people).toEqual([]);
  });

  it('another address joins a saved person only when the file carries the merge that put it there', () => {
    const stored = ada();
    const withForeign = { ...stored, otherUrls: ['https://www.linkedin.com/in/mallory-example/'], updatedAt: plus(T0, 6) };
    const unproven = plan(here({ people: [stored] }), backupOf({ people: [withForeign] }));
    expect(unproven.put.people.map((p) => p.otherUrls)).toEqual([[]]);
    expect(unproven.rows[0]!.reason).toContain('Leaves out the other address https://www.linkedin.com/in/mallory-example/: the file has no record of merging it into this person.');

    const merged = makeEvent(stored.id, 'merged', plus(T0, 6), { text: 'Merged with the record of Ada Q. (https://www.linkedin.com/in/mallory-example/).' });
    const proven = plan(here({ people: [stored] }), backupOf({ people: [withForeign], events: [merged] }));
    expect(proven.put.people.map((p) => p.otherUrls)).toEqual([['https://www.linkedin.com/in/mallory-example/']]);
    expect(proven.rows[0]!.reason).toContain('Adds the other address https://www.linkedin.com/in/mallory-example/ (merged into this person where the file was made).');
  });

  it('an address that is another saved person’s is never added to someone else', () => {
    const stored = ada();
    const kofi = makePerson({ id: 'p:kofi', profileUrl: 'https://kofi.example/about', profile: { name: 'Kofi Mensah' } });
    // The file says Ada's address was merged into Kofi: he is still matched by his own main address, and hers stays hers.
    const fileKofi = { ...kofi, otherUrls: [stored.profileUrl!], updatedAt: plus(T0, 3) };
    const merged = makeEvent(kofi.id, 'merged', plus(T0, 3), { text: `Merged with the record of Ada Quill (${stored.profileUrl}).` });
    const result = plan(here({ people: [stored, kofi] }), backupOf({ people: [fileKofi], events: [merged] }));
    expect(result.rows[0]).toMatchObject({ personId: 'p:kofi', reason: expect.stringContaining("Leaves out the other address https://www.linkedin.com/in/ada-quill/: it is Ada Quill's address here.") });
    expect(result.put.people.every((p) => p.otherUrls.length === 0)).toBe(true);
  });

  it('a photo is shown only when this browser chose so, whatever the file says', () => {
    const stored = ada();
    const fileCopy = { ...stored, showPhoto: true, profile: { ...stored.profile, photoUrl: 'https://tracker.example/p.jpg' }, updatedAt: plus(T0, 3) };
    const newcomer = makePerson({ id: 'p:zed', profileUrl: 'https://zed.example/', showPhoto: true });
    const result = plan(here({ people: [stored] }), backupOf({ people: [fileCopy, newcomer] }));
    expect(result.put.people.map((p) => p.showPhoto)).toEqual([false, false]);
  });
});

describe('times in the future', () => {
  it('refuses record times later than tomorrow, naming each row and field', () => {
    const person = makePerson({ id: 'p:a', updatedAt: '2030-01-01T00:00:00.000Z' });
    const file = backupOf({
      people: [person],
      events: [makeEvent(person.id, 'note', '2031-02-03T00:00:00.000Z')],
      drafts: [makeDraft(person.id, { history: [{ at: '2032-01-01T00:00:00.000Z', subject: '', text: 'x' }] })],
      snapshots: [makeSnapshot(person.id, { capturedAt: '2030-05-05T00:00:00.000Z' })],
      templates: [makeTemplate({ updatedAt: '2030-06-06T00:00:00.000Z' })],
    });
    const result = planImport(here({}), { kind: 'backup', backup: file }, { now: NOW });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        'Row 1 (people[0]): updatedAt 2030-01-01T00:00:00.000Z is in the future (later than 2026-03-15), so it cannot be right.',
        'Row 1 (snapshots[0]): capturedAt 2030-05-05T00:00:00.000Z is in the future (later than 2026-03-15), so it cannot be right.',
        'Row 1 (events[0]): at 2031-02-03T00:00:00.000Z is in the future (later than 2026-03-15), so it cannot be right.',
        'Row 1 (drafts[0]): history[0].at 2032-01-01T00:00:00.000Z is in the future (later than 2026-03-15), so it cannot be right.',
        'Row 1 (templates[0]): updatedAt 2030-06-06T00:00:00.000Z is in the future (later than 2026-03-15), so it cannot be right.',
      ],
    });
  });

  it('accepts a meeting that starts next month, an action item due next year, and a time within a day from now', () => {
    const person = makePerson({ id: 'p:a', updatedAt: plus(NOW, 0, 20) });
    const meeting = makeMeeting(person.id, { startsAt: plus(NOW, 30), actionItems: [{ id: 'ai:1', text: 'Read the RFC', due: '2027-06-01', done: false }] });
    expect(planImport(here({}), { kind: 'backup', backup: backupOf({ people: [person], meetings: [meeting] }) }, { now: NOW }).ok).toBe(true);
  });

  it('refuses a file exported in the future', () => {
    const text = serializeBackup({ people: [], snapshots: [], pageSections: [], events: [], drafts: [], meetings: [], templates: [], reflections: [], goals: [], goalVersions: [], settings: {} }, '2030-01-01T00:00:00.000Z').text;
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(planImport(here({}), { kind: 'backup', backup: parsed.backup }, { now: NOW })).toMatchObject({ ok: false, error: expect.stringMatching(/^The file: exportedAt 2030-01-01T00:00:00.000Z is in the future/) });
  });
});

describe('every kind of record the import writes is in the plan', () => {
  it('a newer built-in template is shown with the wording it brings, and counted', () => {
    const builtIn = BUILT_IN_TEMPLATES[0]!;
    const hostile = { ...builtIn, builtIn: true, body: 'Send me your password {name}', updatedAt: plus(T0, 5) };
    const result = plan(here({}), backupOf({ templates: [hostile] }));
    expect(result.kinds.templates).toEqual({ add: 1, update: 0 });
    expect(result.details).toEqual([`Built-in template “${builtIn.name}”: the file's edited wording replaces the original one here: “Send me your password {name}”.`]);

    const edited = { ...hostile, body: 'My own edit.', updatedAt: plus(T0, 2) };
    const replacing = plan(here({ templates: [edited] }), backupOf({ templates: [hostile] }));
    expect(replacing.kinds.templates).toEqual({ add: 0, update: 1 });
    expect(replacing.replaces.templates).toEqual([edited]);
    expect(replacing.details[0]).toMatch(/replaces its wording with “Send me your password \{name\}”\.$/);
  });

  it('counts what it writes of every kind, and every record it writes is valid', () => {
    const person = ada();
    const snap = makeSnapshot(person.id);
    const file = backupOf({
      people: [person],
      snapshots: [snap],
      pageSections: [makePageSection(snap)],
      events: [makeEvent(person.id, 'saved', T0)],
      drafts: [makeDraft(person.id)],
      meetings: [makeMeeting(person.id)],
      templates: [makeTemplate({ id: 'tpl:mine' })],
    });
    const result = plan(here({}), file);
    const counted = Object.fromEntries(Object.entries(result.kinds).map(([kind, c]) => [kind, c.add + c.update]));
    expect(counted).toEqual(Object.fromEntries(Object.entries(result.put).map(([kind, list]) => [kind, list.length])));
    expect(counted).toEqual({ people: 1, snapshots: 1, pageSections: 1, events: 1, drafts: 1, meetings: 1, templates: 1, reflections: 0, goals: 0, goalVersions: 0 });
    for (const [kind, list] of Object.entries(result.put) as [RecordKind, unknown[]][]) {
      for (const record of list) expect(RECORD_SCHEMAS[kind].safeParse(record).success).toBe(true);
    }
  });

  it('an empty backup says that it adds nothing', () => {
    expect(plan(here({}), backupOf({})).warnings).toEqual(['This backup holds no people and no templates, so importing it adds nothing (it may come from a fresh install).']);
  });
});
