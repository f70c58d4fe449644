import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planImportFromText } from '../../../utils/backup/import-plan';
import { openDatabase } from '../../../utils/db/database';
import { StorageProblem } from '../../../utils/db/errors';
import { getPerson, listPeople, updatePerson } from '../../../utils/db/people';
import { applyBulkWrite, dumpAll, listForPerson, type StoreDump } from '../../../utils/db/records';
import { getGoals, getPreferences, saveGoals, saveGoalsKeepingBoth, updatePreferences } from '../../../utils/db/settings';
import { saveGoal } from '../../../utils/db/goals';
import { deleteAllData, exportBackup, restoreAllData } from '../../../utils/db/backup';
import { applyImport, readImportBasis } from '../../../utils/db/import';
import { deleteMeeting, restoreMeeting, saveMeeting, toggleActionItem, updateMeeting, updateMeetingKeepingBoth } from '../../../utils/db/meetings';
import { BOTH_KEPT_MARK } from '../../../utils/tracking/edit-conflict';
import { mergeInDb, previewMerge, undoMerge } from '../../../utils/db/merge';
import { logInteractionFor, removeEvent, restoreEvent, setStatus, undoInteraction, undoStatusEvent } from '../../../utils/db/timeline';
import { readTrackingData } from '../../../utils/db/tracking-data';
import {
  makeActionItem,
  makeDraft,
  makeEvent,
  makeMeeting,
  makePageSection,
  makePerson,
  makeSnapshot,
  makeTemplate,
  plus,
  resetIds,
  T0,
} from '../builders';
import { closeDatabases, freshDb } from './helpers';

beforeEach(() => resetIds());
afterEach(closeDatabases);

const UTC = 'UTC';

/** Store contents in a stable order, so two dumps compare by content only. */
function sorted(dump: StoreDump): StoreDump {
  return Object.fromEntries(
    Object.entries(dump).map(([store, records]) => [store, [...records].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))]),
  ) as StoreDump;
}

async function seedSent(db: Awaited<ReturnType<typeof freshDb>>['db'], sentAt = T0) {
  const person = makePerson({ status: 'sent', lastActivityAt: sentAt, profileUrl: 'https://www.linkedin.com/in/ada-quill/' });
  const sent = makeEvent(person.id, 'sent', sentAt, { channel: 'message' });
  await applyBulkWrite({ put: { people: [person], events: [sent] } }, db);
  return { person, sent };
}

describe('setStatus and undoStatusEvent', () => {
  it('moves along the graph, records the event, and refuses other moves in words, storing nothing', async () => {
    const { db } = await freshDb();
    const person = makePerson();
    await applyBulkWrite({ put: { people: [person] } }, db);

    const { person: drafted, event } = await setStatus(person.id, 'drafted', { at: plus(T0, 1), now: new Date(plus(T0, 1)) }, db);
    expect(drafted.status).toBe('drafted');
    expect(event).toMatchObject({ type: 'status', from: 'saved', to: 'drafted' });
    expect(await listForPerson('events', person.id, db)).toEqual([event]);

    const before = await dumpAll(db);
    await expect(setStatus(person.id, 'mentoring', { at: plus(T0, 2) }, db)).rejects.toThrow(/does not usually lead to "Mentoring".*Correct by hand/);
    await expect(setStatus(person.id, 'drafted', { at: plus(T0, 2) }, db)).rejects.toBeInstanceOf(StorageProblem);
    expect(await dumpAll(db)).toEqual(before);

    const { event: manual } = await setStatus(person.id, 'mentoring', { at: plus(T0, 2), manual: true, note: 'We met at a conference' }, db);
    expect(manual).toMatchObject({ manual: true, from: 'drafted', to: 'mentoring', text: 'We met at a conference' });
  });

  it('offers "no reply" only once the follow-ups are used and the wait is over, judged from the stored timeline', async () => {
    const { db } = await freshDb();
    const { person } = await seedSent(db);
    await updatePreferences({ followUpDays: 7, maxFollowUps: 1 }, db);
    await expect(setStatus(person.id, 'no-reply', { at: plus(T0, 8), now: new Date(plus(T0, 8)), timeZone: UTC }, db)).rejects.toThrow(/Wait until the follow-ups/);
    await logInteractionFor(person.id, { type: 'follow-up', at: plus(T0, 8), channel: 'message', now: new Date(plus(T0, 8)) }, db);
    await expect(setStatus(person.id, 'no-reply', { at: plus(T0, 10), now: new Date(plus(T0, 10)), timeZone: UTC }, db)).rejects.toThrow(/Wait until/);
    const { person: after } = await setStatus(person.id, 'no-reply', { at: plus(T0, 15), now: new Date(plus(T0, 15)), timeZone: UTC }, db);
    expect(after.status).toBe('no-reply');
  });

  it('undo restores the earlier status and deletes the event; an older change is refused while a later one exists', async () => {
    const { db } = await freshDb();
    const { person } = await seedSent(db);
    const { event: replied } = await setStatus(person.id, 'replied', { at: plus(T0, 2) }, db);
    const { event: meeting } = await setStatus(person.id, 'meeting-scheduled', { at: plus(T0, 3) }, db);

    await expect(undoStatusEvent(person.id, replied.id, {}, db)).rejects.toThrow(/changed again later.*undo that change first/);
    expect((await getPerson(person.id, db))?.status).toBe('meeting-scheduled');

    await undoStatusEvent(person.id, meeting.id, { now: new Date(plus(T0, 4)) }, db);
    await undoStatusEvent(person.id, replied.id, { now: new Date(plus(T0, 4)) }, db);
    const after = await getPerson(person.id, db);
    expect(after).toMatchObject({ status: 'sent', lastActivityAt: T0 });
    expect((await listForPerson('events', person.id, db)).map((e) => e.type)).toEqual(['sent']);
    await expect(undoStatusEvent(person.id, replied.id, {}, db)).rejects.toThrow(/no longer on the timeline/);
  });
});

