// Database operations behind the tracking screens: status changes and their undo, logged
// interactions, meetings, merges, backup export/import and "delete all my data". Each is ONE
// transaction that reads the stored record and derives the change from it, so two windows acting on
// the same person at once both keep their change, and a refused or failed change stores nothing.
// The rules themselves live in utils/tracking and utils/backup; this file only reads, applies and
// writes.
import type { IDBPTransaction } from 'idb';
import type { ImportPlan } from '../backup/import-plan';
import { backupFileName, serializeBackup, type BackupContents } from '../backup/backup-format';
import type { Channel } from '../schema/channel';
import { templateSchema, type Template } from '../schema/draft';
import { timelineEventSchema, type TimelineEvent } from '../schema/event';
import { meetingSchema, type Meeting } from '../schema/meeting';
import { personSchema, type Person } from '../schema/person';
import { preferencesSchema, type Preferences } from '../schema/preferences';
import type { Status } from '../schema/status';
import { isReadyForNoReply } from '../tracking/followups';
import { logInteraction, type InteractionInput } from '../tracking/interactions';
import { mergePeople, type MergeResult, type PersonRecords } from '../tracking/merge';
import { changeStatus, lastActivityFrom, undoStatusChange } from '../tracking/status';
import { announceChange, inTransaction, openDatabase, type MentorScoutDb } from './database';
import { StorageProblem, withStorageErrors } from './errors';
import { listPeople, updatePerson, type PersonChange } from './people';
import { applyBulkWrite, dumpAll, type BulkWrite, type StoreDump } from './records';
import { ALL_STORES, type MentorScoutSchema, type SettingRecord } from './schema';
import { updatePreferences } from './settings';
import { RECORD_SCHEMAS } from '../schema/records';

const GONE = 'This person is no longer saved (deleted in another window?), so nothing was changed.';

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function readPreferences(value: unknown): Preferences {
  const parsed = preferencesSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : preferencesSchema.parse({});
}

function parsedEvents(raw: readonly unknown[]): TimelineEvent[] {
  return raw.flatMap((record) => {
    const parsed = timelineEventSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}

interface TimelineChange<T> extends PersonChange {
  result: T;
}

/**
 * updatePerson's read-modify-write, for changes that also need the person's stored timeline and the
 * follow-up preferences (undo rules, "no reply" readiness): all read and written in one transaction.
 */
async function changeWithTimeline<T>(
  personId: string,
  change: (current: Person, events: TimelineEvent[], preferences: Preferences) => TimelineChange<T>,
  db?: MentorScoutDb,
): Promise<T> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const result = await inTransaction(database, ['people', 'events', 'settings'], 'readwrite', async (tx) => {
      const [raw, rawEvents, rawPreferences] = await Promise.all([
        tx.objectStore('people').get(personId),
        tx.objectStore('events').index('personId').getAll(personId),
        tx.objectStore('settings').get('preferences'),
      ]);
      if (!raw) throw new StorageProblem(GONE);
      const out = change(personSchema.parse(raw), parsedEvents(rawEvents), readPreferences(rawPreferences?.value));
      if (out.person.id !== personId) throw new StorageProblem('A change tried to move a person to another id.');
      const next = personSchema.parse(out.person);
      const add = (out.addEvents ?? []).map((e) => timelineEventSchema.parse({ ...e, personId }));
      await Promise.all([
        tx.objectStore('people').put(next),
        ...add.map((e) => tx.objectStore('events').put(e)),
        ...(out.removeEventIds ?? []).map((id) => tx.objectStore('events').delete(id)),
      ]);
      return out.result;
    });
    announceChange({ stores: ['people', 'events'], personIds: [personId] });
    return result;
  });
}

export interface SetStatusOptions {
  /** When it happened (an ISO instant; may be in the past). */
  at: string;
  channel?: Channel;
  /** The mentee's words, kept on the event. */
  note?: string;
  /** "Correct by hand": any status, still recorded (and undoable) as an event. */
  manual?: boolean;
  /** When the change is written, and the moment "no reply" readiness is judged at. Default: now. */
  now?: Date;
  /** The mentee's zone for that judgement. Default: the browser's. */
  timeZone?: string;
}

