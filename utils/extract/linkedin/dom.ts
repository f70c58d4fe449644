// Reading the page: visible text, first match by priority, and the element budget. Everything
// reads textContent-level data (text nodes, attributes) through TreeWalker and querySelector, never
// layout, and never recurses, so the same code agrees in a browser and on jsdom and survives pages
// nested thousands of levels deep.
import { LIMITS } from '../limits';
import { isHiddenElement, MAYBE_HIDDEN } from '../hidden';
import { cleanParagraphs, cleanText } from '../text';
import { HIDDEN } from './selectors';

let left = 0;
/** True once a walk ran out of budget: the caller tells the user the page was only partly read. */
export let budgetHit = false;

/** Starts a new extraction's element budget (LIMITS.nodesVisited elements across all walks). */
export function resetBudget(): void {
  left = LIMITS.nodesVisited;
  budgetHit = false;
  present = new WeakMap();
}

/**
 * Attributes that only some eras use (2025-26 componentkey, 2023-26 data-testid, 2024 guest
 * data-section). On a page without one of them, every selector needing it would walk the whole
 * page to find nothing; asking once whether the page has the attribute at all skips those walks.
 */
const ERA_ATTRIBUTE = /\[(componentkey|data-testid|data-section|data-view-name)/;
let present = new WeakMap<Node, Map<string, boolean>>();

/** Per selector, the era attribute each part of it needs ('' for none), worked out once. */
const partsNeed = new Map<string, string[]>();

/** False when every part of `selector` needs an era attribute the page has none of. */
function mayMatch(root: ParentNode, selector: string): boolean {
  let needs = partsNeed.get(selector);
  if (!needs) partsNeed.set(selector, (needs = selector.split(',').map((part) => ERA_ATTRIBUTE.exec(part)?.[1] ?? '')));
  if (needs.includes('')) return true;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  let known = present.get(doc);
  if (!known) present.set(doc, (known = new Map()));
  return needs.some((attribute) => {
    let has = known.get(attribute);
    if (has === undefined) known.set(attribute, (has = !!doc.querySelector(`[${attribute}]`)));
    return has;
  });
}

/**
 * Runs `work` on a budget of its own and reports whether that ran out, keeping the fields' budget
 * as it was. The page section needs this: on a huge page the fields may spend the whole budget,
 * and the section must still be kept (its own output is capped by size anyway).
 */
export function withOwnBudget<T>(work: () => T): { result: T; hit: boolean } {
  const saved = { left, budgetHit };
  resetBudget();
  try {
    const result = work();
    return { result, hit: budgetHit };
  } finally {
    left = saved.left;
    budgetHit = saved.budgetHit;
  }
}

/** Counts one element looked at; false once the budget is spent. */
export function spend(): boolean {
  if (--left >= 0) return true;
  budgetHit = true;
  return false;
}

const SKIP_HEADINGS = `${HIDDEN}, h1, h2, h3`;
/** The tags HIDDEN skips by name; every other part of it needs a class or role attribute. */
const SKIPPED_TAGS = new RegExp(`^(${HIDDEN.split(',').map((s) => s.trim()).filter((s) => /^[a-z]+$/.test(s)).join('|')})$`);
// A block element starts a new line (or paragraph) so that neighbouring blocks never run together.
const BLOCK = /^(P|DIV|LI|UL|OL|DD|DT|TR|SECTION|ARTICLE|H\d)$/;
/** What makes a walk differ from textContent: skipped elements (headings too), hidden ones, line breaks, blocks. */
const SPECIAL = `${HIDDEN}, ${MAYBE_HIDDEN}, br, p, div, li, ul, ol, dd, dt, tr, section, article, h1, h2, h3, h4, h5, h6`;

/**
 * The text a reader sees in `el`: screen-reader copies, buttons, scripts and hidden elements
 * (utils/extract/hidden.ts) are left out.
 * `paragraphs` keeps paragraph breaks (About, descriptions); `noHeadings` drops the section's own
 * heading ("About").
 */
export function textOf(el: Element | null | undefined, paragraphs = false, noHeadings = false): string {
  if (!el || isHiddenElement(el)) return '';
  // Most fields hold only text and inline elements: their textContent is what the walk below would
  // give, found by one native query instead of a script callback per node.
  if (!el.firstElementChild || !el.querySelector(SPECIAL)) {
    if (!spend()) return '';
    const text = el.textContent ?? '';
    return paragraphs ? cleanParagraphs(text.replace(/\s+/g, ' ')) : cleanText(text);
  }
  const skip = noHeadings ? SKIP_HEADINGS : HIDDEN;
  const walker = el.ownerDocument.createTreeWalker(el, 5 /* elements and text */, {
    // Only elements can be skipped; an element with no class or role can only match by its tag.
    acceptNode: (node) => {
      if (node.nodeType !== 1) return 1;
      const el = node as Element;
      // Text the page hides (hidden, inline display:none) is not what a reader sees (issue #9).
      if ((el.hasAttribute('hidden') || el.hasAttribute('style')) && isHiddenElement(el)) return 2;
      const mayMatch = SKIPPED_TAGS.test(el.localName) || el.hasAttribute('class') || el.hasAttribute('role') || (noHeadings && /^h[123]$/.test(el.localName));
      return mayMatch && el.matches(skip) ? 2 /* reject subtree */ : 1;
    },
  });
  let out = '';
  for (let node = walker.nextNode(); node && spend(); node = walker.nextNode()) {
    // Source line breaks are layout, not content (HTML collapses them); <br> and blocks are breaks.
    if (node.nodeType === 3) out += paragraphs ? node.nodeValue!.replace(/\s+/g, ' ') : node.nodeValue;
    else if (node.nodeName === 'BR') out += '\n';
    else if (BLOCK.test(node.nodeName)) out += '\n\n';
  }
  return paragraphs ? cleanParagraphs(out) : cleanText(out);
}

/** Text with at least one letter or digit ("--" placeholders and lone "·" are not content). */
export const meaningful = (text: string): string => (/[\p{L}\p{N}]/u.test(text) ? text : '');

/** Strip the separators LinkedIn leaves around list items ("LinkedIn,", ", A", "· 2nd"). */
export const trimSeparators = (text: string): string => text.replace(/^[\s,·•|–-]+|[\s,·•|]+$/g, '');

/** The first element matching any of `selectors`, tried in priority order. */
export function firstOf(root: ParentNode | null | undefined, selectors: readonly string[]): Element | null {
  if (!root) return null;
  for (const selector of selectors) {
    const found = mayMatch(root, selector) ? root.querySelector(selector) : null;
    if (found) return found;
  }
  return null;
}

/** The first non-empty text among `selectors`, tried in priority order. */
export function valueOf(root: ParentNode | null | undefined, selectors: readonly string[], paragraphs = false): string {
  for (const selector of selectors) {
    const text = meaningful(trimSeparators(textOf(root?.querySelector(selector), paragraphs)));
    if (text) return text;
  }
  return '';
}

/** Every match of `selector` under `root`, in document order, at most `max`. */
export function allOf(root: ParentNode | null | undefined, selector: string, max: number = LIMITS.entries * 4): Element[] {
  const out: Element[] = [];
  for (const el of root ? root.querySelectorAll(selector) : []) {
    if (out.length >= max || !spend()) break;
    out.push(el);
  }
  return out;
}

/** An anchor is an empty marker element; the section it marks is its enclosing <section>. */
export const sectionOf = (el: Element | null): Element | null =>
  el && !el.firstElementChild && !cleanText(el.textContent) ? el.closest('section') ?? el.parentElement : el;