describe('interactions', () => {
  it('a reply logged for someone waiting moves them to "replied" with both events in one write', async () => {
    const { db } = await freshDb();
    const { person } = await seedSent(db);
    const { person: after, events } = await logInteractionFor(person.id, { type: 'reply', at: plus(T0, 3), channel: 'message', text: '  Happy to chat!  ' }, db);
    expect(after).toMatchObject({ status: 'replied', lastActivityAt: plus(T0, 3) });
    expect(events).toMatchObject([
      { type: 'reply', text: 'Happy to chat!', channel: 'message' },
      { type: 'status', from: 'sent', to: 'replied' },
    ]);
    expect(await listForPerson('events', person.id, db)).toHaveLength(3);
  });

  it('removing a note recomputes the last activity and Undo puts it back', async () => {
    const { db } = await freshDb();
    const { person } = await seedSent(db);
    const { events } = await logInteractionFor(person.id, { type: 'note', at: plus(T0, 5), text: 'Loved her talk' }, db);
    expect((await getPerson(person.id, db))?.lastActivityAt).toBe(plus(T0, 5));
    const removed = await removeEvent(person.id, events[0].id, {}, db);
    expect(removed.text).toBe('Loved her talk');
    expect((await getPerson(person.id, db))?.lastActivityAt).toBe(T0);
    await restoreEvent(removed, {}, db);
    expect((await getPerson(person.id, db))?.lastActivityAt).toBe(plus(T0, 5));
    expect((await listForPerson('events', person.id, db)).map((e) => e.type).sort()).toEqual(['note', 'sent']);
  });

  it('Undo of a logged interaction removes its events and puts the earlier status back', async () => {
    const { db } = await freshDb();
    const { person } = await seedSent(db);
    const before = await dumpAll(db);
    const { events } = await logInteractionFor(person.id, { type: 'reply', at: plus(T0, 3), text: 'Yes!' }, db);
    const after = await undoInteraction(person.id, events.map((e) => e.id), { now: new Date(plus(T0, 4)) }, db);
    expect(after).toMatchObject({ status: 'sent', lastActivityAt: T0 });
    const dump = await dumpAll(db);
    expect(dump.events).toEqual(before.events);
    await expect(undoInteraction(person.id, events.map((e) => e.id), {}, db)).rejects.toThrow(/already removed/);
  });

  it('refuses to undo an interaction whose status change was followed by another', async () => {
    const { db } = await freshDb();
    const { person } = await seedSent(db);
    const { events } = await logInteractionFor(person.id, { type: 'reply', at: plus(T0, 3) }, db);
    await setStatus(person.id, 'mentoring', { at: plus(T0, 4) }, db);
    const before = await dumpAll(db);
    await expect(undoInteraction(person.id, events.map((e) => e.id), {}, db)).rejects.toThrow(/changed again later/);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses to remove a status change (it has its own Undo)', async () => {
    const { db } = await freshDb();
    const { person, sent } = await seedSent(db);
    const { event } = await setStatus(person.id, 'replied', { at: plus(T0, 1) }, db);
    await expect(removeEvent(person.id, event.id, {}, db)).rejects.toThrow(/Only notes, replies and follow-ups/);
    await expect(removeEvent(person.id, sent.id, {}, db)).rejects.toThrow(/Only notes/);
  });
});

