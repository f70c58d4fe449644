// Visible "By Jane Doe" lines. Inside an article they name its writer (a magazine's staff writer
// too: fixtures readability-quanta-1-*); outside any article, in a sidebar or banner, they name
// whose site it is ("By Jonas Berg": fixtures readability-daringfireball-1-*).
import { insideHiddenTest } from '../hidden';
import { cleanText, lineText } from '../text';
import { looksLikePersonName } from './names';
import { ARTICLE_CONTENT, COMMENTS, inSiteChrome } from './regions';
import { urlValue } from './values';
import type { ExtractContext } from './work';

/** Quotes, captions and comments name other people. */
const ELSEWHERE = `blockquote, q, figcaption, script, style, noscript, template, textarea, title, ${COMMENTS}`;
const BY = /^(?:written\s+|posted\s+|published\s+)?by[\s:]+(.+)$/i;
/** "Posted on Tuesday 15 October 2019 at 09:11 by Jane Doe." */
const TRAILING_BY = /^(?:posted|written|published)\b.{0,80}?\sby\s+(.+)$/i;
/** A byline line is short; longer text containing "by" is a sentence. */
const MAX_LINE = 100;
const MAX_BYLINES = 50;
const MAX_ADDRESSES = 20;

export interface Byline {
  name: string;
  /** In the site's chrome (sidebar, banner, footer), or an <address> outside any article: the line speaks for the whole site. */
  siteWide: boolean;
  /** The person's address when the line links to it (an <address> contact). */
  url?: string;
}

/** Buttons and labels that sit right after a byline's name ("Marta K. Oyelaran Follow"). */
const TRAILING_UI = /(?:\s+(?:follow|following|subscribe|unfollow|share|edit|reply|more|contact|view profile|posts?|articles?))+$/i;

/** "Jane Doe · Follow", "Jane Doe | 5 min read", "Jane Doe Follow" → "Jane Doe". */
function leadingName(rest: string): string {
  const first = rest.split(/\s+[·|•—–-]\s+|\s+on\s+\p{Lu}|\s+in\s+\p{Lu}/u)[0] ?? '';
  const name = cleanText(first).replace(/[.,;:]+$/, '').replace(TRAILING_UI, '');
  return looksLikePersonName(name) ? name : '';
}

/**
 * <address> gives the contact of its article, or of the whole page when it is outside every
 * article: "<address><a href=/me>Jane Doe</a> &lt;jane@…&gt;</address>" in a site's footer.
 */
function addressLines(ctx: ExtractContext): Byline[] {
  const out: Byline[] = [];
  for (const address of ctx.budget.slice(ctx.doc.querySelectorAll('address'), MAX_ADDRESSES)) {
    if (address.closest(ELSEWHERE)) continue;
    const link = address.querySelector('a[href]');
    const name = [lineText(link), lineText(address)].find((text) => text && text.length <= MAX_LINE && looksLikePersonName(text));
    if (!name) continue;
    const url = link ? urlValue(link, ctx.url) : '';
    out.push({ name, siteWide: !address.closest(ARTICLE_CONTENT), ...(url ? { url } : {}) });
  }
  return out;
}

export function findBylines(ctx: ExtractContext): Byline[] {
  return [...textBylines(ctx), ...addressLines(ctx)];
}

function textBylines(ctx: ExtractContext): Byline[] {
  const { doc } = ctx;
  const out: Byline[] = [];
  const seen = new Set<Element>();
  if (!doc.body) return out;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const insideHidden = insideHiddenTest(doc.body);
  for (let node = walker.nextNode(); node && out.length < MAX_BYLINES; node = walker.nextNode()) {
    if (!ctx.budget.take()) break;
    const data = node.nodeValue ?? '';
    if (data.length > MAX_LINE * 2 || !/\bby\b/i.test(data) || insideHidden(node)) continue;
    // "By" is often its own element: <em>By</em> <a>Jane Doe</a>. Climb to the line that holds both.
    for (let el = node.parentElement, steps = 0; el && el !== doc.body && steps < 3; el = el.parentElement, steps++) {
      const line = lineText(el);
      if (line.length > MAX_LINE) break;
      const match = BY.exec(line) ?? TRAILING_BY.exec(line);
      const name = match ? leadingName(match[1] ?? '') : '';
      if (!name) continue;
      if (!seen.has(el) && !el.closest(ELSEWHERE)) {
        seen.add(el);
        out.push({ name, siteWide: inSiteChrome(el) });
      }
      break;
    }
  }
  return out;
}
