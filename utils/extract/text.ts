// Text helpers shared by every extractor. They read `textContent` only, never layout (innerText,
// getBoundingClientRect): the CLI runs the same code on a DOM built in Node, and both must agree.

/** Zero-width and bidi control characters that hide text or reorder it on screen. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;

/** Collapse every whitespace run to one space, drop invisible characters, trim. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Like cleanText, but keeps paragraph breaks (for About and descriptions). */
export function cleanParagraphs(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Text of a node, cleaned, or "" when the node is missing. */
export function textOf(node: Node | null | undefined): string {
  return node ? cleanText(node.textContent) : '';
}

/** Cut to `max` characters on a word boundary where one is near, and report whether it was cut. */
export function capText(value: string, max: number): { text: string; cut: boolean } {
  if (value.length <= max) return { text: value, cut: false };
  const slice = value.slice(0, max);
  const space = slice.lastIndexOf(' ');
  const text = (space > max * 0.8 ? slice.slice(0, space) : slice).trimEnd();
  return { text, cut: true };
}