describe('meetings', () => {
  it('a new meeting logs a "meeting" event dated when it was arranged; editing it adds nothing', async () => {
    const { db } = await freshDb();
    const { person } = await seedSent(db);
    const now = new Date(plus(T0, 2));
    const meeting = makeMeeting(person.id, { startsAt: plus(T0, 20), actionItems: [makeActionItem({ due: '2026-03-30' })] });
    const saved = await saveMeeting(meeting, { now }, db);
    expect(saved.created).toBe(true);
    expect(saved.events).toMatchObject([
      { type: 'meeting', meetingId: meeting.id, at: now.toISOString() },
      { type: 'status', from: 'sent', to: 'meeting-scheduled' },
    ]);
    expect(await getPerson(person.id, db)).toMatchObject({ status: 'meeting-scheduled', lastActivityAt: now.toISOString() });

    const edited = await saveMeeting({ ...saved.meeting, notes: 'Bring the roadmap' }, { now: new Date(plus(T0, 3)) }, db);
    expect(edited).toMatchObject({ created: false, events: [] });
    expect(edited.meeting).toMatchObject({ notes: 'Bring the roadmap', createdAt: saved.meeting.createdAt, updatedAt: plus(T0, 3) });
    expect(await listForPerson('events', person.id, db)).toHaveLength(3);
  });

  it('ticks an action item on the stored meeting, and delete has an exact Undo', async () => {
    const { db } = await freshDb();
    const { person } = await seedSent(db);
    const item = makeActionItem();
    const { meeting } = await saveMeeting(makeMeeting(person.id, { actionItems: [item] }), { now: new Date(T0) }, db);
    // Another window edits the notes meanwhile: ticking must keep that edit.
    await openDatabase({ name: db.name, separate: true }).then(async (other) => {
      await saveMeeting({ ...meeting, notes: 'edited elsewhere' }, { now: new Date(plus(T0, 1)) }, other);
      other.close();
    });
    const ticked = await toggleActionItem(meeting.id, item.id, true, {}, db);
    expect(ticked).toMatchObject({ notes: 'edited elsewhere', actionItems: [{ id: item.id, done: true }] });

    const before = await dumpAll(db);
    const deleted = await deleteMeeting(meeting.id, db);
    expect(deleted.events.map((e) => e.type)).toEqual(['meeting']);
    expect(await listForPerson('meetings', person.id, db)).toEqual([]);
    await restoreMeeting(deleted, db);
    expect(sorted(await dumpAll(db))).toEqual(sorted(before));
  });
});

describe('goals edited in two windows at once (issue #9, item 5)', () => {
  const loaded = { summary: 'Move into engineering management', reasons: [], helpWanted: 'Advice on hiring', ask: { format: 'call' as const, minutes: 20 }, me: { name: 'Sam', intro: 'backend engineer' } };

  it('keep both versions of a free text both windows changed, and take the rest from the later save', async () => {
    const { db } = await freshDb();
    await saveGoals(loaded, db);
    const first = await saveGoalsKeepingBoth({ ...loaded, summary: 'Move into engineering management within a year' }, loaded, db);
    expect(first.bothKept).toEqual([]);
    // The second window loaded the same goals and changed the summary and the minutes.
    const second = await saveGoalsKeepingBoth({ ...loaded, summary: 'Lead a platform team', ask: { format: 'call', minutes: 30 } }, loaded, db);
    expect(second.bothKept).toEqual(['summary']);
    expect(second.goals.summary).toBe(`Move into engineering management within a year\n\n${BOTH_KEPT_MARK}\nLead a platform team`);
    expect(second.goals.ask.minutes).toBe(30);
    expect(await getGoals(db)).toEqual(second.goals);
  });

  it('say nothing when only one window changed a text, or on a first statement', async () => {
    const { db } = await freshDb();
    const stated = await saveGoalsKeepingBoth(loaded, null, db);
    expect(stated).toEqual({ goals: loaded, bothKept: [] });
    const edited = await saveGoalsKeepingBoth({ ...loaded, helpWanted: 'Advice on one-to-ones' }, loaded, db);
    expect(edited.bothKept).toEqual([]);
    expect(edited.goals.helpWanted).toBe('Advice on one-to-ones');
  });
});

