// Imports in the database: what a plan is made against, applying a confirmed plan in one
// transaction (refused if anything it replaces changed meanwhile), and the last import's Undo,
// kept in the settings store until the next import (issue #9, items 1, 2 and 6).
import type { ExistingData, ImportPlan } from '../backup/import-plan';
import { goalRecordSchema, goalVersionSchema } from '../schema/goal-record';
import { reflectionSchema } from '../schema/reflection';
import { undoUnits, type UndoState, type UndoUnit } from '../backup/import-undo';
import { fingerprint, stableJson } from '../backup/stable-json';
import { draftSchema, templateSchema } from '../schema/draft';
import { timelineEventSchema } from '../schema/event';
import { importUndoSchema, LAST_IMPORT_KEY, type ImportSettingWrite, type ImportUndo, type ImportWrite } from '../schema/import-undo';
import { meetingSchema } from '../schema/meeting';
import { personSchema } from '../schema/person';
import { PERSON_RECORD_KINDS, RECORD_SCHEMAS, type RecordKind } from '../schema/records';
import { announceChange, inTransaction, openDatabase, type MentorScoutDb } from './database';
import { StorageProblem, withStorageErrors } from './errors';
import { readable } from './parse';
import { ALL_STORES } from './schema';

export type ReadyPlan = Extract<ImportPlan, { ok: true }>;

/** The key of a record in its store. */
function keyOf(kind: RecordKind, record: unknown): string {
  const r = record as { id?: string; snapshotId?: string };
  return String(kind === 'pageSections' ? r.snapshotId : r.id);
}

/**
 * Everything an import plan is compared with, read in one transaction: people, templates, events,
 * drafts and meetings (parsed), and who owns each stored snapshot and page section (their keys
 * only: an import never replaces one, and page sections are large).
 */
export async function readImportBasis(db?: MentorScoutDb): Promise<ExistingData> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const tx = database.transaction(['people', 'templates', 'events', 'drafts', 'meetings', 'snapshots', 'pageSections', 'reflections', 'goals', 'goalVersions']);
    const owners = async (store: 'snapshots' | 'pageSections') => {
      const map = new Map<string, string>();
      for (let cursor = await tx.objectStore(store).index('personId').openKeyCursor(); cursor; cursor = await cursor.continue()) {
        map.set(String(cursor.primaryKey), String(cursor.key));
      }
      return map;
    };
    const [people, templates, events, drafts, meetings, snapshotOwners, pageSectionOwners, reflections, goals, goalVersions] = await Promise.all([
      tx.objectStore('people').getAll(),
      tx.objectStore('templates').getAll(),
      tx.objectStore('events').getAll(),
      tx.objectStore('drafts').getAll(),
      tx.objectStore('meetings').getAll(),
      owners('snapshots'),
      owners('pageSections'),
      tx.objectStore('reflections').getAll(),
      tx.objectStore('goals').getAll(),
      tx.objectStore('goalVersions').getAll(),
    ]);
    await tx.done;
    return {
      people: readable(personSchema, people),
      templates: readable(templateSchema, templates),
      events: readable(timelineEventSchema, events),
      drafts: readable(draftSchema, drafts),
      meetings: readable(meetingSchema, meetings),
      snapshotOwners,
      pageSectionOwners,
      reflections: readable(reflectionSchema, reflections),
      goals: readable(goalRecordSchema, goals),
      goalVersions: readable(goalVersionSchema, goalVersions),
    };
  });
}

export interface ApplyImportOptions {
  /** "Also restore my settings": the file's preferences replace the ones here (goals are records, merged). */
  restoreSettings?: boolean;
  /** The file's name, kept with the Undo ("Undo the import of … on 4 Dec"). */
  fileName?: string;
  /** When the import is applied (the Undo's date). */
  now?: Date;
}

const STALE = 'Your saved data changed while you were reviewing this import, so nothing was imported. Choose the file again to see an up-to-date plan.';

/** "2 added, 1 updated, 0 skipped; settings restored from the file". */
export function importSummary(plan: ReadyPlan, restoreSettings: boolean): string {
  const { add, update, skip } = plan.counts;
  return `${add} added, ${update} updated, ${skip} skipped${restoreSettings ? '; settings restored from the file' : ''}`;
}