/**
 * Moves a person to `to`. Refused (a StorageProblem whose message says why, in words) when the
 * move is not a sensible next step and not `manual`; "sent → no reply" only once the follow-ups
 * are used and the wait is over, judged from the stored timeline.
 */
export async function setStatus(
  personId: string,
  to: Status,
  options: SetStatusOptions,
  db?: MentorScoutDb,
): Promise<{ person: Person; event: TimelineEvent }> {
  const now = options.now ?? new Date();
  const timeZone = options.timeZone ?? browserTimeZone();
  return changeWithTimeline(
    personId,
    (current, events, preferences) => {
      const changed = changeStatus(current, to, {
        at: options.at,
        now: now.toISOString(),
        channel: options.channel,
        note: options.note?.trim() || undefined,
        manual: options.manual,
        noReplyReady: isReadyForNoReply(current, events, preferences, now, timeZone),
      });
      if (!changed.ok) throw new StorageProblem(changed.reason);
      return { person: changed.person, addEvents: [changed.event], result: { person: changed.person, event: changed.event } };
    },
    db,
  );
}

/**
 * Undoes a status change: the earlier status comes back and the event is deleted. Refused with the
 * reason when a later change exists (undo that first) or the status has moved on since.
 */
export async function undoStatusEvent(personId: string, eventId: string, options: { now?: Date } = {}, db?: MentorScoutDb): Promise<Person> {
  const now = (options.now ?? new Date()).toISOString();
  return changeWithTimeline(
    personId,
    (current, events) => {
      const event = events.find((e) => e.id === eventId);
      if (!event) throw new StorageProblem('This change is no longer on the timeline (undone in another window?), so there is nothing to undo.');
      const undone = undoStatusChange(current, event, events, { now });
      if (!undone.ok) throw new StorageProblem(undone.reason);
      return { person: undone.person, removeEventIds: [undone.deleteEventId], result: undone.person };
    },
    db,
  );
}

export type InteractionFor = Omit<InteractionInput, 'newId' | 'now'> & { now?: Date };

/** Logs an interaction (sent, reply, follow-up, meeting, note) with the status it implies, in one transaction. */
export async function logInteractionFor(personId: string, input: InteractionFor, db?: MentorScoutDb): Promise<{ person: Person; events: TimelineEvent[] }> {
  const { now = new Date(), ...rest } = input;
  let events: TimelineEvent[] = [];
  const person = await updatePerson(
    personId,
    (current) => {
      const logged = logInteraction(current, { ...rest, text: rest.text?.trim() || undefined, now: now.toISOString() });
      events = logged.events;
      return { person: logged.person, addEvents: logged.events };
    },
    db,
  );
  return { person, events };
}

/**
 * Undo of logInteractionFor: removes the events it added and, when it moved the status, puts the
 * earlier status back (refused with the reason when the status changed again since).
 */
export async function undoInteraction(personId: string, eventIds: readonly string[], options: { now?: Date } = {}, db?: MentorScoutDb): Promise<Person> {
  const now = (options.now ?? new Date()).toISOString();
  return changeWithTimeline(
    personId,
    (current, events) => {
      const targets = events.filter((e) => eventIds.includes(e.id));
      if (targets.length !== eventIds.length) throw new StorageProblem('This entry was already removed from the timeline, so there is nothing to undo.');
      let person = current;
      const statusEvent = targets.find((e) => e.type === 'status');
      if (statusEvent) {
        const undone = undoStatusChange(current, statusEvent, events, { now });
        if (!undone.ok) throw new StorageProblem(undone.reason);
        person = undone.person;
      }
      const remaining = events.filter((e) => !eventIds.includes(e.id));
      const next = { ...person, updatedAt: now, lastActivityAt: lastActivityFrom(current, remaining) };
      return { person: next, removeEventIds: [...eventIds], result: next };
    },
    db,
  );
}

