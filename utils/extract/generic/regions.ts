// Parts of a page named by their usual markup: where an article's own text lives, the site's own
// chrome around it, and where visitors' comments are. Shared so that every reader draws the same lines.

/** An article's own text; what lies outside all of these (banner, sidebar, footer) speaks for the site. */
export const ARTICLE_CONTENT = [
  'article', 'main', '[role=main]', '[role=article]', '[itemprop=articleBody]', '.post', '.entry', '.hentry', '.h-entry', '.post-content',
  '.entry-content', '.article', '.article-body', '.post-body', '.story',
].join(',');

/** Visitors' comments (WordPress, microformats, schema.org): the people there are not the page's. */
export const COMMENTS = [
  '#comments', '#respond', '[id^="comment-"]', '.comment', '.comments', '.commentlist', '.comment-list', '.comment-body', '.comment-author',
  '.comment-content', '.comment-meta', '[itemprop~="comment"]', '.p-comment', '.u-comment',
].join(',');

/** Landmarks of the site's chrome: banner, sidebar, footer. */
const CHROME_TAGS = new Set(['header', 'nav', 'aside', 'footer']);
const CHROME_ROLES = new Set(['banner', 'complementary', 'contentinfo', 'navigation']);
const CHROME_NAME = /(^|[-_\s])(sidebar|side-bar|masthead|banner|header|footer|site-info|colophon)([-_\s]|$)/i;
/** Ancestors looked at; chrome sits near the top of the tree. */
const MAX_CHROME_CLIMB = 40;

/**
 * Whether `el` sits in the site's chrome (a sidebar, the banner, the footer) rather than in an
 * article: "By Jonas Berg" there speaks for the whole site (fixtures readability-daringfireball-1-*).
 * A page without landmarks gives no such answer: a byline there may be a news story's.
 */
export function inSiteChrome(el: Element): boolean {
  if (el.closest(ARTICLE_CONTENT)) return false;
  let node: Element | null = el;
  for (let i = 0; node && i < MAX_CHROME_CLIMB; i++, node = node.parentElement) {
    if (CHROME_TAGS.has(node.localName) || CHROME_ROLES.has(node.getAttribute('role') ?? '')) return true;
    if (CHROME_NAME.test(`${node.id} ${node.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}
