import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_VERSION, runMigrations } from './migrations';
import { DB_NAME, type MentorScoutSchema, type StoreName } from './schema';

export type MentorScoutDb = IDBPDatabase<MentorScoutSchema>;

/**
 * The one way into IndexedDB. Only extension pages (popup, side panel) and the background open it,
 * never a content script: there `indexedDB` would be the host site's.
 */
export interface OpenOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** Open at an older version (the upgrade tests build v1 databases this way). */
  version?: number;
  /** A connection of its own instead of this context's shared one (tests play two pages this way). */
  separate?: boolean;
}

const connections = new Map<string, Promise<MentorScoutDb>>();

export function openDatabase({ name = DB_NAME, version = DB_VERSION, separate = false }: OpenOptions = {}): Promise<MentorScoutDb> {
  const key = `${name}@${version}`;
  let connection = separate ? undefined : connections.get(key);
  if (!connection) {
    connection = openDB<MentorScoutSchema>(name, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        runMigrations(db as unknown as IDBPDatabase<unknown>, oldVersion, newVersion ?? version, tx as never);
      },
      // Another page opened a newer version (after an update): let it upgrade, reopen next time.
      blocking() {
        void connection?.then((db) => db.close());
        connections.delete(key);
      },
      terminated() {
        connections.delete(key);
      },
    });
    if (!separate) {
      connections.set(key, connection);
      connection.catch(() => connections.delete(key));
    }
  }
  return connection;
}

/** Closes every connection this context opened (tests, "delete all my data"). */
export async function closeDatabases(): Promise<void> {
  const open = [...connections.values()];
  connections.clear();
  await Promise.allSettled(open.map(async (c) => (await c).close()));
}

/**
 * Asks the browser never to evict our data under storage pressure. With `unlimitedStorage` Chrome
 * already treats it as persistent; Firefox asks the user. Harmless to call more than once.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** Who changed what, broadcast to every open extension page after a commit so lists stay fresh. */
export interface DbChange {
  stores: StoreName[];
  personIds?: string[];
}

const CHANNEL = 'mentor-scout-db';
let channel: BroadcastChannel | null = null;

function changeChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  return (channel ??= new BroadcastChannel(CHANNEL));
}

export function announceChange(change: DbChange): void {
  changeChannel()?.postMessage(change);
}

/** Calls `listener` when another page committed a change. Returns the function that stops it. */
export function onDbChange(listener: (change: DbChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  // A channel of its own: a BroadcastChannel does not receive its own messages, and this page's
  // writes must also reach this page's other listeners.
  const receiver = new BroadcastChannel(CHANNEL);
  receiver.onmessage = (event: MessageEvent<DbChange>) => listener(event.data);
  return () => receiver.close();
}

type Tx<S extends StoreName[], M extends IDBTransactionMode> = IDBPTransaction<MentorScoutSchema, S, M>;

/**
 * Runs `work` in one transaction and waits for it to commit. If `work` throws part-way, the
 * transaction is aborted so that nothing it already wrote is kept: IndexedDB would otherwise commit
 * the requests issued before the throw.
 */
export async function inTransaction<S extends StoreName[], M extends IDBTransactionMode, T>(
  db: MentorScoutDb,
  stores: S,
  mode: M,
  work: (tx: Tx<S, M>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, mode);
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing left to undo.
    }
    await tx.done.catch(() => {});
    throw error;
  }
}