/** Timeline entries the mentee may remove (and put back): their own words and logged exchanges. */
export const REMOVABLE_EVENT_TYPES: ReadonlySet<TimelineEvent['type']> = new Set(['note', 'reply', 'follow-up']);

/**
 * Removes a note, reply or follow-up from the timeline and returns it, for Undo (restoreEvent).
 * The person's last activity is recomputed from what remains. A status change the entry implied
 * stays: it has an Undo of its own.
 */
export async function removeEvent(personId: string, eventId: string, options: { now?: Date } = {}, db?: MentorScoutDb): Promise<TimelineEvent> {
  const now = (options.now ?? new Date()).toISOString();
  return changeWithTimeline(
    personId,
    (current, events) => {
      const event = events.find((e) => e.id === eventId);
      if (!event) throw new StorageProblem('This entry is no longer on the timeline, so there is nothing to remove.');
      if (!REMOVABLE_EVENT_TYPES.has(event.type)) throw new StorageProblem('Only notes, replies and follow-ups can be removed from the timeline.');
      const remaining = events.filter((e) => e.id !== eventId);
      return { person: { ...current, updatedAt: now, lastActivityAt: lastActivityFrom(current, remaining) }, removeEventIds: [eventId], result: event };
    },
    db,
  );
}

/** Puts a removed entry back (Undo of removeEvent). */
export async function restoreEvent(event: TimelineEvent, options: { now?: Date } = {}, db?: MentorScoutDb): Promise<void> {
  const now = (options.now ?? new Date()).toISOString();
  await changeWithTimeline(
    event.personId,
    (current, events) => ({
      person: { ...current, updatedAt: now, lastActivityAt: lastActivityFrom(current, [...events, event]) },
      addEvents: [event],
      result: undefined,
    }),
    db,
  );
}

export interface SavedMeeting {
  meeting: Meeting;
  created: boolean;
  /** The "meeting" event and any status event it implied (empty when an existing meeting was edited). */
  events: TimelineEvent[];
}

/**
 * Creates or updates a meeting. A new one also logs a "meeting" interaction (which moves someone
 * waiting for an answer to "Meeting scheduled"), dated when it was arranged: a meeting next month
 * must not make the person look active until next month.
 */
export async function saveMeeting(meeting: Meeting, options: { now?: Date } = {}, db?: MentorScoutDb): Promise<SavedMeeting> {
  const now = options.now ?? new Date();
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const result = await inTransaction(database, ['people', 'events', 'meetings'], 'readwrite', async (tx) => {
      const [rawPerson, existing] = await Promise.all([tx.objectStore('people').get(meeting.personId), tx.objectStore('meetings').get(meeting.id)]);
      if (!rawPerson) throw new StorageProblem(GONE);
      const stored = meetingSchema.parse({
        ...meeting,
        createdAt: existing?.createdAt ?? meeting.createdAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
      });
      await tx.objectStore('meetings').put(stored);
      if (existing) return { meeting: stored, created: false, events: [] };
      const at = new Date(Math.min(now.getTime(), Date.parse(stored.startsAt))).toISOString();
      const logged = logInteraction(personSchema.parse(rawPerson), { type: 'meeting', at, now: now.toISOString(), meetingId: stored.id });
      const events = logged.events.map((e) => timelineEventSchema.parse(e));
      await Promise.all([tx.objectStore('people').put(personSchema.parse(logged.person)), ...events.map((e) => tx.objectStore('events').put(e))]);
      return { meeting: stored, created: true, events };
    });
    announceChange({ stores: ['meetings', 'people', 'events'], personIds: [meeting.personId] });
    return result;
  });
}

/** The parts of a meeting the mentee edits; everything else is the stored record's. */
export type MeetingPatch = Partial<Omit<Meeting, 'id' | 'personId' | 'createdAt' | 'updatedAt'>>;

