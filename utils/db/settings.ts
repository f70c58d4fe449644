import type { Goals } from '../schema/goals';
import { preferencesSchema, type Preferences } from '../schema/preferences';
import type { GoalText } from '../tracking/goals';
import { announceChange, openDatabase, type MentorScoutDb } from './database';
import { withStorageErrors } from './errors';
import { getFirstGoals, saveGoal, saveGoalKeepingBoth } from './goals';

/**
 * The mentee's first goal (what people are linked to by default), or null before they stated one
 * (the side panel then asks first). Goals are records since issue #13: utils/db/goals.ts.
 */
export async function getGoals(db?: MentorScoutDb): Promise<Goals | null> {
  return getFirstGoals(db);
}

/** Saves the first goal: a new version of it (the earlier one is kept), or the first goal itself. */
export async function saveGoals(goals: Goals, db?: MentorScoutDb): Promise<Goals> {
  return (await saveGoal(goals, { first: true }, db)).goals;
}

export type { GoalText } from '../tracking/goals';

/**
 * Saves the first goal edited from `base` (the goals as the form loaded them; null for a first
 * statement): a new version of it, the earlier one kept. Where another window saved the goals
 * meanwhile and both changed the same free text (what you want, the help, your introduction),
 * both versions are kept and named in `bothKept` (issue #9, item 5); other fields take this
 * form's values.
 */
export async function saveGoalsKeepingBoth(goals: Goals, base: Goals | null, db?: MentorScoutDb): Promise<{ goals: Goals; bothKept: GoalText[] }> {
  const { goal, bothKept } = await saveGoalKeepingBoth(goals, base, { first: true }, db);
  return { goals: goal.goals, bothKept };
}

/** A stored preferences value with every default filled in; a damaged one reads as the defaults. */
export function readPreferences(value: unknown): Preferences {
  const parsed = preferencesSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : preferencesSchema.parse({});
}

export async function getPreferences(db?: MentorScoutDb): Promise<Preferences> {
  return readPreferences((await (db ?? (await openDatabase())).get('settings', 'preferences'))?.value);
}

/** Changes some preferences, read-modify-write in one transaction so concurrent pages don't clash. */
export async function updatePreferences(patch: Partial<Preferences>, db?: MentorScoutDb): Promise<Preferences> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const tx = database.transaction('settings', 'readwrite');
    const next = preferencesSchema.parse({ ...readPreferences((await tx.store.get('preferences'))?.value), ...patch });
    await Promise.all([tx.store.put({ key: 'preferences', value: next }), tx.done]);
    announceChange({ stores: ['settings'] });
    return next;
  });
}