describe('meeting edits', () => {
  it('apply only the changed fields to the stored meeting, keeping a box ticked elsewhere', async () => {
    const { db } = await freshDb();
    const { person } = await seedSent(db);
    const item = makeActionItem();
    const { meeting } = await saveMeeting(makeMeeting(person.id, { actionItems: [item] }), { now: new Date(T0) }, db);
    await toggleActionItem(meeting.id, item.id, true, {}, db);
    const edited = await updateMeeting(meeting.id, { notes: 'Talked about on-call', takeaways: ['Write things down'] }, { now: new Date(plus(T0, 1)) }, db);
    expect(edited).toMatchObject({ notes: 'Talked about on-call', takeaways: ['Write things down'], actionItems: [{ done: true }], createdAt: meeting.createdAt });
    await expect(updateMeeting(meeting.id, { durationMinutes: 1 }, {}, db)).rejects.toThrow();
    await expect(updateMeeting('m-missing', { notes: 'x' }, {}, db)).rejects.toThrow(/no longer saved/);
  });

  it('keep both versions of takeaways and notes changed in two windows at once (issue #9, item 5)', async () => {
    const { db } = await freshDb();
    const { person } = await seedSent(db);
    const { meeting } = await saveMeeting(makeMeeting(person.id, { takeaways: ['Ask for feedback early'], notes: 'Good call' }), { now: new Date(T0) }, db);
    // Window A saves first, from the meeting as both windows loaded it.
    const first = await updateMeetingKeepingBoth(meeting.id, { takeaways: ['Ask for feedback early', 'Write a brag document'] }, { base: meeting }, db);
    expect(first.bothKept).toEqual([]);
    // Window B started from the same meeting and changed the takeaways and the notes.
    const second = await updateMeetingKeepingBoth(
      meeting.id,
      { takeaways: ['Ask for feedback early', 'Pair with the tech lead'], notes: 'Great call' },
      { base: meeting },
      db,
    );
    expect(second.bothKept).toEqual(['takeaways']);
    expect(second.meeting.takeaways).toEqual(['Ask for feedback early', 'Write a brag document', BOTH_KEPT_MARK, 'Ask for feedback early', 'Pair with the tech lead']);
    // Nobody else changed the notes: this window's text simply replaces them.
    expect(second.meeting.notes).toBe('Great call');
    // Without a base (Undo), the patch replaces as before.
    const undone = await updateMeeting(meeting.id, { takeaways: ['Ask for feedback early'] }, {}, db);
    expect(undone.takeaways).toEqual(['Ask for feedback early']);
  });
});

describe('readTrackingData', () => {
  it('reads people, timelines, meetings, templates and preferences together, skipping unreadable records', async () => {
    const { db } = await freshDb();
    const { person } = await seedSent(db);
    await applyBulkWrite({ put: { meetings: [makeMeeting(person.id)], templates: [makeTemplate()] } }, db);
    await db.put('people', { id: 'broken' } as never);
    const data = await readTrackingData(db);
    expect(data).toMatchObject({ unreadable: 1, preferences: { followUpDays: 7 } });
    expect(data.people.map((p) => p.id)).toEqual([person.id]);
    expect([data.events.length, data.meetings.length, data.templates.length]).toEqual([1, 1, 1]);
  });
});

