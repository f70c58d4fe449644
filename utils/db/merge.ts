// Merging two saved people into one in the database (utils/tracking/merge.ts has the rules): the
// preview, the merge in one transaction, and its Undo.
import type { IDBPTransaction } from 'idb';
import { personSchema, type Person } from '../schema/person';
import { mergePeople, type MergeResult, type PersonRecords } from '../tracking/merge';
import { announceChange, inTransaction, openDatabase, type MentorScoutDb } from './database';
import { StorageProblem, withStorageErrors } from './errors';
import { type MentorScoutSchema } from './schema';

const MERGE_STORES = ['people', 'snapshots', 'pageSections', 'events', 'drafts', 'meetings', 'reflections'] as const;
type MergeStores = typeof MERGE_STORES;
type OwnedStore = Exclude<MergeStores[number], 'people'>;
const OWNED_STORES: OwnedStore[] = ['snapshots', 'pageSections', 'events', 'drafts', 'meetings', 'reflections'];

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
  const [snapshots, pageSections, events, drafts, meetings, reflections] = await Promise.all(OWNED_STORES.map((store) => tx.objectStore(store).index('personId').getAll(personId)));
  return { person: personSchema.parse(raw), snapshots, pageSections, events, drafts, meetings, reflections } as unknown as PersonRecords;
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
            reflections: [...otherRecords.reflections],
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