/**
 * Applies a confirmed import plan in one transaction over every store, and keeps its Undo (what it
 * added, and the earlier copy of what it replaced) in place of the previous import's. Refused, with
 * nothing written, when a record the plan replaces changed since the plan was made, or one it adds
 * exists by now: the plan would overwrite that change unseen.
 */
export async function applyImport(plan: ReadyPlan, options: ApplyImportOptions = {}, db?: MentorScoutDb): Promise<ImportUndo> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    // Validated (and cleaned) before the transaction opens: a record failing half-way must not leave the ones before it written.
    const records = (Object.keys(RECORD_SCHEMAS) as RecordKind[]).flatMap((kind) =>
      plan.put[kind].map((record) => ({ kind, record: RECORD_SCHEMAS[kind].parse(record) as unknown })),
    );
    const expected = new Map<string, unknown>();
    for (const [kind, list] of Object.entries(plan.replaces) as [RecordKind, unknown[]][]) {
      for (const record of list) expected.set(`${kind}\n${keyOf(kind, record)}`, record);
    }
    const names = new Map(plan.rows.map((row) => [row.personId, row.name]));
    for (const person of plan.put.people) names.set(person.id, person.profile.name);
    const settings = options.restoreSettings ? (['preferences'] as const).filter((key) => plan.settings[key] !== undefined) : [];

    const undo = await inTransaction(database, ALL_STORES, 'readwrite', async (tx) => {
      const stored = await Promise.all(records.map(({ kind, record }) => tx.objectStore(kind).get(keyOf(kind, record) as never)));
      const writes: ImportWrite[] = [];
      records.forEach(({ kind, record }, i) => {
        const key = keyOf(kind, record);
        const before = expected.get(`${kind}\n${key}`);
        const raw = stored[i];
        if (before === undefined ? raw !== undefined : !sameRecord(kind, raw, before)) throw new StorageProblem(STALE);
        const personId = kind === 'people' ? key : kind === 'templates' || kind === 'goals' || kind === 'goalVersions' ? undefined : (record as { personId: string }).personId;
        const label =
          kind === 'templates'
            ? `Template “${(record as { name: string }).name}”`
            : kind === 'goals' || kind === 'goalVersions'
              ? `Goal “${(record as { goals: { summary: string } }).goals.summary.slice(0, 60)}”`
              : (names.get(personId!) ?? personId!);
        const goalId = kind === 'goals' ? key : kind === 'goalVersions' ? (record as { goalId: string }).goalId : undefined;
        writes.push({ kind, key, ...(personId ? { personId } : {}), ...(goalId ? { goalId } : {}), label, written: fingerprint(record), ...(before === undefined ? {} : { earlier: raw }) });
      });
      const settingWrites: ImportSettingWrite[] = [];
      for (const key of settings) {
        const earlier = (await tx.objectStore('settings').get(key))?.value;
        settingWrites.push({ key, written: fingerprint(plan.settings[key]), earlier: earlier ?? null });
      }
      const undo: ImportUndo = {
        at: (options.now ?? new Date()).toISOString(),
        fileName: (options.fileName ?? 'the file').slice(0, 300),
        summary: importSummary(plan, settings.length > 0),
        writes,
        settings: settingWrites,
      };
      await Promise.all([
        ...records.map(({ kind, record }) => tx.objectStore(kind).put(record as never)),
        ...settings.map((key) => tx.objectStore('settings').put({ key, value: plan.settings[key] })),
        tx.objectStore('settings').put({ key: LAST_IMPORT_KEY, value: importUndoSchema.parse(undo) }),
      ]);
      return undo;
    });
    announceChange({ stores: ALL_STORES });
    return undo;
  });
}

/** The stored record is still the one the plan saw (compared parsed: the plan saw parsed records). */
function sameRecord(kind: RecordKind, raw: unknown, seen: unknown): boolean {
  if (raw === undefined) return false;
  const parsed = RECORD_SCHEMAS[kind].safeParse(raw);
  return parsed.success && stableJson(parsed.data) === stableJson(seen);
}

export interface LastImport {
  undo: ImportUndo;
  /** What Undo would do now: every unit, with the ones changed since the import marked (when asked for). */
  units: UndoUnit[] | null;
}

type AnyTx = Parameters<Parameters<typeof inTransaction>[3]>[0];

