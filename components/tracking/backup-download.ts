import { exportBackup } from '../../utils/db/backup';
import { downloadText } from './download';

/** Exports the backup and hands it to the browser's download; returns what could not go into it. */
export async function downloadBackup(now: Date = new Date()): Promise<string[]> {
  const { text, fileName, leftOut } = await exportBackup(now);
  downloadText(text, fileName, 'application/json');
  return leftOut;
}

/** The outcome sentence after an export, naming anything left out. */
export function exportedMessage(leftOut: readonly string[]): string {
  if (leftOut.length === 0) return 'Backup saved to your downloads. Keep it somewhere safe: it is the only copy outside this browser.';
  return `Backup saved to your downloads, without ${leftOut.length} damaged record${leftOut.length === 1 ? '' : 's'}: ${leftOut.join(' ')}`;
}
