// Turning an imported file's bytes into text. Spreadsheets save CSV in several encodings; this
// decodes the ones that say what they are (a UTF-8 or UTF-16 byte-order mark) and otherwise
// insists on valid UTF-8 rather than guessing: a wrong guess silently garbles every accented name.
// The parsers also recognise text that was decoded wrongly (NULs of UTF-16, U+FFFD of bad bytes).
// Refusals say what the file is and what to do in the terms of the kind of file it was meant to be:
// a backup is re-exported, a spreadsheet is saved again as "CSV UTF-8" (issue #9, item 13).
import { MAX_BACKUP_BYTES } from './backup-format';

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/** Which kind of file the mentee meant to import, for the advice in a refusal. */
export type ImportFormat = 'backup' | 'csv';

/** What to do about a file in the wrong encoding, by the kind of file it was meant to be. */
export const ENCODING_ADVICE: Record<ImportFormat, string> = {
  backup: 'Mentor Scout backups are UTF-8 text: choose the file that Export backup saved, or export the backup again.',
  csv: 'In your spreadsheet, save it as "CSV UTF-8" and import that.',
};

/** The first bytes of common binary files, to name what the file is. */
const SIGNATURES: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (an Excel .xlsx or OpenDocument .ods workbook is one)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel .xls workbook'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

/** "UTF-16 text without a byte-order mark", "a zip archive…", or null for text that may be UTF-8. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [signature, name] of SIGNATURES) if (signature.every((b, i) => bytes[i] === b)) return name;
  const head = bytes.subarray(0, 4096);
  let nulsEven = 0;
  let nulsOdd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === 0) {
      if (i % 2) nulsOdd++;
      else nulsEven++;
    }
  }
  if (nulsEven + nulsOdd === 0) return null;
  // Mostly-ASCII UTF-16 has a NUL in every other byte: the odd ones (little-endian) or the even ones.
  const half = head.length / 2;
  if ((nulsOdd > half * 0.6 && nulsEven < half * 0.05) || (nulsEven > half * 0.6 && nulsOdd < half * 0.05)) return 'UTF-16 text without a byte-order mark';
  return 'a binary file, not text';
}

/**
 * Reads a file's bytes as text: UTF-8 (with or without BOM), or UTF-16 with a BOM. Never throws.
 * `format` words the refusal for the kind of file it was meant to be (a spreadsheet by default).
 */
export function decodeTextFile(bytes: Uint8Array, maxBytes: number = MAX_BACKUP_BYTES, format: ImportFormat = 'csv'): DecodeResult {
  if (bytes.length > maxBytes) return { ok: false, error: `This file is too large to import (over ${Math.round(maxBytes / 1024 / 1024)} MB).` };
  const what = format === 'backup' ? 'a Mentor Scout backup' : 'a CSV of people';
  try {
    // A byte-order mark stays at the start of the text as U+FEFF: it says the file was written in
    // this encoding on purpose, so the CSV parser takes a U+FFFD in it as a character of the data
    // (our own export always starts with one). The parsers drop it.
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: `\uFEFF${new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2))}` };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: `\uFEFF${new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2))}` };
    const kind = binaryKind(bytes);
    if (kind) return { ok: false, error: `This file is ${kind}, so it is not ${what}. ${ENCODING_ADVICE[format]}` };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      error:
        format === 'backup'
          ? `This file is not UTF-8 text (an editor may have saved it in another encoding, such as Latin-1), so it is not ${what} as Mentor Scout writes it. ${ENCODING_ADVICE.backup}`
          : `This file is not UTF-8 text, so accented letters would come out garbled. ${ENCODING_ADVICE.csv}`,
    };
  }
}