/** What is stored now for an Undo's records, read in `tx`. */
async function undoState(tx: AnyTx, undo: ImportUndo): Promise<UndoState> {
  const current = new Map<string, unknown>();
  const values = await Promise.all(undo.writes.map((w) => tx.objectStore(w.kind).get(w.key as never)));
  undo.writes.forEach((w, i) => current.set(`${w.kind}\n${w.key}`, values[i]));
  const written = new Set(undo.writes.map((w) => `${w.kind}\n${w.key}`));
  const later = new Map<string, number>();
  const addedPeople = undo.writes.filter((w) => w.kind === 'people' && w.earlier === undefined).map((w) => w.key);
  for (const personId of addedPeople) {
    let count = 0;
    for (const kind of PERSON_RECORD_KINDS) {
      const keys = await tx.objectStore(kind).index('personId').getAllKeys(personId);
      count += keys.filter((key) => !written.has(`${kind}\n${String(key)}`)).length;
    }
    later.set(personId, count);
  }
  const settings = new Map<string, unknown>();
  for (const s of undo.settings) settings.set(s.key, (await tx.objectStore('settings').get(s.key))?.value);
  return {
    current: (kind, key) => current.get(`${kind}\n${key}`),
    laterRecords: (personId) => later.get(personId) ?? 0,
    setting: (key) => settings.get(key),
  };
}

async function readUndo(tx: AnyTx): Promise<ImportUndo | null> {
  const parsed = importUndoSchema.safeParse((await tx.objectStore('settings').get(LAST_IMPORT_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

/**
 * The last import's Undo, or null when there is none; with `units`, also what it would do now
 * (which reads every record the import wrote: only when the mentee is about to undo).
 */
export async function readLastImport(options: { units?: boolean } = {}, db?: MentorScoutDb): Promise<LastImport | null> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    return inTransaction(database, ALL_STORES, 'readonly', async (tx) => {
      const undo = await readUndo(tx);
      if (!undo) return null;
      return { undo, units: options.units ? undoUnits(undo, await undoState(tx, undo)) : null };
    });
  });
}

export interface UndoImportResult {
  /** Put back as before the import. */
  reverted: UndoUnit[];
  /** Changed since the import and kept as they are now. */
  kept: UndoUnit[];
}

/**
 * Undoes the last import: every person (with their records), template and settings document it
 * added or changed goes back to how it was before, except those changed since the import, which
 * are kept unless listed in `alsoRevert` (unit ids from readLastImport). Records saved since that
 * the import did not write are never touched, except those of a person the import added when the
 * mentee chose to revert that person too. One transaction; the Undo is used up.
 */
export async function undoLastImport(options: { alsoRevert?: readonly string[] } = {}, db?: MentorScoutDb): Promise<UndoImportResult> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const chosen = new Set(options.alsoRevert ?? []);
    const result = await inTransaction(database, ALL_STORES, 'readwrite', async (tx) => {
      const undo = await readUndo(tx);
      if (!undo) throw new StorageProblem('There is no import to undo (it was undone already, or your data was deleted since).');
      const units = undoUnits(undo, await undoState(tx, undo));
      const reverted: UndoUnit[] = [];
      const kept: UndoUnit[] = [];
      for (const unit of units) {
        if (unit.changedSince && !chosen.has(unit.id)) {
          kept.push(unit);
          continue;
        }
        reverted.push(unit);
        if (unit.id === 'settings') {
          for (const s of undo.settings) {
            if (s.earlier === null) await tx.objectStore('settings').delete(s.key);
            else await tx.objectStore('settings').put({ key: s.key, value: s.earlier });
          }
          continue;
        }
        // A person the import added goes with everything of theirs, also what was saved since (the mentee chose so).
        if (unit.addedPerson) {
          const personId = unit.id.slice('person:'.length);
          for (const kind of PERSON_RECORD_KINDS) {
            for (const key of await tx.objectStore(kind).index('personId').getAllKeys(personId)) await tx.objectStore(kind).delete(key);
          }
        }
        // What it added goes first, then the earlier copies come back (a profile address is unique).
        for (const write of unit.writes) {
          if (write.earlier === undefined) await tx.objectStore(write.kind).delete(write.key as never);
        }
        for (const write of unit.writes) {
          if (write.earlier !== undefined) await tx.objectStore(write.kind).put(write.earlier as never);
        }
      }
      await tx.objectStore('settings').delete(LAST_IMPORT_KEY);
      return { reverted, kept };
    });
    announceChange({ stores: ALL_STORES });
    return result;
  });
}
