// Storage faults injected into fake-indexeddb underneath the app's real database functions: a
// transaction aborted half-way through its writes, storage quota exceeded (both ways a browser
// reports it: the write itself fails, or the commit fails after every write succeeded), a unique
// constraint failing on the last record, and upgrades from every earlier schema version with the
// example data kept for it (tests/fixtures/db/vN.json), including an upgrade that fails.
// tests/unit/db/faults.test.ts covers one abort, concurrency and the quota wording; this runs every
// writing operation through every fault at its first, middle and last write.
import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { planImportFromText } from '../../../utils/backup/import-plan';
import { openDatabase, type MentorScoutDb } from '../../../utils/db/database';
import { describeStorageError, StorageProblem } from '../../../utils/db/errors';
import { DB_VERSION } from '../../../utils/db/migrations';
import { findPersonByUrl, listPeople, saveCapture, updatePerson } from '../../../utils/db/people';
import { deletePeople, dumpAll, putRecord, restoreBundle } from '../../../utils/db/records';
import { saveGoals, updatePreferences } from '../../../utils/db/settings';
import { deleteAllData, exportBackup, restoreAllData } from '../../../utils/db/backup';
import { applyImport, readImportBasis } from '../../../utils/db/import';
import { saveMeeting } from '../../../utils/db/meetings';
import { mergeInDb } from '../../../utils/db/merge';
import { logInteractionFor, setStatus } from '../../../utils/db/timeline';
import { parseBackup, serializeBackup } from '../../../utils/backup/backup-format';
import { emptyProfile } from '../../../utils/schema/profile';
import { T0, makeDraft, makeMeeting, plus } from '../builders';
import { closeDatabases, freshDb } from '../db/helpers';
import { otherBrowser, sampleContents, seed } from './data';

afterEach(async () => {
  restoreFaults();
  await closeDatabases();
});

// An injected fault makes idb promises that nothing awaits reject: the upgrade transaction's
// `done`, requests issued before a later write threw inside `Promise.all([...put()])`, the v2
// migration's fire-and-forget loop (utils/db/migrations/v2.ts). In a page these are console
// noise; Vitest would fail the file for them. Only the fault's own DOMExceptions are taken here;
// anything else still reaches Vitest. What they mean for the data is asserted by the tests.
const FAULT_NAMES = new Set(['AbortError', 'QuotaExceededError', 'TransactionInactiveError', 'InvalidStateError']);
let vitestListeners: ((reason: unknown, promise: Promise<unknown>) => void)[] = [];
beforeAll(() => {
  vitestListeners = process.listeners('unhandledRejection') as typeof vitestListeners;
  process.removeAllListeners('unhandledRejection');
  process.on('unhandledRejection', (reason, promise) => {
    if (reason instanceof DOMException && FAULT_NAMES.has(reason.name)) return;
    for (const listener of vitestListeners) listener(reason, promise);
  });
});
afterAll(() => {
  process.removeAllListeners('unhandledRejection');
  for (const listener of vitestListeners) process.on('unhandledRejection', listener);
});

// ---------------------------------------------------------------------------------------------
// Fault injection. fake-indexeddb (tests/unit/setup.ts) puts its classes on globalThis; idb calls
// the prototype methods, so patching them reaches every write the app makes.

type Write = 'put' | 'delete' | 'clear' | 'cursor.update' | 'cursor.delete';
type FaultKind =
  /** The transaction is aborted right after this write is issued (a crash, a closing page). */
  | 'abort'
  /** The write's request fails with QuotaExceededError and aborts its transaction (how Firefox reports quota). */
  | 'quota-on-write'
  /** Every write succeeds, then the commit fails with QuotaExceededError (how Chromium reports it). */
  | 'quota-on-commit'
  /** The write call itself throws a QuotaExceededError DOMException (a patched put that throws). */
  | 'throw';

interface Patched {
  target: Record<string, unknown>;
  name: string;
  original: unknown;
}
const patched: Patched[] = [];
let writes = 0;
let plan: { at: number; kind: FaultKind } | null = null;
const quotaAtCommit = new WeakSet<object>();

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

