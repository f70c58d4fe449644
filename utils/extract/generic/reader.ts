// Readability (Firefox Reader View) for the About text of an About / bio page that has no
// structured one. Only ever on a clone of the document: Readability rewrites the tree it reads.
// It costs tens to hundreds of milliseconds on real pages, so extract.ts calls it last and only
// when nothing else gave an About.
import { Readability } from '@mozilla/readability';
import { LIMITS } from '../limits';
import { lineText } from '../text';
import { cutAtListSections } from './cv-sections';
import { normName } from './names';
import type { ExtractContext } from './work';

/**
 * Deeper than this, cloning the document (jsdom) and Readability's own recursive passes can overflow
 * the stack. Browsers' HTML parsers stop nesting near 512 levels; real pages stay under 100.
 */
const MAX_READER_DEPTH = 400;
/** Leading headings dropped from the article: the page's own title ("About This Site"). */
const MAX_LEADING_HEADINGS = 3;

/**
 * Whether the tree under `root` nests deeper than `maxDepth` ('deep') or has more than `maxNodes`
 * elements ('large'), measured with a loop, not recursion.
 */
export function treeShape(root: Element, maxDepth: number, maxNodes: number): 'ok' | 'deep' | 'large' {
  let node: Element | null = root;
  let depth = 0;
  let count = 0;
  while (node) {
    if (++count > maxNodes) return 'large';
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      if (++depth > maxDepth) return 'deep';
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) return 'ok';
    node = node.nextElementSibling;
  }
  return 'ok';
}

/** The first element in document order that holds text of its own. */
function firstTextElement(root: Element): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.trim()) return node.parentElement;
  }
  return null;
}

/** Drop the article's leading headings, and leading lines that only repeat the name or the headline. */
function dropLeadingTitles(article: Element, repeats: string[]): void {
  const repeated = repeats.map(normName).filter(Boolean);
  for (let i = 0; i < MAX_LEADING_HEADINGS; i++) {
    const first = firstTextElement(article);
    const heading = first?.closest('h1, h2, h3, h4, h5, h6');
    const target = heading && article.contains(heading) ? heading : first && repeated.includes(normName(lineText(first))) ? first : null;
    if (!target || target === article) return;
    target.remove();
  }
}

export interface ReaderArticle {
  /** The article element (inside a detached clone of the document). */
  element: Element;
  byline: string;
}

/**
 * Readability's article for the page, or null (not an article, too deep, too large, failed).
 * `repeats` are texts already taken (the name, the headline) that should not open the About again.
 */
export function readArticle(ctx: ExtractContext, repeats: string[]): ReaderArticle | null {
  const root = ctx.doc.documentElement;
  if (!root) return null;
  const shape = treeShape(root, MAX_READER_DEPTH, LIMITS.nodesVisited);
  if (shape !== 'ok') {
    ctx.notices.add(
      shape === 'deep'
        ? 'The page is nested too deeply for reader mode, so its main text was not read as the About.'
        : 'The page is too large for reader mode, so its main text was not read as the About.',
    );
    return null;
  }
  try {
    const clone = ctx.doc.cloneNode(true) as Document;
    const article = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      maxElemsToParse: LIMITS.nodesVisited,
    }).parse();
    const element = article?.content;
    if (!element) return null;
    cutAtListSections(element);
    dropLeadingTitles(element, repeats);
    return { element, byline: article?.byline ?? '' };
  } catch {
    // Readability throws past maxElemsToParse; a RangeError means the tree was deeper than measured.
    ctx.notices.add('Reader mode could not read this page, so its main text was not taken as the About.');
    return null;
  }
}