describe('merge', () => {
  it('moves everything to the survivor in one write, returns the warnings, and Undo splits them back exactly', async () => {
    const { db } = await freshDb();
    const linkedIn = makePerson({ id: 'li:ada-quill', profileUrl: 'https://www.linkedin.com/in/ada-quill/', status: 'sent', notes: 'From LinkedIn' });
    const site = makePerson({ profileUrl: 'https://ada.example/about', status: 'replied', notes: 'From her site', tags: ['platform'] });
    const snapshot = makeSnapshot(site.id);
    await applyBulkWrite(
      {
        put: {
          people: [linkedIn, site],
          snapshots: [snapshot],
          pageSections: [makePageSection(snapshot)],
          events: [makeEvent(site.id, 'reply', plus(T0, 1), { text: 'Sure' })],
          drafts: [makeDraft(site.id)],
          meetings: [makeMeeting(site.id)],
        },
      },
      db,
    );
    const before = await dumpAll(db);
    const preview = await previewMerge(site.id, linkedIn.id, new Date(plus(T0, 2)), {}, db);
    expect(preview).toMatchObject({ ok: true, survivor: { id: 'li:ada-quill', status: 'replied' } });
    expect(await dumpAll(db)).toEqual(before);

    const { survivor, warnings, undo } = await mergeInDb(site.id, linkedIn.id, new Date(plus(T0, 2)), {}, db);
    expect(warnings).toEqual([]);
    expect(survivor).toMatchObject({ id: 'li:ada-quill', status: 'replied', otherUrls: ['https://ada.example/about'], tags: ['platform'] });
    expect((await listPeople(db)).people.map((p) => p.id)).toEqual(['li:ada-quill']);
    for (const store of ['events', 'drafts', 'meetings'] as const) {
      expect((await listForPerson(store, survivor.id, db)).length).toBeGreaterThan(0);
    }
    expect(await db.getAllFromIndex('snapshots', 'personId', site.id)).toEqual([]);

    await undoMerge(undo, db);
    expect(sorted(await dumpAll(db))).toEqual(sorted(before));
  });

  it('refuses to undo once the merged record changed again', async () => {
    const { db } = await freshDb();
    const a = makePerson({ profileUrl: 'https://a.example/' });
    const b = makePerson({ profileUrl: 'https://b.example/' });
    await applyBulkWrite({ put: { people: [a, b] } }, db);
    const { survivor, undo } = await mergeInDb(a.id, b.id, new Date(plus(T0, 1)), {}, db);
    await updatePerson(survivor.id, (p) => ({ ...p, notes: 'later', updatedAt: plus(T0, 2) }), db);
    await expect(undoMerge(undo, db)).rejects.toThrow(/changed after the merge/);
  });

  it('keeps the record the mentee picked, even when the survivor takes over the other’s profile address', async () => {
    const { db } = await freshDb();
    const byHand = makePerson({ createdAt: T0 });
    const site = makePerson({ profileUrl: 'https://cleo.example/', createdAt: plus(T0, 1) });
    await applyBulkWrite({ put: { people: [byHand, site] } }, db);
    const { survivor } = await mergeInDb(byHand.id, site.id, new Date(plus(T0, 2)), { keepId: byHand.id }, db);
    expect(survivor).toMatchObject({ id: byHand.id, profileUrl: 'https://cleo.example/' });
  });
});

