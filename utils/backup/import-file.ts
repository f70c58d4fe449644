// From a chosen file to text and the parser it needs, as the Settings screen's import does it:
// its size is checked before it is read (with the cap of the kind of file it is), its bytes are
// decoded, and the kind of file is taken from its name when the name says (.json is a backup,
// .csv a spreadsheet), else from its content. Every refusal speaks of the file in its own terms
// (issue #9, item 13).
import { MAX_BACKUP_BYTES } from './backup-format';
import { CSV_LIMITS } from './csv';
import { decodeTextFile, type ImportFormat } from './decode';

export type { ImportFormat };

/** The largest CSV of people read, in bytes (its text is capped at as many characters). */
export const MAX_CSV_BYTES = CSV_LIMITS.chars;

function megabytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024 / 1024)).toLocaleString('en-US')} MB`;
}

/** The kind of file by its name: a backup (.json), a spreadsheet (.csv, .tsv, .txt), or unknown. */
export function formatFromName(fileName: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'json') return 'backup';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  return null;
}

/** A backup is one JSON object; other JSON (a list, a number) is still meant as JSON, not as a CSV. */
export function detectImportFormat(text: string): ImportFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'backup';
  // A lone JSON value ("null", 42, "text") is JSON too; a CSV of people never parses as one.
  if (start.length < 1_000) {
    try {
      JSON.parse(start);
      return 'backup';
    } catch {
      // Not JSON: a CSV.
    }
  }
  return 'csv';
}

/** Why a file of this size is not read at all, or null. Checked on `File.size`, before reading it. */
export function fileSizeProblem(fileName: string, size: number): string | null {
  const format = formatFromName(fileName);
  if (format === 'csv' && size > MAX_CSV_BYTES) {
    return `“${fileName}” is ${megabytes(size)}; a CSV of people can be at most ${megabytes(MAX_CSV_BYTES)} (about ${CSV_LIMITS.rows.toLocaleString('en-US')} people). Split it into smaller files and import them one by one.`;
  }
  if (size > MAX_BACKUP_BYTES) {
    return `“${fileName}” is ${megabytes(size)}; a Mentor Scout backup can be at most ${megabytes(MAX_BACKUP_BYTES)} and a CSV of people ${megabytes(MAX_CSV_BYTES)}. Choose a Mentor Scout backup (.json) or a CSV of people.`;
  }
  return null;
}

export type ImportFileResult = { ok: true; text: string; format: ImportFormat } | { ok: false; error: string };

/** A chosen file's bytes as text, with the kind of file it is. Never throws. */
export function readImportFile(bytes: Uint8Array, fileName: string): ImportFileResult {
  const tooLarge = fileSizeProblem(fileName, bytes.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  const named = formatFromName(fileName);
  const decoded = decodeTextFile(bytes, MAX_BACKUP_BYTES, named ?? (bytes[0] === 0x7b ? 'backup' : 'csv'));
  if (!decoded.ok) return decoded;
  const format = named ?? detectImportFormat(decoded.text);
  if (format === 'csv' && decoded.text.length > CSV_LIMITS.chars) {
    return { ok: false, error: `This file is ${megabytes(bytes.length)} of text that is not a Mentor Scout backup, and a CSV of people can be at most ${megabytes(MAX_CSV_BYTES)}. Choose a Mentor Scout backup (.json) or a smaller CSV of people.` };
  }
  return { ok: true, text: decoded.text, format };
}
