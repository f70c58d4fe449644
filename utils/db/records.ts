import type { Draft } from '../schema/draft';
import type { TimelineEvent } from '../schema/event';
import type { Meeting } from '../schema/meeting';
import { emptyPersonRecordSets, PERSON_RECORD_KINDS, RECORD_SCHEMAS, type PersonRecordSets, type RecordKind, type RecordOf, type RecordSets } from '../schema/records';
import { announceChange, inTransaction, openDatabase, type MentorScoutDb } from './database';
import { withStorageErrors } from './errors';
import { ALL_STORES, type SettingRecord, type StoreName } from './schema';
import { readable } from './parse';

/** Everything stored about some people; what "delete" hands back for undo. */
export type RecordBundle = PersonRecordSets;

/** Every store's records, as stored (not parsed): what tests compare before and after a fault. */
export type StoreDump = Record<StoreName, unknown[]>;

const PERSON_STORES = PERSON_RECORD_KINDS;

/** One person's records from a store, parsed; unreadable ones are skipped (kept in the store). */
export async function listForPerson<S extends 'events' | 'drafts' | 'meetings'>(
  store: S,
  personId: string,
  db?: MentorScoutDb,
): Promise<RecordOf<S>[]> {
  const raw = await (db ?? (await openDatabase())).getAllFromIndex(store as 'events', 'personId', personId);
  return readable(RECORD_SCHEMAS[store], raw) as RecordOf<S>[];
}

/** Every record of a store, parsed (unreadable ones skipped). */
export async function listAll<S extends 'events' | 'drafts' | 'meetings'>(store: S, db?: MentorScoutDb): Promise<RecordOf<S>[]> {
  return readable(RECORD_SCHEMAS[store], await (db ?? (await openDatabase())).getAll(store)) as RecordOf<S>[];
}

/**
 * Events dated at or after `since` (an ISO instant), across everyone, through the `at` index: a
 * month of activity instead of every event ever logged.
 */
export async function listEventsSince(since: Date, db?: MentorScoutDb): Promise<RecordOf<'events'>[]> {
  const raw = await (db ?? (await openDatabase())).getAllFromIndex('events', 'at', IDBKeyRange.lowerBound(since.toISOString()));
  return readable(RECORD_SCHEMAS.events, raw);
}

/** Puts one record (validated) into a person-owned store. */
export async function putRecord(
  store: 'events' | 'drafts' | 'meetings',
  record: TimelineEvent | Draft | Meeting,
  db?: MentorScoutDb,
): Promise<void> {
  const valid = RECORD_SCHEMAS[store].parse(record);
  await withStorageErrors(async () => {
    await (db ?? (await openDatabase())).put(store, valid as never);
    announceChange({ stores: [store], personIds: [valid.personId] });
  });
}

export async function deleteRecord(store: 'events' | 'drafts' | 'meetings', id: string, db?: MentorScoutDb): Promise<void> {
  await withStorageErrors(async () => {
    await (db ?? (await openDatabase())).delete(store, id);
    announceChange({ stores: [store] });
  });
}

/**
 * Deletes people and everything about them in one transaction, and returns what was deleted so
 * the page can offer Undo (which puts the bundle back with `restoreBundle`).
 */
export async function deletePeople(ids: string[], db?: MentorScoutDb): Promise<RecordBundle> {
  return withStorageErrors(async () => {
    const bundle = await inTransaction(db ?? (await openDatabase()), ['people', ...PERSON_STORES], 'readwrite', async (tx) => {
      const deleted = emptyPersonRecordSets();
      for (const id of ids) {
        const person = await tx.objectStore('people').get(id);
        if (!person) continue;
        deleted.people.push(person);
        for (const store of PERSON_STORES) {
          const index = tx.objectStore(store).index('personId');
          for (let cursor = await index.openCursor(id); cursor; cursor = await cursor.continue()) {
            (deleted[store] as unknown[]).push(cursor.value);
            await cursor.delete();
          }
        }
        await tx.objectStore('people').delete(id);
      }
      return deleted;
    });
    announceChange({ stores: ['people', ...PERSON_STORES], personIds: ids });
    return bundle;
  });
}

/** Puts a bundle back (Undo after delete, or merge results), all or nothing. */
export async function restoreBundle(bundle: RecordBundle, db?: MentorScoutDb): Promise<void> {
  await applyBulkWrite({ put: bundle }, db);
}

/** Every store's raw records: for export and for tests that prove a failed operation changed nothing. */
export async function dumpAll(db?: MentorScoutDb): Promise<StoreDump> {
  const database = db ?? (await openDatabase());
  const tx = database.transaction(ALL_STORES);
  const entries = await Promise.all(ALL_STORES.map(async (store) => [store, await tx.objectStore(store).getAll()] as const));
  await tx.done;
  return Object.fromEntries(entries) as StoreDump;
}

/** What an import or a restore writes, store by store; `clear` empties the listed stores first. */
export interface BulkWrite {
  clear?: StoreName[];
  put: Partial<RecordSets & { settings: SettingRecord[] }>;
}

/**
 * Applies a validated import (or "delete all my data", with `clear` only) in ONE transaction over
 * every store: either all of it is stored, or — on any failure, quota included — none of it.
 */
export async function applyBulkWrite(write: BulkWrite, db?: MentorScoutDb): Promise<void> {
  await withStorageErrors(async () => {
    // Validate everything before the transaction opens: a record failing half-way must not leave
    // the ones before it written.
    const validated = (Object.entries(write.put) as [StoreName, unknown[] | undefined][]).map(
      ([store, records]) => [store, (records ?? []).map((r) => (store in RECORD_SCHEMAS ? RECORD_SCHEMAS[store as RecordKind].parse(r) : r))] as const,
    );
    await inTransaction(db ?? (await openDatabase()), ALL_STORES, 'readwrite', async (tx) => {
      for (const store of write.clear ?? []) await tx.objectStore(store).clear();
      await Promise.all(validated.flatMap(([store, records]) => records.map((r) => tx.objectStore(store).put(r as never))));
    });
    announceChange({ stores: ALL_STORES });
  });
}
