import { closeDatabases, openDatabase, type OpenOptions } from '../../../utils/db/database';

let counter = 0;

/** A database of its own per test, so tests never see each other's data. */
export async function freshDb(options: Omit<OpenOptions, 'name'> = {}) {
  const name = `test-${process.pid}-${++counter}`;
  const db = await openDatabase({ name, ...options });
  return { db, name };
}

export { closeDatabases };
