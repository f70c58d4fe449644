// The timeline's database operations: status changes and their undo, logged interactions, and
// removing or restoring an event. Each is ONE transaction that reads the stored person and timeline
// and derives the change from them, so two windows acting on one person both keep their change.
// The rules live in utils/tracking; this file reads, applies and writes.
import type { Channel } from '../schema/channel';
import { timelineEventSchema, type TimelineEvent } from '../schema/event';
import { personSchema, type Person } from '../schema/person';
import type { Preferences } from '../schema/preferences';
import type { Status } from '../schema/status';
import { isReadyForNoReply } from '../tracking/followups';
import { logInteraction, type InteractionInput } from '../tracking/interactions';
import { changeStatus, lastActivityFrom, undoStatusChange } from '../tracking/status';
import { announceChange, inTransaction, openDatabase, type MentorScoutDb } from './database';
import { PERSON_GONE, StorageProblem, withStorageErrors } from './errors';
import { updatePerson, type PersonChange } from './people';
import { browserTimeZone, parsedEvents } from './tracking-helpers';
import { readPreferences } from './settings';

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
      if (!raw) throw new StorageProblem(PERSON_GONE);
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