/**
 * Applies the fields the mentee changed to the stored meeting (read-modify-write, one
 * transaction), so an action item ticked in another window meanwhile is kept unless this edit
 * changed the action items too.
 */
export async function updateMeeting(meetingId: string, patch: MeetingPatch, options: { now?: Date } = {}, db?: MentorScoutDb): Promise<Meeting> {
  const now = (options.now ?? new Date()).toISOString();
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const meeting = await inTransaction(database, ['meetings'], 'readwrite', async (tx) => {
      const raw = await tx.objectStore('meetings').get(meetingId);
      if (!raw) throw new StorageProblem('This meeting is no longer saved (deleted in another window?), so nothing was changed.');
      const current = meetingSchema.parse(raw);
      const next = meetingSchema.parse({ ...current, ...patch, id: current.id, personId: current.personId, createdAt: current.createdAt, updatedAt: now });
      await tx.objectStore('meetings').put(next);
      return next;
    });
    announceChange({ stores: ['meetings'], personIds: [meeting.personId] });
    return meeting;
  });
}

/** What deleteMeeting removed: hand it to restoreMeeting for Undo. */
export interface DeletedMeeting {
  meeting: Meeting;
  events: TimelineEvent[];
}

/** Deletes a meeting and its "meeting" timeline entries; returns them for Undo. */
export async function deleteMeeting(meetingId: string, db?: MentorScoutDb): Promise<DeletedMeeting> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const deleted = await inTransaction(database, ['events', 'meetings'], 'readwrite', async (tx) => {
      const raw = await tx.objectStore('meetings').get(meetingId);
      if (!raw) throw new StorageProblem('This meeting is no longer saved, so there is nothing to delete.');
      const meeting = meetingSchema.parse(raw);
      const events = parsedEvents(await tx.objectStore('events').index('personId').getAll(meeting.personId)).filter(
        (e) => e.type === 'meeting' && e.meetingId === meetingId,
      );
      await Promise.all([tx.objectStore('meetings').delete(meetingId), ...events.map((e) => tx.objectStore('events').delete(e.id))]);
      return { meeting, events };
    });
    announceChange({ stores: ['meetings', 'events'], personIds: [deleted.meeting.personId] });
    return deleted;
  });
}

/** Undo of deleteMeeting. */
export async function restoreMeeting(deleted: DeletedMeeting, db?: MentorScoutDb): Promise<void> {
  await withStorageErrors(async () => {
    const meeting = meetingSchema.parse(deleted.meeting);
    const events = deleted.events.map((e) => timelineEventSchema.parse(e));
    await inTransaction(db ?? (await openDatabase()), ['people', 'events', 'meetings'], 'readwrite', async (tx) => {
      if (!(await tx.objectStore('people').get(meeting.personId))) throw new StorageProblem(GONE);
      await Promise.all([tx.objectStore('meetings').put(meeting), ...events.map((e) => tx.objectStore('events').put(e))]);
    });
    announceChange({ stores: ['meetings', 'events'], personIds: [meeting.personId] });
  });
}

/** Ticks or unticks one action item of the stored meeting. */
export async function toggleActionItem(meetingId: string, itemId: string, done: boolean, options: { now?: Date } = {}, db?: MentorScoutDb): Promise<Meeting> {
  const now = (options.now ?? new Date()).toISOString();
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const meeting = await inTransaction(database, ['meetings'], 'readwrite', async (tx) => {
      const raw = await tx.objectStore('meetings').get(meetingId);
      if (!raw) throw new StorageProblem('This meeting is no longer saved, so nothing was changed.');
      const current = meetingSchema.parse(raw);
      if (!current.actionItems.some((item) => item.id === itemId)) throw new StorageProblem('This action item was removed in another window, so nothing was changed.');
      const next = meetingSchema.parse({
        ...current,
        actionItems: current.actionItems.map((item) => (item.id === itemId ? { ...item, done } : item)),
        updatedAt: now,
      });
      await tx.objectStore('meetings').put(next);
      return next;
    });
    announceChange({ stores: ['meetings'], personIds: [meeting.personId] });
    return meeting;
  });
}

