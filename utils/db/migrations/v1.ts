import type { IDBPDatabase } from 'idb';

/**
 * Version 1 (issue #2, saving profiles): people keyed by id and unique by canonical profile URL,
 * their snapshots, the raw page sections, and settings.
 *
 * A v1 person was `{id, profileUrl?, profile, notes, createdAt, updatedAt}`; tests/fixtures/db/v1.json
 * keeps an example of every store at this version for the upgrade test.
 */
export function upgradeToV1(db: IDBPDatabase<unknown>): void {
  const people = db.createObjectStore('people', { keyPath: 'id' });
  // Unique: saving the same profile again must update, never duplicate. People without a URL
  // (entered by hand) have no `profileUrl` key at all and so are not in this index.
  people.createIndex('profileUrl', 'profileUrl', { unique: true });
  db.createObjectStore('snapshots', { keyPath: 'id' }).createIndex('personId', 'personId');
  db.createObjectStore('pageSections', { keyPath: 'snapshotId' }).createIndex('personId', 'personId');
  db.createObjectStore('settings', { keyPath: 'key' });
}
