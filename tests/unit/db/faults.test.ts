import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../utils/db/database';
import { describeStorageError, StorageProblem } from '../../../utils/db/errors';
import { listPeople, saveCapture, updatePerson } from '../../../utils/db/people';
import { applyBulkWrite, deletePeople, dumpAll, restoreBundle } from '../../../utils/db/records';
import { emptyProfile } from '../../../utils/schema/profile';
import { closeDatabases, freshDb } from './helpers';

afterEach(closeDatabases);

const person = (name: string, slug: string) => ({
  profile: { ...emptyProfile('linkedin'), name, profileUrl: `https://www.linkedin.com/in/${slug}/` },
  sourceUrl: `https://www.linkedin.com/in/${slug}/`,
});

describe('storage faults and concurrency', () => {
  it('two pages changing the same person at once lose neither change', async () => {
    const { db, name } = await freshDb();
    const { person: saved } = await saveCapture(person('Ada Quill', 'ada'), db);
    const pageA = await openDatabase({ name, separate: true });
    const pageB = await openDatabase({ name, separate: true });
    await Promise.all([
      updatePerson(saved.id, (p) => ({ ...p, notes: 'from the side panel' }), pageA),
      updatePerson(saved.id, (p) => ({ ...p, tags: [...p.tags, 'platform'] }), pageB),
      updatePerson(saved.id, (p) => ({ ...p, status: 'drafted' }), pageA),
    ]);
    const after = await db.get('people', saved.id);
    expect(after).toMatchObject({ notes: 'from the side panel', tags: ['platform'], status: 'drafted' });
    pageA.close();
    pageB.close();
  });

  it('an import that fails half-way stores nothing', async () => {
    const { db } = await freshDb();
    await saveCapture(person('Ada Quill', 'ada'), db);
    const before = await dumpAll(db);
    const good = (await listPeople(db)).people[0];
    const bad = { ...good, id: 'li:broken', status: 'not-a-status' } as never;
    await expect(applyBulkWrite({ put: { people: [{ ...good, id: 'li:new', profileUrl: undefined }, bad] } }, db)).rejects.toBeInstanceOf(StorageProblem);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a transaction aborted part-way (constraint error on the last write) keeps nothing of it', async () => {
    const { db } = await freshDb();
    const { person: ada } = await saveCapture(person('Ada Quill', 'ada'), db);
    const before = await dumpAll(db);
    // Same canonical URL under another id violates the unique index on the second put.
    const clash = { ...ada, id: 'li:someone-else' };
    const fresh = { ...ada, id: 'li:fresh', profileUrl: 'https://www.linkedin.com/in/fresh/' };
    await expect(applyBulkWrite({ put: { people: [fresh, clash] } }, db)).rejects.toThrow(/already saved/);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('delete returns everything it removed and undo puts it back exactly', async () => {
    const { db } = await freshDb();
    const { person: ada } = await saveCapture({ ...person('Ada Quill', 'ada'), section: { kind: 'text', content: 'x', truncated: false } }, db);
    await saveCapture(person('Bo Lind', 'bo'), db);
    const before = await dumpAll(db);
    const bundle = await deletePeople([ada.id], db);
    expect(bundle.people.map((p) => p.id)).toEqual([ada.id]);
    expect(bundle.snapshots).toHaveLength(1);
    expect(bundle.pageSections).toHaveLength(1);
    expect((await listPeople(db)).people.map((p) => p.profile.name)).toEqual(['Bo Lind']);
    await restoreBundle(bundle, db);
    const sortById = (d: Awaited<ReturnType<typeof dumpAll>>) =>
      Object.fromEntries(Object.entries(d).map(([k, v]) => [k, [...v].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))]));
    expect(sortById(await dumpAll(db))).toEqual(sortById(before));
  });

  it('speaks plainly about quota and other failures', () => {
    expect(describeStorageError(new DOMException('full', 'QuotaExceededError'))).toMatch(/out of storage space.*nothing was changed/);
    expect(describeStorageError(new DOMException('x', 'AbortError'))).toMatch(/interrupted/);
    expect(describeStorageError(new Error('?'))).toMatch(/nothing was changed/);
  });
});