const MERGE_STORES = ['people', 'snapshots', 'pageSections', 'events', 'drafts', 'meetings'] as const;
type MergeStores = typeof MERGE_STORES;
type OwnedStore = Exclude<MergeStores[number], 'people'>;
const OWNED_STORES: OwnedStore[] = ['snapshots', 'pageSections', 'events', 'drafts', 'meetings'];

/** How to put a merge back: the two records as they were, and what the merge added. */
export interface MergeUndo {
  survivorId: string;
  /** The survivor's `updatedAt` right after the merge: undo is refused once it changed again. */
  mergedUpdatedAt: string;
  /** Both people before the merge, and the merged-away person's records with their own personId. */
  before: { people: Person[] } & Record<OwnedStore, unknown[]>;
  addedEventIds: string[];
}

export interface MergeOutcome {
  survivor: Person;
  warnings: string[];
  undo: MergeUndo;
}

type MergeTx<M extends IDBTransactionMode> = IDBPTransaction<MentorScoutSchema, MergeStores[number][], M>;

async function readRecords<M extends IDBTransactionMode>(tx: MergeTx<M>, personId: string): Promise<PersonRecords | null> {
  const raw = await tx.objectStore('people').get(personId);
  if (!raw) return null;
  // Owned records are moved as stored (a damaged one moves too, rather than being orphaned); merge
  // reads only their ids and personId.
  const [snapshots, pageSections, events, drafts, meetings] = await Promise.all(OWNED_STORES.map((store) => tx.objectStore(store).index('personId').getAll(personId)));
  return { person: personSchema.parse(raw), snapshots, pageSections, events, drafts, meetings } as unknown as PersonRecords;
}

/** What merging would do, read from the stored records (nothing is written): for the confirm step. */
export async function previewMerge(aId: string, bId: string, now: Date, options: { keepId?: string } = {}, db?: MentorScoutDb): Promise<MergeResult> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    return inTransaction(database, [...MERGE_STORES], 'readonly', async (tx) => {
      const [a, b] = await Promise.all([readRecords(tx, aId), readRecords(tx, bId)]);
      if (!a || !b) return { ok: false as const, reason: 'One of the two is no longer saved.' };
      return mergePeople(a, b, { now: now.toISOString(), keepId: options.keepId });
    });
  });
}

/**
 * Merges two people in one transaction: the survivor and every re-pointed record are put and the
 * other person deleted, or nothing is. Returns the merge's warnings and what Undo needs.
 */
export async function mergeInDb(aId: string, bId: string, now: Date, options: { keepId?: string } = {}, db?: MentorScoutDb): Promise<MergeOutcome> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const outcome = await inTransaction(database, [...MERGE_STORES], 'readwrite', async (tx) => {
      const [a, b] = await Promise.all([readRecords(tx, aId), readRecords(tx, bId)]);
      if (!a || !b) throw new StorageProblem('One of the two is no longer saved, so nothing was merged.');
      const merged = mergePeople(a, b, { now: now.toISOString(), keepId: options.keepId });
      if (!merged.ok) throw new StorageProblem(merged.reason);
      const otherRecords = merged.survivor.id === a.person.id ? b : a;
      const keptRecords = merged.survivor.id === a.person.id ? a : b;
      const movedEventIds = new Set(otherRecords.events.map((e) => e.id));
      const addedEventIds = merged.put.events.filter((e) => !movedEventIds.has(e.id)).map((e) => e.id);
      // The other person goes first: the survivor may take over their profile address, which is unique.
      for (const id of merged.deletePersonIds) await tx.objectStore('people').delete(id);
      await tx.objectStore('people').put(personSchema.parse(merged.survivor));
      await Promise.all(OWNED_STORES.flatMap((store) => merged.put[store].map((record) => tx.objectStore(store).put(record as never))));
      return {
        survivor: merged.survivor,
        warnings: merged.warnings,
        undo: {
          survivorId: merged.survivor.id,
          mergedUpdatedAt: merged.survivor.updatedAt,
          before: {
            people: [keptRecords.person, otherRecords.person],
            snapshots: [...otherRecords.snapshots],
            pageSections: [...otherRecords.pageSections],
            events: [...otherRecords.events],
            drafts: [...otherRecords.drafts],
            meetings: [...otherRecords.meetings],
          },
          addedEventIds,
        },
      };
    });
    announceChange({ stores: [...MERGE_STORES], personIds: [aId, bId] });
    return outcome;
  });
}

