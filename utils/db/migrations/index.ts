import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { upgradeToV1 } from './v1';
import { upgradeToV2 } from './v2';
import { upgradeToV3 } from './v3';

type Step = (db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void;

/** The upgrade ladder: step N takes a database at version N-1 to version N. Append only. */
export const MIGRATIONS: readonly Step[] = [upgradeToV1, upgradeToV2, upgradeToV3];

export const DB_VERSION = MIGRATIONS.length;

/** Runs every step above `oldVersion` up to `newVersion`, in order, inside the upgrade transaction. */
export function runMigrations(
  db: IDBPDatabase<unknown>,
  oldVersion: number,
  newVersion: number,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) MIGRATIONS[version - 1](db, tx);
}
