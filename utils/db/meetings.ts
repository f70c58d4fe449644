// Meetings in the database: schedule, edit field by field, delete with Undo, tick action items.
// Each is one transaction with the timeline event it implies.
import { timelineEventSchema, type TimelineEvent } from '../schema/event';
import { meetingSchema, type Meeting } from '../schema/meeting';
import { personSchema } from '../schema/person';
import { reflectionSchema } from '../schema/reflection';
import { resolveTextEdit } from '../tracking/edit-conflict';
import { logInteraction } from '../tracking/interactions';
import { prepList, withPrepQuestions } from '../tracking/progress';
import { announceChange, inTransaction, openDatabase, type MentorScoutDb } from './database';
import { PERSON_GONE, StorageProblem, withStorageErrors } from './errors';
import { parsedEvents } from './tracking-helpers';
import { readable } from './parse';

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
    const result = await inTransaction(database, ['people', 'events', 'meetings', 'reflections'], 'readwrite', async (tx) => {
      const [rawPerson, existing] = await Promise.all([tx.objectStore('people').get(meeting.personId), tx.objectStore('meetings').get(meeting.id)]);
      if (!rawPerson) throw new StorageProblem(PERSON_GONE);
      // A new meeting starts with the prep list (issue #13): what the last reflection wants changed
      // and the open action items, after the mentee's own questions.
      let questions = meeting.questions;
      if (!existing) {
        const [earlier, reflections] = await Promise.all([
          tx.objectStore('meetings').index('personId').getAll(meeting.personId),
          tx.objectStore('reflections').index('personId').getAll(meeting.personId),
        ]);
        questions = withPrepQuestions(meeting.questions, prepList(readable(meetingSchema, earlier), readable(reflectionSchema, reflections), now));
      }
      const stored = meetingSchema.parse({
        ...meeting,
        questions,
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

/** The meeting's free texts edited in place: two windows changing one of them keep both (issue #9, item 5). */
const FREE_TEXTS = ['questions', 'takeaways', 'notes'] as const;
type FreeText = (typeof FREE_TEXTS)[number];

/** Questions and takeaways are stored as lines; the conflict rule compares and joins them as text. */
const asText = (value: string | string[]): string => (Array.isArray(value) ? value.join('\n') : value);
const asLines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter(Boolean);

export interface UpdatedMeeting {
  meeting: Meeting;
  /** Free texts changed here and, meanwhile, in another window: both versions were kept. */
  bothKept: FreeText[];
}

/**
 * Applies the fields the mentee changed to the stored meeting (read-modify-write, one
 * transaction), so an action item ticked in another window meanwhile is kept unless this edit
 * changed the action items too. With `base` (the meeting as this form loaded it), a free text
 * (questions, takeaways, notes) that another window changed meanwhile is merged, never replaced:
 * both versions are kept and named in `bothKept`.
 */
export async function updateMeetingKeepingBoth(
  meetingId: string,
  patch: MeetingPatch,
  options: { now?: Date; base?: Pick<Meeting, FreeText> } = {},
  db?: MentorScoutDb,
): Promise<UpdatedMeeting> {
  const now = (options.now ?? new Date()).toISOString();
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const result = await inTransaction(database, ['meetings'], 'readwrite', async (tx) => {
      const raw = await tx.objectStore('meetings').get(meetingId);
      if (!raw) throw new StorageProblem('This meeting is no longer saved (deleted in another window?), so nothing was changed.');
      const current = meetingSchema.parse(raw);
      const merged: MeetingPatch = { ...patch };
      const bothKept: FreeText[] = [];
      if (options.base) {
        for (const key of FREE_TEXTS) {
          if (patch[key] === undefined) continue;
          const outcome = resolveTextEdit({ base: asText(options.base[key]), mine: asText(patch[key]), stored: asText(current[key]) });
          if (outcome.conflict) bothKept.push(key);
          (merged as Record<string, unknown>)[key] = key === 'notes' ? outcome.text : asLines(outcome.text);
        }
      }
      const next = meetingSchema.parse({ ...current, ...merged, id: current.id, personId: current.personId, createdAt: current.createdAt, updatedAt: now });
      await tx.objectStore('meetings').put(next);
      return { meeting: next, bothKept };
    });
    announceChange({ stores: ['meetings'], personIds: [result.meeting.personId] });
    return result;
  });
}

/** updateMeeting without a base: the patch's fields replace the stored ones (Undo uses it). */
export async function updateMeeting(meetingId: string, patch: MeetingPatch, options: { now?: Date } = {}, db?: MentorScoutDb): Promise<Meeting> {
  return (await updateMeetingKeepingBoth(meetingId, patch, options, db)).meeting;
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
      if (!(await tx.objectStore('people').get(meeting.personId))) throw new StorageProblem(PERSON_GONE);
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
