// Two places editing one text at once (issue #9, item 5): the same person open in two side-panel
// views, or a view and a popup. Each editor remembers the stored text it started from (`base`);
// when it saves, the stored text is read again in the same transaction. If someone else saved in
// between and both changed it, neither side is dropped: both texts are kept, one after the other,
// and the editor says so. One rule for every free text edited in place (notes, draft text, meeting
// notes and takeaways, goals). Pure: no React, no database.

/** The line put between two versions kept together. Plain text: it reads the same in an export. */
export const BOTH_KEPT_MARK = '— Both kept: this text was edited in two places at once —';

export interface TextEdit {
  /** The stored text when this editor started editing (or last saved). */
  base: string;
  /** What this editor wants to save. */
  mine: string;
  /** What is stored now, read in the transaction that will write. */
  stored: string;
}

export interface EditOutcome {
  /** The text to store. */
  text: string;
  /** True when both sides had changed it and both were kept: tell the person. */
  conflict: boolean;
}

/** What to store for an edit of `base` into `mine` when the store now holds `stored`. */
export function resolveTextEdit({ base, mine, stored }: TextEdit): EditOutcome {
  // Nobody else saved since this editor started, or both arrived at the same text.
  if (stored === base || stored === mine) return { text: mine, conflict: false };
  // This editor changed nothing: what the other place saved stands.
  if (mine === base) return { text: stored, conflict: false };
  // Both changed it. Where one side only emptied it, the other side's text is all there is to keep.
  if (!stored.trim()) return { text: mine, conflict: true };
  if (!mine.trim()) return { text: stored, conflict: true };
  return { text: `${stored.trimEnd()}\n\n${BOTH_KEPT_MARK}\n${mine.trimStart()}`, conflict: true };
}
