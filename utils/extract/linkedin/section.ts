// The profile's own part of the page, kept beside a snapshot so that a better extractor can re-read
// it later. Serialised here with an explicit stack rather than cloneNode/outerHTML: it never touches
// the live document, drops scripts, styles and event handlers on the way, stops as soon as it is too
// big, and cannot overflow the stack on a page nested thousands of levels deep.
import type { PageSection } from '../../schema/profile';
import { LIMITS } from '../limits';
import { spend, textOf, withOwnBudget } from './dom';

const DROPPED = /^(script|style|noscript|template|iframe|frame|frameset|object|embed|link|meta|base)$/;
const VOID = /^(area|br|col|hr|img|input|source|track|wbr)$/;
const SAFE_ATTRIBUTE = /^[a-z_][\w:.-]*$/i;
const UNSAFE_URL = /^(javascript|vbscript|data):/i;

// Whitespace runs shrink to one character (two newlines where there was a blank line): saved pages
// are often mostly indentation, and re-reading the section needs the text, not the layout.
const escapeText = (text: string): string =>
  text
    .replace(/\s+/g, (run) => (/\n[^]*\n/.test(run) ? '\n\n' : run.includes('\n') ? '\n' : ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** Sanitised HTML of `root`, or null as soon as it grows past `max` characters. */
function serialise(root: Element, max: number): string | null {
  let out = '';
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    if (out.length > max) return null;
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else if (node.nodeType === 3) out += escapeText(node.nodeValue ?? '');
    else if (node.nodeType === 1 && spend()) {
      const el = node as Element;
      const tag = el.localName;
      if (DROPPED.test(tag) || !SAFE_ATTRIBUTE.test(tag)) continue;
      out += `<${tag}`;
      for (const { name, value } of el.attributes) {
        // Browsers ignore whitespace and control characters inside "java\tscript:".
        if (SAFE_ATTRIBUTE.test(name) && !/^on|^style$/i.test(name) && !UNSAFE_URL.test(value.replace(/[\s\0-\x1f]/g, ''))) {
          out += ` ${name}="${escapeAttribute(value)}"`;
        }
      }
      out += '>';
      if (VOID.test(tag)) continue;
      stack.push(`</${tag}>`);
      for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return out;
}

/** Cut `text` to at most `max` UTF-8 bytes without splitting a character. */
function cutToBytes(text: string, max: number): string {
  while (utf8Bytes(text) > max) {
    text = text.slice(0, Math.floor((text.length * max) / utf8Bytes(text)) - 1);
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  }
  return text;
}

/**
 * The page section made of `pieces` (top card and the profile's own sections), outermost only and
 * in page order: HTML when it fits LIMITS.pageSectionBytes, else plain text cut to fit.
 */
export function pageSection(pieces: (Element | null)[]): PageSection | undefined {
  const { result, hit } = withOwnBudget(() => build(pieces));
  if (!result || !result.content) return undefined;
  return { ...result, truncated: result.truncated || hit };
}

function build(pieces: (Element | null)[]): PageSection | undefined {
  const max = LIMITS.pageSectionBytes;
  const kept = pieces
    .filter((el, i): el is Element => !!el && !pieces.some((other, j) => other && j !== i && other !== el && other.contains(el)))
    .filter((el, i, all) => all.indexOf(el) === i)
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b follows a */ ? -1 : 1));
  if (!kept.length) return undefined;
  let html: string | null = '';
  for (const el of kept) {
    const part = serialise(el, max - html.length);
    html = part === null ? null : html + part;
    if (html === null) break;
  }
  if (html !== null && utf8Bytes(html) <= max) return { kind: 'html', content: html, truncated: false };
  const text = kept.map((el) => textOf(el, true)).join('\n\n');
  const content = cutToBytes(text, max);
  return { kind: 'text', content, truncated: content.length < text.length };
}
