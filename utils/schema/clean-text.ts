// The one cleaning rule for text that enters the database, whatever brought it: a capture, the
// mentee's typing, an import (issue #9, items 11 and 12). The schemas apply it to every text field
// (`cleanTextSchema` in common.ts), and the extractors use it too, so a name reads the same whether
// it came from a page or from a backup. Plain code without zod: the injected capture scripts use it.

/**
 * Characters that hide or reorder text on screen: zero-width spaces and joiners, the bidi marks,
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, the Arabic letter mark
 * U+061C), word joiners and invisible operators, the byte-order mark, the soft hyphen.
 * "Bidi exe.jpg Person" with a right-to-left override shows as something else than it is.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;

/**
 * A zero-width joiner between two pictographs builds one emoji (👩‍💻 is 👩 ZWJ 💻): removing it
 * would turn the mentee's emoji into two, so that one is kept. U+FE0F (emoji presentation) may sit
 * before the joiner.
 */
const PICTOGRAPH_BEFORE = /\p{Extended_Pictographic}\uFE0F?$/u;
const PICTOGRAPH_AFTER = /^\p{Extended_Pictographic}/u;

/**
 * Half of a surrogate pair with no other half (a string cut inside an emoji, or crafted): it is no
 * character at all, becomes U+FFFD when saved as UTF-8, and then reads as a file in the wrong
 * encoding. A lone high surrogate is one not followed by a low one; a lone low one is not preceded by a high one.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ANYTHING_TO_CLEAN = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\uD800-\uDFFF]/;

/** `value` without invisible and reordering characters and without lone surrogates. Idempotent. */
export function removeInvisible(value: string): string {
  // Most text has none of these: one test instead of two replacements.
  if (!ANYTHING_TO_CLEAN.test(value)) return value;
  const text = value.replace(LONE_SURROGATE, '');
  return text.replace(INVISIBLE, (char, offset: number) =>
    char === '\u200D' && PICTOGRAPH_BEFORE.test(text.slice(Math.max(0, offset - 3), offset)) && PICTOGRAPH_AFTER.test(text.slice(offset + 1, offset + 3)) ? char : '',
  );
}
