// Reflections (issue #13): answers, skips and snoozes of reflection prompts, one store, per person.
// Answering can also change a goal (a new version) or mark it reached, in the same transaction.
import type { Goals } from '../schema/goals';
import { goalRecordSchema } from '../schema/goal-record';
import { reflectionSchema, type AnsweredReflection, type Reflection } from '../schema/reflection';
import { editGoal } from '../tracking/goals';
import { announceChange, inTransaction, openDatabase, type MentorScoutDb } from './database';
import { StorageProblem, withStorageErrors } from './errors';
import { newId } from './ids';
import { readable } from './parse';

export async function listReflections(personId: string, db?: MentorScoutDb): Promise<Reflection[]> {
  return readable(reflectionSchema, await (db ?? (await openDatabase())).getAllFromIndex('reflections', 'personId', personId));
}

export async function listAllReflections(db?: MentorScoutDb): Promise<Reflection[]> {
  return readable(reflectionSchema, await (db ?? (await openDatabase())).getAll('reflections'));
}

export interface SaveReflectionOptions {
  /** The goal's new version when the reflection says it changed. */
  changedGoal?: Goals;
  now?: Date;
}

/**
 * Stores a reflection (new or edited). With `goalOutcome: 'reached'` the goal is marked reached;
 * with 'changed' and `changedGoal`, the goal gets a new version that points back at this reflection.
 */
export async function saveReflection(reflection: Reflection, options: SaveReflectionOptions = {}, db?: MentorScoutDb): Promise<void> {
  const valid = reflectionSchema.parse(reflection);
  const now = (options.now ?? new Date()).toISOString();
  await withStorageErrors(async () => {
    await inTransaction(db ?? (await openDatabase()), ['reflections', 'goals', 'goalVersions'], 'readwrite', async (tx) => {
      await tx.objectStore('reflections').put(valid);
      if (valid.kind !== 'answered' || !valid.goalId || !valid.goalOutcome) return;
      const parsed = goalRecordSchema.safeParse(await tx.objectStore('goals').get(valid.goalId));
      if (!parsed.success) throw new StorageProblem('The goal this reflection is about is no longer saved.');
      if (valid.goalOutcome === 'reached' && !parsed.data.reachedAt) {
        await tx.objectStore('goals').put({ ...parsed.data, reachedAt: now });
      } else if (valid.goalOutcome === 'changed' && options.changedGoal) {
        const edited = editGoal(parsed.data, options.changedGoal, { now, versionId: newId('gv'), reflectionId: valid.id });
        if (edited) {
          await tx.objectStore('goals').put(edited.goal);
          await tx.objectStore('goalVersions').put(edited.version);
        }
      }
    });
    announceChange({ stores: ['reflections', 'goals', 'goalVersions'], personIds: [valid.personId] });
  });
}

/** Deletes a reflection (or a skip or snooze) and returns it, for Undo (`saveReflection` again). */
export async function deleteReflection(id: string, db?: MentorScoutDb): Promise<Reflection | null> {
  return withStorageErrors(async () => {
    const removed = await inTransaction(db ?? (await openDatabase()), ['reflections'], 'readwrite', async (tx) => {
      const parsed = reflectionSchema.safeParse(await tx.objectStore('reflections').get(id));
      await tx.objectStore('reflections').delete(id);
      return parsed.success ? parsed.data : null;
    });
    announceChange({ stores: ['reflections'], ...(removed ? { personIds: [removed.personId] } : {}) });
    return removed;
  });
}

/** A new answered reflection's fields, ready to fill in. */
export function blankReflection(personId: string, promptKey: string, at: Date, extra: Partial<AnsweredReflection> = {}): AnsweredReflection {
  return { id: newId('r'), personId, promptKey, kind: 'answered', at: at.toISOString(), progress: 3, working: 'partly', why: '', changes: [], changeNote: '', ...extra };
}
