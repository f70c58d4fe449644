// Text helpers shared by every extractor. They read `textContent` only, never layout (innerText,
// getBoundingClientRect): the CLI runs the same code on a DOM built in Node, and both must agree.
// Invisible and reordering characters go by the one rule for stored text (schema/clean-text.ts).
import { removeInvisible } from '../schema/clean-text';
import { isHiddenElement } from './hidden';

/** Collapse every whitespace run to one space, drop invisible characters, trim. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return removeInvisible(value).replace(/\s+/g, ' ').trim();
}

/** Like cleanText, but keeps paragraph breaks (for About and descriptions). */
export function cleanParagraphs(value: string | null | undefined): string {
  if (!value) return '';
  return removeInvisible(value)
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

/** Elements whose text is never page prose: code, styling, embedded documents, form widgets. */
const NON_PROSE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea', 'button']);
/** Elements that start a new paragraph (a blank line) before and after them. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul',
]);

/**
 * The text of a node with paragraph breaks where its block elements are, cleaned like
 * cleanParagraphs: what `innerText` would give for prose, without reading layout. `<br>` counts as
 * a space (one line break collapses). Hidden elements (utils/extract/hidden.ts) give no text. Walks the tree with a loop, not recursion, so a page nested
 * thousands deep cannot overflow the stack; stops after `maxChars` characters or `maxNodes` nodes
 * and then reports `cut`.
 */
export function blockText(
  node: Node | null | undefined,
  { maxChars = Number.POSITIVE_INFINITY, maxNodes = Number.POSITIVE_INFINITY }: { maxChars?: number; maxNodes?: number } = {},
): { text: string; cut: boolean } {
  if (!node || (node.nodeType === 1 && isHiddenElement(node as Element))) return { text: '', cut: false };
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let stopped = false;
  const isBlock = (n: Node) => n.nodeType === 1 && BLOCK.has((n as Element).localName);
  let current: Node | null = node.nodeType === 3 ? node : node.firstChild;
  if (node.nodeType === 3) {
    parts.push((node as Text).data);
    current = null;
  }
  while (current) {
    if (++visited > maxNodes || length > maxChars) {
      stopped = true;
      break;
    }
    let descend = false;
    if (current.nodeType === 3) {
      // Source line breaks are layout of the HTML, not of the text: only blocks make paragraphs.
      const data = (current as Text).data.replace(/[\t\n\f\r ]+/g, ' ');
      parts.push(data);
      length += data.length;
    } else if (current.nodeType === 1) {
      const name = (current as Element).localName;
      if (name === 'br') parts.push('\n');
      else if (!NON_PROSE.has(name) && !isHiddenElement(current as Element)) {
        if (BLOCK.has(name)) parts.push('\n\n');
        descend = true;
      }
    }
    if (descend && current.firstChild) {
      current = current.firstChild;
      continue;
    }
    let done: Node | null = current;
    current = null;
    while (done && done !== node) {
      if (isBlock(done)) parts.push('\n\n');
      if (done.nextSibling) {
        current = done.nextSibling;
        break;
      }
      done = done.parentNode;
    }
  }
  const text = cleanParagraphs(parts.join(''));
  if (text.length > maxChars) return { text: capText(text, maxChars).text, cut: true };
  return { text, cut: stopped };
}

/**
 * The visible text of a node on one line: like textOf, but without the text of scripts, styles,
 * SVG and the other elements blockText skips, and with a space where blocks meet ("About Me" +
 * "Jane Doe" → "About Me Jane Doe", where textContent gives "About MeJane Doe").
 */
export function lineText(node: Node | null | undefined, maxChars = 20_000): string {
  return cleanText(blockText(node, { maxChars }).text);
}

/** Bytes the string takes as UTF-8, without allocating an encoded copy. */
export function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Cut to at most `maxBytes` of UTF-8, never inside a surrogate pair, and report whether it was cut. */
export function capUtf8(value: string, maxBytes: number): { text: string; cut: boolean } {
  if (value.length * 3 <= maxBytes) return { text: value, cut: false };
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) return { text: value.slice(0, i), cut: true };
    bytes += size;
    if (pair) i++;
  }
  return { text: value, cut: false };
}
