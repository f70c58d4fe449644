// The mentee's data in and out of the database: the backup export, "delete all my data" and its
// Undo (imports and their Undo: ./import.ts). Each write is one transaction: all of it, or none.
import { backupFileName, serializeBackup, type BackupContents } from '../backup/backup-format';
import { openDatabase, type MentorScoutDb } from './database';
import { withStorageErrors } from './errors';
import { applyBulkWrite, dumpAll, type BulkWrite, type StoreDump } from './records';
import { ALL_STORES, type SettingRecord } from './schema';
import { readPreferences, updatePreferences } from './settings';
import { RECORD_SCHEMAS } from '../schema/records';

export interface ExportedBackup {
  text: string;
  fileName: string;
  /** Records that could not go into the file, each with the reason (usually empty). */
  leftOut: string[];
}

function settingValue(dump: StoreDump, key: string): unknown {
  return (dump.settings as SettingRecord[]).find((record) => record?.key === key)?.value;
}

/**
 * The backup file of everything stored, and "last exported" set to now. The file's own preferences
 * carry that same time, so restoring the file gives back exactly what was stored after the export.
 */
export async function exportBackup(now: Date = new Date(), db?: MentorScoutDb): Promise<ExportedBackup> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const exportedAt = now.toISOString();
    const dump = await dumpAll(database);
    const preferences = { ...readPreferences(settingValue(dump, 'preferences')), lastExportAt: exportedAt };
    // Raw records: serializeBackup checks each and names what it leaves out.
    const contents = {
      people: dump.people,
      snapshots: dump.snapshots,
      pageSections: dump.pageSections,
      events: dump.events,
      drafts: dump.drafts,
      meetings: dump.meetings,
      templates: dump.templates,
      reflections: dump.reflections,
      goals: dump.goals,
      goalVersions: dump.goalVersions,
      settings: { preferences },
    } as BackupContents;
    const { text, leftOut } = serializeBackup(contents, exportedAt);
    // Best effort: when storage is full, exporting is exactly what the mentee was told to do, so
    // the file must still come out even if noting the date fails (the file itself carries it).
    await updatePreferences({ lastExportAt: exportedAt }, database).catch(() => {});
    return { text, fileName: backupFileName(exportedAt), leftOut };
  });
}

/**
 * Deletes everything (people, records, templates, settings) in one transaction and returns what
 * was there, for Undo within the session (restoreAllData).
 */
export async function deleteAllData(db?: MentorScoutDb): Promise<StoreDump> {
  return withStorageErrors(async () => {
    const database = db ?? (await openDatabase());
    const before = await dumpAll(database);
    await applyBulkWrite({ clear: [...ALL_STORES], put: {} }, database);
    return before;
  });
}

/**
 * Puts a dump back in one transaction: the Undo of deleteAllData (anything saved since stays) or,
 * with `replace`, of an import (the stores are emptied first, so what the import added goes).
 * Returns how many damaged records, unreadable already before, could not be put back.
 */
export async function restoreAllData(dump: StoreDump, options: { replace?: boolean } = {}, db?: MentorScoutDb): Promise<{ damaged: number }> {
  let damaged = 0;
  const put: BulkWrite['put'] = { settings: dump.settings as SettingRecord[] };
  for (const [store, schema] of Object.entries(RECORD_SCHEMAS) as [keyof typeof RECORD_SCHEMAS, (typeof RECORD_SCHEMAS)[keyof typeof RECORD_SCHEMAS]][]) {
    const valid: unknown[] = [];
    for (const record of dump[store]) {
      if (schema.safeParse(record).success) valid.push(record);
      else damaged += 1;
    }
    (put as Record<string, unknown[]>)[store] = valid;
  }
  await applyBulkWrite({ ...(options.replace ? { clear: [...ALL_STORES] } : {}), put }, db);
  return { damaged };
}
