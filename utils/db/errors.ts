/** A change to a person who was deleted meanwhile (in another window). */
export const PERSON_GONE = 'This person is no longer saved (deleted in another window?), so nothing was changed.';

/** Plain words for what can go wrong in storage; the UI shows these, never an error code. */
export class StorageProblem extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageProblem';
  }
}

export function describeStorageError(error: unknown): string {
  if (error instanceof StorageProblem) return error.message;
  const name = (error as { name?: string } | null)?.name;
  switch (name) {
    case 'QuotaExceededError':
      return 'Your browser is out of storage space for Mentor Scout, so nothing was changed. Free some disk space, or export a backup and delete old people, then try again.';
    case 'ConstraintError':
      return 'This person is already saved under the same profile address, so nothing was changed.';
    case 'AbortError':
    case 'TransactionInactiveError':
      return 'The change was interrupted before it finished, so nothing was changed. Try again.';
    case 'VersionError':
      return 'Your data was written by a newer version of Mentor Scout. Update the extension to open it.';
    case 'InvalidStateError':
      return 'The database was closed while saving (the browser may be shutting down), so nothing was changed. Try again.';
    default:
      return 'Mentor Scout could not save this change, so nothing was changed. Try again; if it keeps happening, export a backup from the side panel.';
  }
}

/** Runs a storage call and rethrows any failure as a StorageProblem with plain words. */
export async function withStorageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof StorageProblem ? error : new StorageProblem(describeStorageError(error), error);
  }
}