function restoreFaults(): void {
  for (const { target, name, original } of patched.splice(0)) target[name] = original;
  plan = null;
  writes = 0;
}

function patch(target: Record<string, unknown>, name: string, replacement: (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown): void {
  const original = target[name] as (...args: unknown[]) => unknown;
  patched.push({ target, name, original });
  target[name] = replacement(original);
}

/** The transaction a store, index or cursor belongs to. */
function transactionOf(source: { transaction?: IDBTransaction; objectStore?: IDBObjectStore; source?: unknown }): IDBTransaction & { _abort(name: string): void } {
  const owner = (source as IDBCursor).source ?? source;
  const store = (owner as IDBIndex).objectStore ?? owner;
  return (store as IDBObjectStore).transaction as never;
}

/**
 * Counts every write the app makes (put, delete, clear, cursor update/delete) and, when `fault` is
 * given, makes the write number `at` (1-based) fail with `kind`. Returns a function reading the count.
 */
function injectWrites(fault?: { at: number; kind: FaultKind }): () => number {
  restoreFaults();
  plan = fault ?? null;
  const g = globalThis as unknown as Record<string, { prototype: Record<string, unknown> }>;
  const wrap = (write: Write) => (original: (...args: unknown[]) => unknown) =>
    function (this: never, ...args: unknown[]) {
      writes += 1;
      if (!plan || writes !== plan.at) return original.apply(this, args);
      const tx = transactionOf(this) as unknown as IDBTransaction & { _requests: { request: unknown; operation: () => unknown }[] };
      if (plan.kind === 'throw') throw quotaError();
      const request = original.apply(this, args);
      if (plan.kind === 'abort') tx.abort();
      else if (plan.kind === 'quota-on-commit') quotaAtCommit.add(tx);
      else {
        // fake-indexeddb queues each request with the operation that performs it; make it fail.
        const queued = tx._requests.find((r) => r.request === request);
        if (!queued) throw new Error(`fault injection: no queued request for ${write}`);
        queued.operation = () => {
          throw quotaError();
        };
      }
      return request;
    };
  patch(g.IDBObjectStore!.prototype, 'put', wrap('put'));
  patch(g.IDBObjectStore!.prototype, 'delete', wrap('delete'));
  patch(g.IDBObjectStore!.prototype, 'clear', wrap('clear'));
  patch(g.IDBCursor!.prototype, 'update', wrap('cursor.update'));
  patch(g.IDBCursor!.prototype, 'delete', wrap('cursor.delete'));
  // A transaction marked above commits by failing: once its last request is done, it aborts with
  // QuotaExceededError instead of completing. `_start`/`_abort` are fake-indexeddb's own steps of
  // the spec's transaction lifecycle (fake-indexeddb 6).
  patch(g.IDBTransaction!.prototype, '_start', (original) =>
    function (this: IDBTransaction & { _requests: { request: IDBRequest }[]; _state: string; _abort(name: string): void }) {
      if (quotaAtCommit.has(this) && this._state !== 'finished' && this._requests.every((r) => r.request.readyState === 'done')) {
        quotaAtCommit.delete(this);
        this._abort('QuotaExceededError');
        return undefined;
      }
      return original.call(this);
    },
  );
  return () => writes;
}

// ---------------------------------------------------------------------------------------------
// Every operation that writes, run against a database seeded with the sample data set.

interface Operation {
  name: string;
  run: (db: MentorScoutDb) => Promise<unknown>;
  /** Set up before the fault (not counted): e.g. delete someone so Undo has something to restore. */
  prepare?: (db: MentorScoutDb) => Promise<(db: MentorScoutDb) => Promise<unknown>>;
}

const NOW = new Date('2026-05-01T12:00:00.000Z');

async function importPlan(db: MentorScoutDb) {
  const text = serializeBackup(otherBrowser(), NOW.toISOString()).text;
  const plan = planImportFromText(await readImportBasis(db), text, { now: NOW.toISOString() });
  if (!plan.ok) throw new Error(plan.error);
  return { plan };
}

const OPERATIONS: Operation[] = [
  {
    name: 'import of a backup (applyImport)',
    prepare: async (db) => {
      const { plan } = await importPlan(db);
      return (target) => applyImport(plan, { restoreSettings: true }, target);
    },
    run: async () => undefined,
  },
  {
    name: 'saving a new capture with its page section (saveCapture)',
    run: (db) =>
      saveCapture(
        {
          profile: { ...emptyProfile('linkedin'), name: 'Nia Okonjo', headline: 'Compiler engineer', profileUrl: 'https://www.linkedin.com/in/nia-okonjo-hostile/' },
          section: { kind: 'html', content: '<section><h1>Nia Okonjo</h1></section>', truncated: false },
          sourceUrl: 'https://www.linkedin.com/in/nia-okonjo-hostile/',
          now: NOW,
        },
        db,
      ),
  },
  {
    name: 'saving a capture of someone saved already (saveCapture update)',
    run: (db) =>
      saveCapture(
        {
          profile: { ...emptyProfile('linkedin'), name: 'Ada Example', headline: 'Principal engineer', profileUrl: 'https://www.linkedin.com/in/ada-example/' },
          section: { kind: 'text', content: 'Ada Example Principal engineer', truncated: false },
          sourceUrl: 'https://de.linkedin.com/in/ada-example/',
          now: NOW,
        },
        db,
      ),
  },
  { name: 'editing notes (updatePerson)', run: (db) => updatePerson('p:zoe', (p) => ({ ...p, notes: 'Called her today.', updatedAt: NOW.toISOString() }), db) },
  { name: 'a status change (setStatus)', run: (db) => setStatus('p:hand', 'drafted', { at: NOW.toISOString(), now: NOW, timeZone: 'Europe/Berlin' }, db) },
  { name: 'logging a reply (logInteractionFor)', run: (db) => logInteractionFor('p:zoe', { type: 'reply', at: NOW.toISOString(), text: 'Happy to talk!', now: NOW }, db) },
  { name: 'a new meeting (saveMeeting)', run: (db) => saveMeeting(makeMeeting('p:zoe', { id: 'm:new', startsAt: plus(T0, 70), createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() }), { now: NOW }, db) },
  { name: 'a draft (putRecord)', run: (db) => putRecord('drafts', makeDraft('p:zoe', { id: 'd:new', text: 'Hello Zoë' }), db) },
  { name: 'merging two people (mergeInDb)', run: (db) => mergeInDb('li:ada-example', 'p:hand', NOW, {}, db) },
  { name: 'deleting a person with all their records (deletePeople)', run: (db) => deletePeople(['li:ada-example'], db) },
  {
    name: 'Undo of a delete (restoreBundle)',
    prepare: async (db) => {
      const bundle = await deletePeople(['li:ada-example'], db);
      return (target) => restoreBundle(bundle, target);
    },
    run: async () => undefined,
  },
  { name: 'deleting all data (deleteAllData)', run: (db) => deleteAllData(db) },
  {
    name: 'Undo of deleting all data (restoreAllData)',
    prepare: async (db) => {
      const removed = await deleteAllData(db);
      return (target) => restoreAllData(removed, {}, target);
    },
    run: async () => undefined,
  },
  { name: 'changing preferences (updatePreferences)', run: (db) => updatePreferences({ followUpDays: 12 }, db) },
  { name: 'changing goals (saveGoals)', run: (db) => saveGoals({ summary: 'Lead a platform team', reasons: [], helpWanted: '', ask: { format: 'call', minutes: 20 } } as never, db) },
];

/** A fresh database with the sample data set, and the operation ready to run against it. */
async function ready(operation: Operation): Promise<{ db: MentorScoutDb; act: (db: MentorScoutDb) => Promise<unknown> }> {
  const { db } = await freshDb();
  await seed(db, sampleContents());
  const act = operation.prepare ? await operation.prepare(db) : operation.run;
  return { db, act };
}

/** How many writes an operation makes, counted on a run without faults (which must succeed). */
async function countWrites(operation: Operation): Promise<number> {
  const { db, act } = await ready(operation);
  const count = injectWrites();
  await act(db);
  const n = count();
  restoreFaults();
  return n;
}

/** Runs the operation with the fault and returns the plain-words message it failed with. */
async function failWith(db: MentorScoutDb, act: (db: MentorScoutDb) => Promise<unknown>, fault: { at: number; kind: FaultKind }): Promise<string> {
  injectWrites(fault);
  try {
    await act(db);
  } catch (error) {
    expect(error, 'storage failures reach the page as StorageProblem').toBeInstanceOf(StorageProblem);
    return describeStorageError(error);
  } finally {
    restoreFaults();
  }
  throw new Error(`the operation succeeded although write ${fault.at} failed (${fault.kind})`);
}

const ABORTED = /^The (change was interrupted before it finished|database was closed while saving \(the browser may be shutting down\)), so nothing was changed\. Try again\.$/;
const OUT_OF_SPACE = /out of storage space for Mentor Scout, so nothing was changed/;

describe.each(OPERATIONS)('$name', (operation) => {
  it('makes writes to fault (counted on a run without faults)', async () => {
    expect(await countWrites(operation)).toBeGreaterThan(0);
  });

  for (const kind of ['abort', 'quota-on-write', 'quota-on-commit', 'throw'] as const) {
    it(`${kind} at its first, middle and last write: a plain message, nothing stored, and it works once the fault is gone`, async () => {
      const total = await countWrites(operation);
      for (const at of [...new Set([1, Math.ceil(total / 2), total])]) {
        const { db, act } = await ready(operation);
        const before = await dumpAll(db);
        const message = await failWith(db, act, { at, kind });
        // An aborted transaction surfaces as 'interrupted' or, once later writes find it finished, as 'closed while saving'.
        expect(message, `write ${at} of ${total}`).toMatch(kind === 'abort' ? ABORTED : OUT_OF_SPACE);
        expect(isDeepStrictEqual(await dumpAll(db), before), `write ${at} of ${total}: the database changed`).toBe(true);
        // Nothing was lost and nothing is stuck: the same operation succeeds now.
        await act(db);
        expect(isDeepStrictEqual(await dumpAll(db), before)).toBe(false);
      }
    });
  }
});

describe('out of storage space, the advice in the message can be followed', () => {
  it('a backup can still be exported while every write fails with QuotaExceededError, and nothing is changed', async () => {
    const { db } = await freshDb();
    await seed(db, sampleContents());
    const before = await dumpAll(db);
    injectWrites({ at: 1, kind: 'quota-on-commit' });
    let exported: Awaited<ReturnType<typeof exportBackup>> | undefined;
    let problem = '';
    try {
      exported = await exportBackup(NOW, db);
    } catch (error) {
      problem = describeStorageError(error);
    } finally {
      restoreFaults();
    }
    // The quota message says "export a backup and delete old people": exporting must not need space.
    expect(problem, 'exportBackup refused to export').toBe('');
    const parsed = parseBackup(exported!.text);
    expect(parsed.ok && parsed.backup.people.map((p) => p.id).sort()).toEqual(sampleContents().people.map((p) => p.id).sort());
    expect(await dumpAll(db)).toEqual(before);
  });

  it('deleting old people works while every put fails with QuotaExceededError (a delete frees space, it needs none)', async () => {
    const { db } = await freshDb();
    await seed(db, sampleContents());
    const g = globalThis as unknown as Record<string, { prototype: Record<string, unknown> }>;
    patch(g.IDBObjectStore!.prototype, 'put', () => () => {
      throw quotaError();
    });
    const bundle = await deletePeople(['p:zoe'], db);
    restoreFaults();
    expect(bundle.people.map((p) => p.id)).toEqual(['p:zoe']);
    expect((await listPeople(db)).people.map((p) => p.id).sort()).toEqual(['li:ada-example', 'p:hand']);
  });
});

describe('a unique constraint failing on the last record', () => {
  it('an import whose last new person was saved in another window meanwhile (another id, same address) stores nothing of the import', async () => {
    const { db } = await freshDb();
    await seed(db, sampleContents());
    const { plan } = await importPlan(db);
    expect(plan.put.people.at(-1)?.profileUrl).toBe('https://tomas.example/about');
    // The side panel saves Tomás from his page while the import waits for the mentee's confirmation.
    await saveCapture({ profile: { ...emptyProfile('web'), name: 'Tomás Ferreira', profileUrl: 'https://tomas.example/about' }, sourceUrl: 'https://tomas.example/about', now: NOW }, db);
    const before = await dumpAll(db);
    const message = await applyImport(plan, { restoreSettings: true }, db).then(
      () => 'imported',
      (error: unknown) => describeStorageError(error),
    );
    expect(message).toMatch(/nothing was (changed|imported)/);
    expect(await dumpAll(db)).toEqual(before);
    expect((await findPersonByUrl('https://tomas.example/about', db))?.id).not.toBe('p:tomas-hostile');
  });

  it('Undo of a delete after the same address was saved again under a new id puts back nothing, and keeps the new save', async () => {
    const { db } = await freshDb();
    await seed(db, sampleContents());
    const bundle = await deletePeople(['p:zoe'], db);
    const { person: again } = await saveCapture({ profile: { ...emptyProfile('web'), name: 'Zoë Müller', profileUrl: 'https://zoe.example.net/about' }, sourceUrl: 'https://zoe.example.net/about', now: NOW }, db);
    const before = await dumpAll(db);
    const message = await restoreBundle(bundle, db).then(
      () => 'restored',
      (error: unknown) => describeStorageError(error),
    );
    expect(message).toMatch(/already saved under the same profile address, so nothing was changed/);
    expect(await dumpAll(db)).toEqual(before);
    expect((await findPersonByUrl('https://zoe.example.net/about', db))?.id).toBe(again.id);
  });
});

// ---------------------------------------------------------------------------------------------
// Upgrades from every earlier version, with the example data kept for it.

const exampleFile = (version: number) => new URL(`../../fixtures/db/v${version}.json`, import.meta.url);
type Example = { stores: Record<string, Record<string, unknown>[]> };
const loadExample = (version: number): Example => JSON.parse(readFileSync(exampleFile(version), 'utf8'));
const KEY_OF: Record<string, string> = { pageSections: 'snapshotId', settings: 'key' };

/** A database created at exactly `version`, holding that version's example data. */
async function databaseAt(version: number, name: string): Promise<void> {
  const old = await openDatabase({ name, version, separate: true });
  const { stores } = loadExample(version);
  const tx = old.transaction(Object.keys(stores) as never, 'readwrite');
  for (const [store, records] of Object.entries(stores)) for (const record of records) await tx.objectStore(store as never).put(record as never);
  await tx.done;
  old.close();
}

/** The raw records of a database at any version, store by store. */
async function rawStores(name: string, version: number): Promise<Record<string, unknown[]>> {
  const db = await openDatabase({ name, version, separate: true });
  const out: Record<string, unknown[]> = {};
  for (const store of [...db.objectStoreNames]) out[store] = await db.getAll(store as never);
  db.close();
  return out;
}

const versions = Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1);

