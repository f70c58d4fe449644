import { goalsSchema, type Goals } from '../schema/goals';
import { preferencesSchema, type Preferences } from '../schema/preferences';
import { resolveTextEdit } from '../tracking/edit-conflict';
import { announceChange, openDatabase, type MentorScoutDb } from './database';
import { withStorageErrors } from './errors';

/** The mentee's goals, or null before they stated them (the side panel then asks first). */
export async function getGoals(db?: MentorScoutDb): Promise<Goals | null> {
  const record = await (db ?? (await openDatabase())).get('settings', 'goals');
  const parsed = goalsSchema.safeParse(record?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveGoals(goals: Goals, db?: MentorScoutDb): Promise<Goals> {
  const valid = goalsSchema.parse(goals);
  await withStorageErrors(async () => {
    await (db ?? (await openDatabase())).put('settings', { key: 'goals', value: valid });
  });
  announceChange({ stores: ['settings'] });
  return valid;
}

/** The goals' free texts that two places editing at once both keep (issue #9, item 5). */
export type GoalText = 'summary' | 'helpWanted' | 'intro';

/**
 * Saves goals edited from `base` (the goals as the form loaded them; null for a first statement).
 * Read-modify-write in one transaction: where another window saved the goals meanwhile and both
 * changed the same free text (what you want, the help, your introduction), both versions are kept
 * (utils/tracking/edit-conflict.ts) and named in `bothKept`; other fields take this form's values.
 */
export async function saveGoalsKeepingBoth(goals: Goals, base: Goals | null, db?: MentorScoutDb): Promise<{ goals: Goals; bothKept: GoalText[] }> {
  const mine = goalsSchema.parse(goals);
  const result = await withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const tx = database.transaction('settings', 'readwrite');
    const parsed = goalsSchema.safeParse((await tx.store.get('goals'))?.value);
    const stored = parsed.success ? parsed.data : null;
    const bothKept: GoalText[] = [];
    let next = mine;
    if (stored) {
      const merge = (field: GoalText, pick: (g: Goals) => string) => {
        const outcome = resolveTextEdit({ base: base ? pick(base) : '', mine: pick(mine), stored: pick(stored) });
        if (outcome.conflict) bothKept.push(field);
        return outcome.text;
      };
      const summary = merge('summary', (g) => g.summary);
      const helpWanted = merge('helpWanted', (g) => g.helpWanted);
      const intro = merge('intro', (g) => g.me?.intro ?? '');
      next = goalsSchema.parse({ ...mine, summary, helpWanted, me: { name: mine.me?.name ?? '', intro } });
    }
    await Promise.all([tx.store.put({ key: 'goals', value: next }), tx.done]);
    return { goals: next, bothKept };
  });
  announceChange({ stores: ['settings'] });
  return result;
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
