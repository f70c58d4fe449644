// "Time to export a backup": everything lives in one browser profile, and a backup file is the only
// copy that survives a reinstall or a lost laptop. The reminder stays quiet until there is
// something worth keeping, and does not nag on the day of the first save.
import type { Preferences } from '../schema/preferences';

const DAY_MS = 86_400_000;

/**
 * True when the mentee should be reminded to export: the last export (or, when they never
 * exported, their first save) is `backupReminderDays` or more old. `firstSavedAt` is the oldest
 * person's `createdAt`, or null when nobody is saved.
 */
export function isBackupDue(
  prefs: Pick<Preferences, 'lastExportAt' | 'backupReminderDays'>,
  now: Date,
  firstSavedAt: string | null,
): boolean {
  if (!firstSavedAt) return false;
  const since = Date.parse(prefs.lastExportAt ?? firstSavedAt);
  return Number.isNaN(since) || now.getTime() - since >= prefs.backupReminderDays * DAY_MS;
}
