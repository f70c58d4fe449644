import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * Version 2 (issues #3 and #4, drafting and tracking): drafts, timeline events, meetings and
 * templates; people gain a status, tags, other URLs, a photo preference and a last-activity time,
 * indexed for the side panel's filters. Every existing person starts as "saved" with a "saved"
 * event dated when they were first saved, so their timeline is not empty.
 */
export function upgradeToV2(db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>): void {
  db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('personId', 'personId');
  const events = db.createObjectStore('events', { keyPath: 'id' });
  events.createIndex('personId', 'personId');
  events.createIndex('at', 'at');
  db.createObjectStore('meetings', { keyPath: 'id' }).createIndex('personId', 'personId');
  db.createObjectStore('templates', { keyPath: 'id' });

  const people = tx.objectStore('people');
  people.createIndex('status', 'status');
  people.createIndex('lastActivityAt', 'lastActivityAt');
  // A merged record answers to the other record's address too, so saving from it again finds it.
  people.createIndex('otherUrls', 'otherUrls', { multiEntry: true });

  // Only IndexedDB requests are awaited here, so the upgrade transaction stays open throughout. If
  // any write fails, abort the upgrade: the database stays at v1 with its data, and the next open
  // tries again, instead of committing a half-upgraded v2.
  (async () => {
    const eventStore = tx.objectStore('events');
    for (let cursor = await people.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as Record<string, unknown> & { id: string; createdAt: string; updatedAt: string };
      await cursor.update({
        ...old,
        status: 'saved',
        tags: [],
        otherUrls: [],
        showPhoto: false,
        lastActivityAt: old.updatedAt,
      });
      await eventStore.put({ id: `saved:${old.id}`, personId: old.id, type: 'saved', at: old.createdAt });
    }
  })().catch(() => {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
  });
}
