import { goalsSchema, type Goals } from '../schema/goals';
import { preferencesSchema, type Preferences } from '../schema/preferences';
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
