// The mentee's goals (issue #13): a list of goal records, each with its current version, and the
// earlier versions kept when one is edited. Pure rules in utils/tracking/goals.ts.
import { goalRecordSchema, goalVersionSchema, type GoalRecord, type GoalVersion } from '../schema/goal-record';
import { goalsSchema, type Goals } from '../schema/goals';
import { editGoal, firstGoal, linkedGoal, mergeGoalEdit, newGoal, sortGoals, type GoalText } from '../tracking/goals';
import { announceChange, inTransaction, openDatabase, type MentorScoutDb } from './database';
import { StorageProblem, withStorageErrors } from './errors';
import { newId } from './ids';
import { FIRST_GOAL_ID } from './migrations/v3';
import { readable } from './parse';

/** Every goal, in list order. */
export async function listGoals(db?: MentorScoutDb): Promise<GoalRecord[]> {
  return sortGoals(readable(goalRecordSchema, await (db ?? (await openDatabase())).getAll('goals')));
}

/** Earlier versions of one goal (any order; `goalHistory` sorts them). */
export async function listGoalVersions(goalId: string, db?: MentorScoutDb): Promise<GoalVersion[]> {
  return readable(goalVersionSchema, await (db ?? (await openDatabase())).getAllFromIndex('goalVersions', 'goalId', goalId));
}

/** The goals a person's drafts use: their linked goal's current version, or the first goal's. */
export async function goalsForPerson(personId: string | undefined, db?: MentorScoutDb): Promise<Goals | null> {
  const database = db ?? (await openDatabase());
  const goals = await listGoals(database);
  const person = personId ? ((await database.get('people', personId)) as { goalId?: string } | undefined) : undefined;
  return linkedGoal(person, goals)?.goals ?? null;
}

/** The first goal's current version, or null before any goal was stated (the side panel asks). */
export async function getFirstGoals(db?: MentorScoutDb): Promise<Goals | null> {
  return firstGoal(await listGoals(db))?.goals ?? null;
}

export interface SaveGoalOptions {
  /** The goal to edit; without it, a new goal at the end of the list. */
  goalId?: string;
  /** Edit the first goal (read in the same transaction), or state it when there is none yet. */
  first?: boolean;
  /** The reflection that led to the change, kept on the earlier version. */
  reflectionId?: string;
  now?: Date;
}

/**
 * Writes a new version of a goal (keeping the one it replaces) or, without `goalId`, a new goal at
 * the end of the list; the very first goal gets the id every browser gives it, so backups match.
 * Returns the goal as stored.
 */
export async function saveGoal(goals: Goals, options: SaveGoalOptions = {}, db?: MentorScoutDb): Promise<GoalRecord> {
  return (await writeGoal(goals, undefined, options, db)).goal;
}

/**
 * `saveGoal` for a form that loaded the goal as `base` (null for a first statement): read-modify-
 * write in one transaction, so where another window saved this goal meanwhile and both changed the
 * same free text, both texts are kept and named in `bothKept` (utils/tracking/goals.ts).
 */
export async function saveGoalKeepingBoth(goals: Goals, base: Goals | null, options: SaveGoalOptions = {}, db?: MentorScoutDb): Promise<{ goal: GoalRecord; bothKept: GoalText[] }> {
  return writeGoal(goals, base, options, db);
}

/** `base` undefined: overwrite; a value or null: merge with what is stored (mergeGoalEdit). */
async function writeGoal(goals: Goals, base: Goals | null | undefined, options: SaveGoalOptions, db?: MentorScoutDb): Promise<{ goal: GoalRecord; bothKept: GoalText[] }> {
  const valid = goalsSchema.parse(goals);
  const validBase = base ? goalsSchema.parse(base) : null;
  const now = (options.now ?? new Date()).toISOString();
  return withStorageErrors(async () => {
    const saved = await inTransaction(db ?? (await openDatabase()), ['goals', 'goalVersions'], 'readwrite', async (tx) => {
      const all = readable(goalRecordSchema, await tx.objectStore('goals').getAll());
      const targetId = options.first ? firstGoal(all)?.id : options.goalId;
      if (!targetId) {
        const goal = newGoal(valid, all, { id: all.length === 0 ? FIRST_GOAL_ID : newId('goal'), now });
        await tx.objectStore('goals').put(goal);
        return { goal, bothKept: [] };
      }
      const current = all.find((g) => g.id === targetId);
      if (!current) throw new StorageProblem('This goal is no longer saved; reload the page.');
      const merged = base === undefined ? { goals: valid, bothKept: [] } : mergeGoalEdit(valid, validBase, current.goals);
      const edited = editGoal(current, goalsSchema.parse(merged.goals), { now, versionId: newId('gv'), ...(options.reflectionId ? { reflectionId: options.reflectionId } : {}) });
      if (!edited) return { goal: current, bothKept: merged.bothKept };
      await tx.objectStore('goals').put(edited.goal);
      await tx.objectStore('goalVersions').put(edited.version);
      return { goal: edited.goal, bothKept: merged.bothKept };
    });
    announceChange({ stores: ['goals', 'goalVersions'] });
    return saved;
  });
}

/** Marks a goal reached (or not reached again, with `reached: false`). */
export async function setGoalReached(goalId: string, reached: boolean, now: Date = new Date(), db?: MentorScoutDb): Promise<void> {
  await withStorageErrors(async () => {
    await inTransaction(db ?? (await openDatabase()), ['goals'], 'readwrite', async (tx) => {
      const current = goalRecordSchema.safeParse(await tx.objectStore('goals').get(goalId));
      if (!current.success) throw new StorageProblem('This goal is no longer saved; reload the page.');
      const { reachedAt: _, ...rest } = current.data;
      await tx.objectStore('goals').put(reached ? { ...rest, reachedAt: now.toISOString() } : rest);
    });
    announceChange({ stores: ['goals'] });
  });
}