describe('backup, import and delete all', () => {
  async function seedEverything(db: Awaited<ReturnType<typeof freshDb>>['db']) {
    const ada = makePerson({ id: 'li:ada-quill', profileUrl: 'https://www.linkedin.com/in/ada-quill/', status: 'sent', notes: 'Met at a meetup' });
    const cleo = makePerson({ profileUrl: 'https://cleo.example/about', tags: ['design'] });
    const snapshot = makeSnapshot(ada.id);
    await applyBulkWrite(
      {
        put: {
          people: [ada, cleo],
          snapshots: [snapshot],
          pageSections: [makePageSection(snapshot)],
          events: [makeEvent(ada.id, 'saved', T0), makeEvent(ada.id, 'sent', plus(T0, 1), { channel: 'message', draftId: 'd-x' })],
          drafts: [makeDraft(ada.id)],
          meetings: [makeMeeting(ada.id, { actionItems: [makeActionItem({ due: '2026-04-03' })], questions: ['How did you start?'] })],
          templates: [makeTemplate()],
        },
      },
      db,
    );
    await saveGoal({ summary: 'Move into engineering management', reasons: ['career-advancement'], helpWanted: '', ask: { format: 'call', minutes: 20 } }, { now: new Date(T0) }, db);
    await updatePreferences({ followUpDays: 5 }, db);
  }

  it('export → delete all → import gives back identical data', async () => {
    const { db } = await freshDb();
    await seedEverything(db);
    const exported = await exportBackup(new Date(plus(T0, 3)), db);
    expect(exported.leftOut).toEqual([]);
    expect(exported.fileName).toBe('mentor-scout-backup-2026-03-05.json');
    expect((await getPreferences(db)).lastExportAt).toBe(plus(T0, 3));
    const afterExport = await dumpAll(db);

    const deleted = await deleteAllData(db);
    expect(deleted).toEqual(afterExport);
    expect(Object.values(await dumpAll(db)).every((records) => records.length === 0)).toBe(true);

    const plan = planImportFromText(await readImportBasis(db), exported.text, { now: plus(T0, 4) });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.counts).toEqual({ add: 2, update: 0, skip: 0 });
    await applyImport(plan, { restoreSettings: true }, db);
    // Everything is back, and beside it the import's Undo (kept in settings until the next import).
    const restored = await dumpAll(db);
    expect(restored.settings.map((s) => (s as { key: string }).key)).toContain('lastImport');
    restored.settings = restored.settings.filter((s) => (s as { key: string }).key !== 'lastImport');
    expect(sorted(restored)).toEqual(sorted(afterExport));
  });

  it('leaves the settings here unless "also restore settings" is ticked', async () => {
    const { db } = await freshDb();
    await seedEverything(db);
    const { text } = await exportBackup(new Date(plus(T0, 3)), db);
    await deleteAllData(db);
    await updatePreferences({ followUpDays: 9 }, db);
    const plan = planImportFromText(await readImportBasis(db), text, { now: plus(T0, 4) });
    if (!plan.ok) throw new Error(plan.error);
    await applyImport(plan, {}, db);
    expect((await getPreferences(db)).followUpDays).toBe(9);
    expect(await db.get('settings', 'goals')).toBeUndefined();
    expect((await listPeople(db)).people).toHaveLength(2);
  });

  it('refuses a plan made before the people it writes changed, importing nothing', async () => {
    const { db } = await freshDb();
    await seedEverything(db);
    const { text } = await exportBackup(new Date(plus(T0, 3)), db);
    const { people } = await listPeople(db);
    // The file's copy of Ada is made newer so the plan updates her.
    const newer = text.replace(/"updatedAt": "2026-03-02T09:00:00.000Z",\n {6}"lastActivityAt"/, '"updatedAt": "2026-03-05T21:00:00.000Z",\n      "lastActivityAt"');
    const plan = planImportFromText(await readImportBasis(db), newer, { now: plus(T0, 4) });
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.counts.update).toBeGreaterThan(0);
    await updatePerson('li:ada-quill', (p) => ({ ...p, notes: 'changed meanwhile', updatedAt: plus(T0, 5) }), db);
    const before = await dumpAll(db);
    await expect(applyImport(plan, {}, db)).rejects.toThrow(/changed while you were reviewing/);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('delete all hands back everything, and Undo restores it exactly', async () => {
    const { db } = await freshDb();
    await seedEverything(db);
    const before = await dumpAll(db);
    const deleted = await deleteAllData(db);
    expect((await listPeople(db)).people).toEqual([]);
    expect(await restoreAllData(deleted, {}, db)).toEqual({ damaged: 0 });
    expect(sorted(await dumpAll(db))).toEqual(sorted(before));
  });
});

describe('two pages at once', () => {
  it('two connections changing the same person at once lose neither change', async () => {
    const { db, name } = await freshDb();
    const { person } = await seedSent(db);
    const sidePanel = await openDatabase({ name, separate: true });
    const popup = await openDatabase({ name, separate: true });
    await Promise.all([
      setStatus(person.id, 'replied', { at: plus(T0, 2) }, sidePanel),
      logInteractionFor(person.id, { type: 'note', at: plus(T0, 3), text: 'Ask about the book' }, popup),
      updatePerson(person.id, (p) => ({ ...p, tags: [...p.tags, 'platform'] }), popup),
      logInteractionFor(person.id, { type: 'follow-up', at: plus(T0, 1), channel: 'message' }, sidePanel),
    ]);
    const after = await getPerson(person.id, db);
    expect(after).toMatchObject({ status: 'replied', tags: ['platform'], lastActivityAt: plus(T0, 3) });
    expect((await listForPerson('events', person.id, db)).map((e) => e.type).sort()).toEqual(['follow-up', 'note', 'sent', 'status']);
    sidePanel.close();
    popup.close();
  });
});