describe('upgrades from every earlier schema version keep the example data', () => {
  it('there is example data for every earlier version', () => {
    for (const version of versions) expect(existsSync(exampleFile(version)), `tests/fixtures/db/v${version}.json`).toBe(true);
  });

  for (const version of versions) {
    it(`v${version} → v${DB_VERSION}: every example record is still there with every field it had`, async () => {
      const name = `hostile-upgrade-v${version}`;
      await databaseAt(version, name);
      const db = await openDatabase({ name, separate: true });
      expect(db.version).toBe(DB_VERSION);
      const dump = await dumpAll(db);
      for (const [store, records] of Object.entries(loadExample(version).stores)) {
        const key = KEY_OF[store] ?? 'id';
        for (const record of records) {
          // v3 (issue #13) moved the one goals document into the goals store, as the first goal.
          if (version < 3 && store === 'settings' && record.key === 'goals') {
            expect(dump.goals).toMatchObject([{ id: 'goal:first', goals: record.value }]);
            continue;
          }
          const upgraded = (dump as Record<string, Record<string, unknown>[]>)[store]!.find((r) => r[key] === record[key]);
          expect(upgraded, `${store} ${String(record[key])}`).toBeDefined();
          expect(upgraded, `${store} ${String(record[key])}`).toMatchObject(record);
        }
      }
      // Every person is readable, findable by address, listed by status, and has a timeline.
      const { people, unreadable } = await listPeople(db);
      expect(unreadable).toEqual([]);
      for (const person of people) {
        if (person.profileUrl) expect((await findPersonByUrl(person.profileUrl, db))?.id).toBe(person.id);
        expect(dump.events.some((e) => (e as { personId: string }).personId === person.id)).toBe(true);
      }
      expect(await db.countFromIndex('people', 'status')).toBe(people.length);
      // The upgraded data can be saved to again and exported.
      await updatePerson(people[0]!.id, (p) => ({ ...p, notes: `${p.notes} Upgraded.` }), db);
      const exported = await exportBackup(NOW, db);
      expect(exported.leftOut).toEqual([]);
      db.close();
    });

    it(`v${version} → v${DB_VERSION} interrupted by a full disk: the database stays at v${version} with its data, and the next open upgrades it`, async () => {
      const name = `hostile-upgrade-fail-v${version}`;
      await databaseAt(version, name);
      const before = await rawStores(name, version);
      injectWrites({ at: 1, kind: 'quota-on-commit' });
      let message = '';
      try {
        (await openDatabase({ name, separate: true })).close();
      } catch (error) {
        message = describeStorageError(error);
      } finally {
        restoreFaults();
      }
      expect(message).toMatch(/nothing was changed|newer version/);
      expect(await rawStores(name, version)).toEqual(before);
      const db = await openDatabase({ name, separate: true });
      expect(db.version).toBe(DB_VERSION);
      expect((await listPeople(db)).unreadable).toEqual([]);
      db.close();
    });

    it(`v${version} → v${DB_VERSION}: a write of the upgrade that throws part-way never leaves a half-upgraded database`, async () => {
      // How many writes the upgrade makes, counted on a copy.
      const probe = `hostile-upgrade-count-v${version}`;
      await databaseAt(version, probe);
      const count = injectWrites();
      (await openDatabase({ name: probe, separate: true })).close();
      const total = count();
      restoreFaults();
      expect(total).toBeGreaterThan(0);
      for (let at = 1; at <= total; at++) {
        const name = `hostile-upgrade-half-v${version}-${at}`;
        await databaseAt(version, name);
        const before = await rawStores(name, version);
        injectWrites({ at, kind: 'throw' });
        let opened: MentorScoutDb | null = null;
        try {
          opened = await openDatabase({ name, separate: true });
        } catch {
          // Refused: fine, as long as the old data is untouched (below).
        } finally {
          restoreFaults();
        }
        if (!opened) {
          expect(await rawStores(name, version), `write ${at} of ${total}`).toEqual(before);
          continue;
        }
        // It opened at the new version: then the upgrade must be complete, for every record.
        const upgradedTo = opened.version;
        const { unreadable, people } = await listPeople(opened);
        const events = (await opened.getAll('events')) as { personId: string; type: string }[];
        opened.close();
        const withoutSavedEvent = people.filter((p) => !events.some((e) => e.personId === p.id && e.type === 'saved')).map((p) => p.id);
        expect({ upgradedTo, unreadable, withoutSavedEvent }, `write ${at} of ${total} failed, yet the database opened`).toEqual({
          upgradedTo: DB_VERSION,
          unreadable: [],
          withoutSavedEvent: [],
        });
      }
    });
  }
});

describe('sanity of the fault injection itself', () => {
  it('without a fault, an operation succeeds and its writes are counted; with one, the fault fires', async () => {
    const { db } = await freshDb();
    await seed(db, sampleContents());
    const count = injectWrites();
    await updatePerson('p:zoe', (p) => ({ ...p, notes: 'x' }), db);
    expect(count()).toBe(1);
    injectWrites({ at: 1, kind: 'quota-on-commit' });
    await expect(updatePerson('p:zoe', (p) => ({ ...p, notes: 'y' }), db)).rejects.toThrow(OUT_OF_SPACE);
    restoreFaults();
    expect((await listPeople(db)).people.find((p) => p.id === 'p:zoe')?.notes).toBe('x');
    expect(isDeepStrictEqual((await dumpAll(db)).people, [])).toBe(false);
  });
});
