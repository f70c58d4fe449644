import { canonicalProfileUrl } from '../extract/profile-url';
import type { PageSection, ProfileDraft } from '../schema/profile';
import type { TimelineEvent } from '../schema/event';
import { personSchema, snapshotSchema, type Person, type Snapshot } from '../schema/person';
import { announceChange, inTransaction, openDatabase, type MentorScoutDb } from './database';
import { PERSON_GONE, StorageProblem, withStorageErrors } from './errors';
import { newId, personIdFor } from './ids';
import { timelineEventSchema } from '../schema/event';
import { combineCapture } from '../extract/linkedin-parse/combine';

export interface SaveCaptureInput {
  /** The profile as the mentee reviewed it in the form. */
  profile: ProfileDraft;
  /** The profile's own part of the page, when captured from one. */
  section?: PageSection;
  /** The address of the page it was read from (may be a sub-page or a country host). */
  sourceUrl: string;
  now?: Date;
}

export interface SaveCaptureResult {
  person: Person;
  /** False when an existing person was updated with a new snapshot. */
  created: boolean;
  snapshot: Snapshot;
  /** The timeline event the save added ("saved" or "snapshot"). */
  eventId: string;
  /** The person as they were before this save (undefined when created): what Undo restores. */
  previous?: Person;
}

/** The person already saved under this profile address (directly or merged into another), if any. */
export async function findPersonByUrl(url: string, db?: MentorScoutDb): Promise<Person | undefined> {
  const canonical = canonicalProfileUrl(url);
  if (!canonical) return undefined;
  const database = db ?? (await openDatabase());
  const tx = database.transaction('people');
  const raw = (await tx.store.index('profileUrl').get(canonical)) ?? (await tx.store.index('otherUrls').get(canonical));
  return raw ? personSchema.parse(raw) : undefined;
}

/**
 * Saves a reviewed capture. The same canonical profile URL always lands on the same person: their
 * profile is replaced by the new one, the snapshot joins the earlier ones, and their status, notes,
 * drafts and timeline stay as they were. One transaction: all of it is stored, or none.
 */
export async function saveCapture(input: SaveCaptureInput, db?: MentorScoutDb): Promise<SaveCaptureResult> {
  const now = (input.now ?? new Date()).toISOString();
  const canonical = input.profile.profileUrl ? canonicalProfileUrl(input.profile.profileUrl) : null;
  if (input.profile.profileUrl && !canonical) {
    throw new StorageProblem('The profile address is not a web address (it must start with https://), so nothing was saved.');
  }
  const profile = { ...input.profile, profileUrl: canonical ?? '' };

  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const result = await inTransaction(database, ['people', 'snapshots', 'pageSections', 'events'], 'readwrite', async (tx) => {
      const people = tx.objectStore('people');
      let existing: unknown;
      if (canonical) existing = (await people.index('profileUrl').get(canonical)) ?? (await people.index('otherUrls').get(canonical));

      let person: Person;
      let previous: Person | undefined;
      const created = !existing;
      if (existing) {
        previous = personSchema.parse(existing);
        // A /details/ page or a partly rendered page must not shrink what was kept (issue #11);
        // the snapshot below keeps the capture exactly as the page gave it.
        person = personSchema.parse({ ...previous, profile: combineCapture(previous.profile, profile, input.sourceUrl), updatedAt: now });
      } else {
        person = personSchema.parse({
          id: personIdFor(canonical ?? undefined),
          ...(canonical ? { profileUrl: canonical } : {}),
          profile,
          status: 'saved',
          notes: '',
          tags: [],
          otherUrls: [],
          showPhoto: false,
          createdAt: now,
          updatedAt: now,
          lastActivityAt: now,
        });
      }
      const snapshot = snapshotSchema.parse({
        id: newId('snap'),
        personId: person.id,
        capturedAt: now,
        sourceUrl: input.sourceUrl.slice(0, 2048),
        profile,
      });
      const event = timelineEventSchema.parse({ id: newId('ev'), personId: person.id, type: created ? 'saved' : 'snapshot', at: now });
      await Promise.all([
        people.put(person),
        tx.objectStore('snapshots').put(snapshot),
        input.section ? tx.objectStore('pageSections').put({ snapshotId: snapshot.id, personId: person.id, ...input.section }) : undefined,
        tx.objectStore('events').put(event),
      ]);
      return { person, created, snapshot, eventId: event.id, previous };
    });
    const person = result.person;
    announceChange({ stores: ['people', 'snapshots', 'events'], personIds: [person.id] });
    return result;
  });
}

