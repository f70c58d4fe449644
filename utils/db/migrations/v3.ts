import type { IDBPDatabase, IDBPTransaction } from 'idb';

/** The id the goal stated before goals had a list gets: the same in every browser, so imports match. */
export const FIRST_GOAL_ID = 'goal:first';

/**
 * Reflect and adjust (issue #13): reflections (answers, skips and snoozes of reflection prompts,
 * per person), goals as a list of records, and the earlier versions of each goal. The one goals
 * document the mentee stated before (settings "goals") becomes the first goal, dated at the
 * upgrade: its earlier history was never kept. The settings document goes, so there is one place
 * goals live.
 */
export function upgradeToV3(db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>): void {
  db.createObjectStore('reflections', { keyPath: 'id' }).createIndex('personId', 'personId');
  db.createObjectStore('goals', { keyPath: 'id' });
  db.createObjectStore('goalVersions', { keyPath: 'id' }).createIndex('goalId', 'goalId');

  // Only IndexedDB requests are awaited, so the upgrade transaction stays open; any failure aborts
  // the whole upgrade (the database stays at v2 with its data) instead of committing half of it.
  (async () => {
    const settings = tx.objectStore('settings');
    const record = (await settings.get('goals')) as { key: string; value: unknown } | undefined;
    if (!record || record.value === null || typeof record.value !== 'object') return;
    const now = new Date().toISOString();
    await tx.objectStore('goals').put({ id: FIRST_GOAL_ID, position: 0, goals: record.value, createdAt: now, updatedAt: now });
    await settings.delete('goals');
  })().catch(() => {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
  });
}