/** Undo of a merge: both people and their records as they were. Refused once the survivor changed again. */
export async function undoMerge(undo: MergeUndo, db?: MentorScoutDb): Promise<void> {
  await withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    await inTransaction(database, [...MERGE_STORES], 'readwrite', async (tx) => {
      const current = await tx.objectStore('people').get(undo.survivorId);
      if (!current || current.updatedAt !== undo.mergedUpdatedAt) {
        throw new StorageProblem('The merged record changed after the merge, so it cannot be split again automatically.');
      }
      for (const id of undo.addedEventIds) await tx.objectStore('events').delete(id);
      // The survivor first: it gives back the other's profile address before the other is put.
      for (const person of undo.before.people) await tx.objectStore('people').put(person);
      await Promise.all(OWNED_STORES.flatMap((store) => undo.before[store].map((record) => tx.objectStore(store).put(record as never))));
    });
    announceChange({ stores: [...MERGE_STORES], personIds: undo.before.people.map((p) => p.id) });
  });
}

/** Everything the Today and Overview screens compute from, read in one consistent snapshot. */
export interface TrackingData {
  people: Person[];
  /** Records that could not be read (kept in storage, not shown). */
  unreadable: number;
  events: TimelineEvent[];
  meetings: Meeting[];
  templates: Template[];
  preferences: Preferences;
}

export async function readTrackingData(db?: MentorScoutDb): Promise<TrackingData> {
  const database = db ?? (await openDatabase());
  const tx = database.transaction(['people', 'events', 'meetings', 'templates', 'settings']);
  const [people, events, meetings, templates, preferences] = await Promise.all([
    tx.objectStore('people').getAll(),
    tx.objectStore('events').getAll(),
    tx.objectStore('meetings').getAll(),
    tx.objectStore('templates').getAll(),
    tx.objectStore('settings').get('preferences'),
  ]);
  await tx.done;
  const parseAll = <T>(records: readonly unknown[], schema: { safeParse(v: unknown): { success: boolean; data?: T } }) => {
    const valid: T[] = [];
    for (const record of records) {
      const parsed = schema.safeParse(record);
      if (parsed.success) valid.push(parsed.data as T);
    }
    return valid;
  };
  const validPeople = parseAll<Person>(people, personSchema);
  return {
    people: validPeople,
    unreadable: people.length - validPeople.length,
    events: parseAll<TimelineEvent>(events, timelineEventSchema),
    meetings: parseAll<Meeting>(meetings, meetingSchema),
    templates: parseAll<Template>(templates, templateSchema),
    preferences: readPreferences(preferences?.value),
  };
}

export interface ExportedBackup {
  text: string;
  fileName: string;
  /** Records that could not go into the file, each with the reason (usually empty). */
  leftOut: string[];
}

const SETTING_KEYS = ['goals', 'preferences'] as const;

function settingValue(dump: StoreDump, key: string): unknown {
  return (dump.settings as SettingRecord[]).find((record) => record?.key === key)?.value;
}

/**
 * The backup file of everything stored, and "last exported" set to now. The file's own preferences
 * carry that same time, so restoring the file gives back exactly what was stored after the export.
 */