export async function getPerson(id: string, db?: MentorScoutDb): Promise<Person | undefined> {
  const raw = await (db ?? (await openDatabase())).get('people', id);
  return raw ? personSchema.parse(raw) : undefined;
}

export interface PeopleList {
  people: Person[];
  /** Records that failed validation (corrupted or from a bug): kept, not shown, counted. */
  unreadable: string[];
}

/** Every person, parsed. Records that do not parse are left in place and reported, never dropped. */
export async function listPeople(db?: MentorScoutDb): Promise<PeopleList> {
  const raw = await (db ?? (await openDatabase())).getAll('people');
  const people: Person[] = [];
  const unreadable: string[] = [];
  for (const record of raw) {
    const parsed = personSchema.safeParse(record);
    if (parsed.success) people.push(parsed.data);
    else unreadable.push(String((record as { id?: unknown })?.id ?? '?'));
  }
  return { people, unreadable };
}

export async function listSnapshots(personId: string, db?: MentorScoutDb): Promise<Snapshot[]> {
  const raw = await (db ?? (await openDatabase())).getAllFromIndex('snapshots', 'personId', personId);
  return raw.map((s) => snapshotSchema.parse(s)).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
}

/** What a change to one person produces: the new record, events to add, events to remove. */
export interface PersonChange {
  person: Person;
  addEvents?: TimelineEvent[];
  removeEventIds?: string[];
}

/**
 * Read-modify-write of one person in a single transaction. IndexedDB runs overlapping read-write
 * transactions one after the other, so two pages changing the same person each see the other's
 * committed change: `change` must derive the new record from the `current` it is given (apply a
 * patch), never from a copy the page read earlier.
 */
export async function updatePerson(
  id: string,
  change: (current: Person) => PersonChange | Person,
  db?: MentorScoutDb,
): Promise<Person> {
  return withStorageErrors(async () => {
    const valid = await inTransaction(db ?? (await openDatabase()), ['people', 'events'], 'readwrite', async (tx) => {
      const raw = await tx.objectStore('people').get(id);
      if (!raw) throw new StorageProblem(PERSON_GONE);
      const result = change(personSchema.parse(raw));
      const { person, addEvents = [], removeEventIds = [] } = 'person' in result ? result : { person: result };
      if (person.id !== id) throw new StorageProblem('A change tried to move a person to another id.');
      const next = personSchema.parse(person);
      const events = addEvents.map((e) => timelineEventSchema.parse({ ...e, personId: id }));
      await Promise.all([
        tx.objectStore('people').put(next),
        ...events.map((e) => tx.objectStore('events').put(e)),
        ...removeEventIds.map((eventId) => tx.objectStore('events').delete(eventId)),
      ]);
      return next;
    });
    announceChange({ stores: ['people', 'events'], personIds: [id] });
    return valid;
  });
}

/**
 * Undoes a save: a new person is removed with everything the save wrote; an updated person gets
 * their earlier profile back and loses the snapshot, page section and event this save added.
 */
export async function undoSave(saved: SaveCaptureResult, db?: MentorScoutDb): Promise<void> {
  await withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    await inTransaction(database, ['people', 'snapshots', 'pageSections', 'events'], 'readwrite', async (tx) => {
      await Promise.all([
        saved.previous ? tx.objectStore('people').put(saved.previous) : tx.objectStore('people').delete(saved.person.id),
        tx.objectStore('snapshots').delete(saved.snapshot.id),
        tx.objectStore('pageSections').delete(saved.snapshot.id),
        tx.objectStore('events').delete(saved.eventId),
      ]);
    });
    announceChange({ stores: ['people', 'snapshots', 'events'], personIds: [saved.person.id] });
  });
}

/**
 * The most recently active people, newest first, read through the lastActivityAt index: what the
 * side panel paints first while everyone else loads (reading and parsing 10,000 people takes a
 * second on a slow machine; these few take milliseconds). `more` says whether anyone is left; a
 * count of everyone would cost as much as the rows themselves.
 */
export async function listRecentPeople(limit: number, db?: MentorScoutDb): Promise<{ people: Person[]; more: boolean }> {
  const database = db ?? (await openDatabase());
  const tx = database.transaction('people');
  const people: Person[] = [];
  let cursor = await tx.store.index('lastActivityAt').openCursor(null, 'prev');
  for (; cursor && people.length < limit; cursor = await cursor.continue()) {
    const parsed = personSchema.safeParse(cursor.value);
    if (parsed.success) people.push(parsed.data);
  }
  const more = cursor !== null;
  await tx.done;
  return { people, more };
}
