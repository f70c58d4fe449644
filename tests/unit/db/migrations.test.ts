import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../utils/db/database';
import { DB_VERSION } from '../../../utils/db/migrations';
import { listPeople, listSnapshots } from '../../../utils/db/people';
import { dumpAll, listForPerson } from '../../../utils/db/records';
import { getGoals, getPreferences } from '../../../utils/db/settings';
import { listGoals } from '../../../utils/db/goals';
import { closeDatabases } from './helpers';

afterEach(closeDatabases);

const exampleFile = (version: number) => new URL(`../../fixtures/db/v${version}.json`, import.meta.url);
const loadExample = (version: number) =>
  JSON.parse(readFileSync(exampleFile(version), 'utf8')) as { stores: Record<string, unknown[]> };

/** Writes a version's example data into a database created at exactly that version. */
async function databaseAt(version: number, name: string) {
  const old = await openDatabase({ name, version, separate: true });
  const { stores } = loadExample(version);
  const tx = old.transaction(Object.keys(stores) as never, 'readwrite');
  for (const [store, records] of Object.entries(stores)) {
    for (const record of records) await tx.objectStore(store as never).put(record as never);
  }
  await tx.done;
  old.close();
}

describe('the upgrade ladder', () => {
  it('keeps example data for every earlier version (add tests/fixtures/db/vN.json with each new version)', () => {
    for (let version = 1; version < DB_VERSION; version++) expect(existsSync(exampleFile(version)), `v${version}.json`).toBe(true);
  });

  for (let version = 1; version < DB_VERSION; version++) {
    it(`upgrades a v${version} database to v${DB_VERSION} and every record parses`, async () => {
      const name = `upgrade-from-v${version}`;
      await databaseAt(version, name);
      const db = await openDatabase({ name });
      expect(db.version).toBe(DB_VERSION);
      const { people, unreadable } = await listPeople(db);
      expect(unreadable).toEqual([]);
      expect(people.length).toBe(loadExample(version).stores.people.length);
      const dump = await dumpAll(db);
      expect(dump.snapshots.length).toBe(loadExample(version).stores.snapshots.length);
      expect(dump.pageSections.length).toBe(loadExample(version).stores.pageSections.length);
    });
  }

  it('v1 → v2 starts everyone as "saved" with a dated "saved" event and keeps their notes and snapshots', async () => {
    await databaseAt(1, 'v1-details');
    const db = await openDatabase({ name: 'v1-details' });
    const { people } = await listPeople(db);
    const ada = people.find((p) => p.id === 'li:ada-quill-7')!;
    expect(ada).toMatchObject({ status: 'saved', notes: 'Met at a meetup in 2025.', tags: [], otherUrls: [], showPhoto: false, lastActivityAt: '2026-02-01T10:30:00.000Z' });
    expect(await listSnapshots(ada.id, db)).toHaveLength(1);
    expect(await listForPerson('events', ada.id, db)).toEqual([{ id: 'saved:li:ada-quill-7', personId: ada.id, type: 'saved', at: '2026-01-10T09:00:00.000Z' }]);
    expect((await db.getAllFromIndex('people', 'status', 'saved')).length).toBe(2);
    expect((await getPreferences(db)).premium).toBe(true);
  });

  it('v2 → v3 makes the one goals document the first goal and adds the reflection stores (issue #13)', async () => {
    await databaseAt(2, 'v2-details');
    const db = await openDatabase({ name: 'v2-details' });
    const stored = loadExample(2).stores.settings.find((r) => (r as { key: string }).key === 'goals') as { value: { summary: string } };
    const goals = await listGoals(db);
    expect(goals).toEqual([{ id: 'goal:first', position: 0, goals: expect.objectContaining({ summary: stored.value.summary }), createdAt: expect.any(String), updatedAt: expect.any(String) }]);
    expect(await getGoals(db)).toMatchObject({ summary: stored.value.summary });
    expect(await db.get('settings', 'goals')).toBeUndefined();
    expect(await db.count('reflections')).toBe(0);
    expect(await db.count('goalVersions')).toBe(0);
    expect((await getPreferences(db)).lastExportAt).toBeDefined();
  });
});