export async function exportBackup(now: Date = new Date(), db?: MentorScoutDb): Promise<ExportedBackup> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const exportedAt = now.toISOString();
    const dump = await dumpAll(database);
    const preferences = { ...readPreferences(settingValue(dump, 'preferences')), lastExportAt: exportedAt };
    const goals = settingValue(dump, 'goals');
    // Raw records: serializeBackup checks each and names what it leaves out.
    const contents = {
      people: dump.people,
      snapshots: dump.snapshots,
      pageSections: dump.pageSections,
      events: dump.events,
      drafts: dump.drafts,
      meetings: dump.meetings,
      templates: dump.templates,
      settings: { preferences, ...(goals !== undefined ? { goals } : {}) },
    } as BackupContents;
    const { text, leftOut } = serializeBackup(contents, exportedAt);
    // Best effort: when storage is full, exporting is exactly what the mentee was told to do, so
    // the file must still come out even if noting the date fails (the file itself carries it).
    await updatePreferences({ lastExportAt: exportedAt }, database).catch(() => {});
    return { text, fileName: backupFileName(exportedAt), leftOut };
  });
}

export type ReadyPlan = Extract<ImportPlan, { ok: true }>;

export interface ApplyImportOptions {
  /** "Also restore my settings": the file's goals and preferences replace the ones here. */
  restoreSettings?: boolean;
  /**
   * The people the plan was made against. When given, the import is refused if any person it
   * writes was changed (or created) here since: the plan would overwrite that change unseen.
   */
  plannedAgainst?: readonly Person[];
}

/** Applies a confirmed import plan in one transaction over every store. */
export async function applyImport(plan: ReadyPlan, options: ApplyImportOptions = {}, db?: MentorScoutDb): Promise<void> {
  const database = db ?? (await withStorageErrors(() => openDatabase()));
  if (options.plannedAgainst) {
    const then = new Map(options.plannedAgainst.map((p) => [p.id, p.updatedAt]));
    const { people: current } = await withStorageErrors(() => listPeople(database));
    const nowById = new Map(current.map((p) => [p.id, p.updatedAt]));
    const stale = plan.put.people.some((p) => nowById.get(p.id) !== then.get(p.id));
    if (stale) throw new StorageProblem('Your saved people changed while you were reviewing this import, so nothing was imported. Choose the file again to see an up-to-date plan.');
  }
  const settings: SettingRecord[] = [];
  if (options.restoreSettings) {
    for (const key of SETTING_KEYS) if (plan.settings[key] !== undefined) settings.push({ key, value: plan.settings[key] });
  }
  await applyBulkWrite({ put: { ...plan.put, ...(settings.length ? { settings } : {}) } }, database);
}

/**
 * Deletes everything (people, records, templates, settings) in one transaction and returns what
 * was there, for Undo within the session (restoreAllData).
 */
export async function deleteAllData(db?: MentorScoutDb): Promise<StoreDump> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const before = await dumpAll(database);
    await applyBulkWrite({ clear: [...ALL_STORES], put: {} }, database);
    return before;
  });
}


/**
 * Puts a dump back in one transaction: the Undo of deleteAllData (anything saved since stays) or,
 * with `replace`, of an import (the stores are emptied first, so what the import added goes).
 * Returns how many damaged records, unreadable already before, could not be put back.
 */
export async function restoreAllData(dump: StoreDump, options: { replace?: boolean } = {}, db?: MentorScoutDb): Promise<{ damaged: number }> {
  let damaged = 0;
  const put: BulkWrite['put'] = { settings: dump.settings as SettingRecord[] };
  for (const [store, schema] of Object.entries(RECORD_SCHEMAS) as [keyof typeof RECORD_SCHEMAS, (typeof RECORD_SCHEMAS)[keyof typeof RECORD_SCHEMAS]][]) {
    const valid: unknown[] = [];
    for (const record of dump[store]) {
      if (schema.safeParse(record).success) valid.push(record);
      else damaged += 1;
    }
    (put as Record<string, unknown[]>)[store] = valid;
  }
  await applyBulkWrite({ ...(options.replace ? { clear: [...ALL_STORES] } : {}), put }, db);
  return { damaged };
}
