// Runs in an extension page (the extension's origin, so this is the extension's real IndexedDB),
// through the app's own database and backup modules: seeding, export, import as the Data settings
// screen does it, and small helpers for the other groups.
import { unwrap } from 'idb';
import { serializeBackup } from '../../../utils/backup/backup-format';
import { decodeTextFile } from '../../../utils/backup/decode';
import { planImportFromText } from '../../../utils/backup/import-plan';
import { openDatabase } from '../../../utils/db/database';
import { findPersonByUrl } from '../../../utils/db/people';
import { deletePeople, dumpAll } from '../../../utils/db/records';
import { deleteAllData, exportBackup } from '../../../utils/db/backup';
import { applyImport, type ReadyPlan, readImportBasis } from '../../../utils/db/import';
import { BENCH_GOALS, generatePeople } from '../shared/people';

/** The last export's text, kept here so 15 MB never crosses the DevTools connection. */
let lastExport = '';

const bench = {
  /**
   * The first backup file: the generated people, their events and the goals, written by the app's
   * own serializer (what exportBackup writes). Importing it is how the benchmark fills the database.
   */
  prepareFile(count: number, eventsPerPerson: number): number {
    const { people, events } = generatePeople(count, eventsPerPerson);
    const exportedAt = new Date().toISOString();
    const empty = { snapshots: [], pageSections: [], drafts: [], meetings: [], templates: [], reflections: [], goalVersions: [] };
    const goals = [{ id: 'goal:first', position: 0, goals: BENCH_GOALS, createdAt: exportedAt, updatedAt: exportedAt }];
    const { text, leftOut } = serializeBackup({ people, events, goals, ...empty, settings: {} }, exportedAt);
    if (leftOut.length) throw new Error(`the generated backup left out: ${leftOut.slice(0, 3).join('; ')}`);
    lastExport = text;
    return new TextEncoder().encode(text).length;
  },

  async counts() {
    const db = await openDatabase();
    return { people: await db.count('people'), events: await db.count('events') };
  },

  /** "Export a backup", as the Data settings button runs it (the download itself left out). */
  async timeExport() {
    const t0 = performance.now();
    const { text, leftOut } = await exportBackup(new Date());
    const ms = performance.now() - t0;
    lastExport = text;
    return { ms, bytes: new TextEncoder().encode(text).length, leftOut: leftOut.length };
  },

  /**
   * Restoring the last export into an emptied database, as DataSettings does it: decode the file's
   * bytes, plan against what is stored, then (after the user confirms) keep an Undo copy and apply.
   * Reading the file from disk and the user's review time are left out.
   */
  async timeImport() {
    if (!lastExport) throw new Error('export first');
    const bytes = new TextEncoder().encode(lastExport);
    await deleteAllData();
    const t0 = performance.now();
    const decoded = decodeTextFile(bytes);
    if (!decoded.ok) throw new Error(decoded.error);
    const plan = planImportFromText(await readImportBasis(), decoded.text, { now: new Date().toISOString() });
    if (!plan.ok) throw new Error(plan.error);
    const planned = performance.now();
    await dumpAll();
    await applyImport(plan as ReadyPlan, { restoreSettings: true });
    const done = performance.now();
    return { ms: done - t0, planMs: planned - t0, applyMs: done - planned, counts: plan.counts, ...(await bench.counts()) };
  },

  /**
   * The browser's own floor for the import's writes: the same people and events put with the native
   * API in one transaction (no validation, no idb promises, no plan) into a scratch database with
   * the app's schema, then deleted. What the import costs above this is the app's code.
   */
  async timeRawPutFloor(count: number, eventsPerPerson: number) {
    const name = 'mentor-scout-bench-floor';
    const db = unwrap(await openDatabase({ name, separate: true })) as IDBDatabase;
    const { people, events } = generatePeople(count, eventsPerPerson);
    const t0 = performance.now();
    const tx = db.transaction(['people', 'events'], 'readwrite');
    for (const person of people) tx.objectStore('people').put(person);
    for (const event of events) tx.objectStore('events').put(event);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
    const ms = performance.now() - t0;
    db.close();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
    return ms;
  },

  /** Removes the person saved from `url` (and their records), so the next save creates them again. */
  async forget(url: string) {
    const person = await findPersonByUrl(url);
    if (person) await deletePeople([person.id]);
    return Boolean(person);
  },
};

(globalThis as unknown as { __msBench: typeof bench }).__msBench = bench;
