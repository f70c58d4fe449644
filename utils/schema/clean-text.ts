// The one cleaning rule for text that enters the database, whatever brought it: a capture, the
// mentee's typing, an import (issue #9, items 11 and 12). The schemas apply it to every text field
// (`storedTextSchema` in common.ts), and the extractors use it too, so a name reads the same whether
// it came from a page or from a backup. Plain code without zod: the injected capture scripts use it.

/**
 * What is removed, as one regular expression (the capture scripts carry it, and their size is
 * budgeted):
 * - characters that hide or reorder text on screen: zero-width spaces and non-joiners, the bidi
 *   marks, embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, the Arabic letter
 *   mark U+061C), word joiners and invisible operators, the byte-order mark, the soft hyphen.
 *   "Bidi exe.jpg Person" with a right-to-left override shows as something else than it is;
 * - the zero-width joiner, except between two pictographs, where it builds one emoji (👩‍💻 is
 *   👩 ZWJ 💻; U+FE0F may sit before the joiner);
 * - half of a surrogate pair with no other half (a string cut inside an emoji, or crafted): it is
 *   no character at all, becomes U+FFFD when saved as UTF-8, and then reads as a file in the wrong
 *   encoding. With the `u` flag, `[\uD800-\uDFFF]` matches only such halves: a whole pair is one
 *   code point outside the range.
 */
const INVISIBLE =
  /[\u061C\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\uD800-\uDFFF]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** `value` without invisible and reordering characters and without lone surrogates. Idempotent. */
export function removeInvisible(value: string): string {
  return value.replace(INVISIBLE, '');
}
