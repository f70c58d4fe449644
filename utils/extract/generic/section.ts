// The profile's own part of the page, kept with a snapshot so a later extractor can read it again:
// an element serialised to script-free HTML, or plain text, within LIMITS.pageSectionBytes.
// Serialised with a loop rather than outerHTML: jsdom's serialiser recurses and overflows on
// deeply nested pages, and outerHTML would keep scripts and event handlers.
import type { PageSection } from '../../schema/profile';
import { LIMITS } from '../limits';
import { safeHttpUrl } from '../profile-url';
import { capUtf8, utf8Length } from '../text';

/** Never copied, with everything inside them. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'form', 'input', 'button', 'select', 'textarea', 'base']);
const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'link', 'meta', 'source', 'track', 'wbr']);
/** Attributes a re-reader needs (microformat classes, microdata, dates, links); never on*, never style. */
const KEPT = new Set(['class', 'id', 'itemprop', 'itemscope', 'itemtype', 'itemid', 'itemref', 'rel', 'title', 'alt', 'datetime', 'content', 'property', 'name', 'lang', 'dir', 'value']);
const URL_ATTRIBUTES = new Set(['href', 'src']);

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

function openTag(el: Element, base: string): string {
  let out = `<${el.localName}`;
  for (const attribute of Array.from(el.attributes)) {
    const name = attribute.name.toLowerCase();
    if (URL_ATTRIBUTES.has(name)) {
      const url = safeHttpUrl(attribute.value, base);
      if (url) out += ` ${name}="${escapeAttribute(url)}"`;
    } else if (KEPT.has(name)) {
      out += attribute.value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(attribute.value)}"`;
    }
  }
  return `${out}>`;
}

/** `el` as HTML without scripts, styles, handlers or non-http links, cut at the byte cap. */
export function htmlSection(el: Element, base: string, maxBytes: number = LIMITS.pageSectionBytes): PageSection {
  const parts: string[] = [];
  const open: string[] = [];
  let bytes = 0;
  /** Bytes the closing tags of the open elements will take: kept free so the HTML stays well formed. */
  let reserved = 0;
  let truncated = false;
  const fits = (size: number) => {
    if (bytes + reserved + size <= maxBytes) return true;
    truncated = true;
    return false;
  };
  const close = () => {
    const name = open.pop();
    if (!name) return;
    parts.push(`</${name}>`);
    bytes += name.length + 3;
    reserved -= name.length + 3;
  };
  let node: Node | null = el;
  walk: while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const text = escapeText((node as Text).data);
      if (!fits(utf8Length(text))) break;
      parts.push(text);
      bytes += utf8Length(text);
    } else if (node.nodeType === 1) {
      const element = node as Element;
      const name = element.localName;
      if (!DROPPED.has(name) && /^[a-z][a-z0-9-]*$/.test(name)) {
        const tag = openTag(element, base);
        const closing = VOID.has(name) ? 0 : name.length + 3;
        if (!fits(utf8Length(tag) + closing)) break;
        parts.push(tag);
        bytes += utf8Length(tag);
        if (closing) {
          open.push(name);
          reserved += closing;
          descend = true;
        }
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) close();
    // Climb out of finished elements, closing each, until one has a next sibling.
    let done: Node | null = node;
    node = null;
    while (done && done !== el) {
      if (done.nextSibling) {
        node = done.nextSibling;
        continue walk;
      }
      done = done.parentNode;
      close();
    }
    break;
  }
  while (open.length) close();
  return { kind: 'html', content: parts.join(''), truncated };
}

export function textSection(text: string, maxBytes: number = LIMITS.pageSectionBytes): PageSection {
  const { text: content, cut } = capUtf8(text, maxBytes);
  return { kind: 'text', content, truncated: cut };
}
