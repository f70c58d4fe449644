// Turning an imported file's bytes into text. Spreadsheets save CSV in several encodings; this
// decodes the ones that say what they are (a UTF-8 or UTF-16 byte-order mark) and otherwise
// insists on valid UTF-8 rather than guessing: a wrong guess silently garbles every accented name.
// The parsers also recognise text that was decoded wrongly (NULs of UTF-16, U+FFFD of bad bytes).
import { MAX_BACKUP_BYTES } from './backup-format';

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/** Reads a file's bytes as text: UTF-8 (with or without BOM), or UTF-16 with a BOM. Never throws. */
export function decodeTextFile(bytes: Uint8Array, maxBytes: number = MAX_BACKUP_BYTES): DecodeResult {
  if (bytes.length > maxBytes) return { ok: false, error: `This file is too large to import (over ${Math.round(maxBytes / 1024 / 1024)} MB).` };
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)) };
    // TextDecoder drops a UTF-8 byte-order mark by itself.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      error: 'This file is not UTF-8 text, so accented letters would come out garbled. In your spreadsheet, save it as "CSV UTF-8" and import that.',
    };
  }
}
