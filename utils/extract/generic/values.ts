// Reading one value out of an element the way microdata and microformats define it: a URL from the
// attribute that holds it, otherwise the element's text. Attributes and textContent only.
import { safeHttpUrl } from '../profile-url';
import { blockText, cleanText, lineText } from '../text';
import { LIMITS } from '../limits';

/** Which attribute holds an element's URL value (HTML microdata, section "values"). */
const URL_ATTRIBUTE: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  img: 'src',
  audio: 'src',
  video: 'src',
  source: 'src',
  embed: 'src',
  iframe: 'src',
  track: 'src',
  object: 'data',
  meta: 'content',
};

/** An http(s) address from the element's URL attribute (or its text), resolved against `base`; else "". */
export function urlValue(el: Element | null | undefined, base: string): string {
  if (!el) return '';
  const attribute = URL_ATTRIBUTE[el.localName];
  const raw = attribute ? el.getAttribute(attribute) : el.getAttribute('href') ?? el.getAttribute('src') ?? lineText(el);
  return safeHttpUrl(raw, base);
}

/** One-line text: a meta's content, an img's alt, an abbr's title, otherwise the text. */
export function textValue(el: Element | null | undefined): string {
  if (!el) return '';
  const name = el.localName;
  if (name === 'meta') return cleanText(el.getAttribute('content'));
  if (name === 'img' || name === 'area') return cleanText(el.getAttribute('alt'));
  if (name === 'data' || name === 'input') return cleanText(el.getAttribute('value'));
  if (name === 'abbr' && el.getAttribute('title') && !lineText(el)) return cleanText(el.getAttribute('title'));
  return lineText(el);
}

/**
 * Prose with its paragraphs (an About, a description). Reads up to twice the field's cap: the cap
 * itself, and its notice, are applied once for every source in draft.ts.
 */
export function proseValue(el: Element | null | undefined, cap: number = LIMITS.about): string {
  if (!el) return '';
  if (el.localName === 'meta') return cleanText(el.getAttribute('content'));
  return blockText(el, { maxChars: 2 * cap, maxNodes: LIMITS.nodesVisited }).text;
}

/** Space-separated tokens of an attribute (class, rel, itemprop), lower-cased. */
export function tokens(el: Element, attribute: string): string[] {
  const value = el.getAttribute(attribute);
  return value ? value.toLowerCase().split(/\s+/).filter(Boolean) : [];
}

/** Join the non-empty parts with ", ", dropping repeats ("Berlin, Berlin, Germany" → "Berlin, Germany"). */
export function joinParts(parts: string[]): string {
  const out: string[] = [];
  for (const part of parts.map(cleanText)) {
    if (part && !out.some((seen) => seen.toLowerCase() === part.toLowerCase())) out.push(part);
  }
  return out.join(', ');
}

/** A company as people write it: GitHub shows a linked organisation as "@acme". */
export function companyName(value: string): string {
  return cleanText(value).replace(/^@(?=\S)/, '');
}
