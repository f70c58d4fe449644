// A headline the page shows without markup: the short line under a person's <h1> on a bio page, or
// the tagline in the site's header when the site is the person's own.
import { lineText } from '../text';
import { mentionsNamePart } from './names';
import type { ExtractContext } from './work';

/** Header parts that hold the site's tagline. */
const TAGLINE_CLASS = /(^|[\s_-])(tagline|subtitle|sub-title|slogan|site-description|strapline|motto|description|lead)([\s_-]|$)/i;
const SITE_HEADER = 'header, [role=banner], #header, #masthead, #banner, .site-header, .masthead, .banner';
/** A header inside these is an article's, not the site's. */
const CONTENT = 'article, main, [role=main]';
const SITE_TITLE = 'h1, .site-title, #site-title, .site-name, .blog-title, .logo, .brand, [rel~=home]';
/** A role under a name is a line; a tagline may run to a couple of sentences. */
const MAX_ROLE_LINE = 120;
const MAX_TAGLINE = 200;

function roleLineOf(el: Element | null | undefined): string {
  if (!el || !/^(p|h2|h3|h4|div|span|small|em|strong|b|i)$/.test(el.localName)) return '';
  const line = lineText(el);
  if (line.length < 3 || line.length > MAX_ROLE_LINE || /^by\s/i.test(line) || /https?:|www\./i.test(line)) return '';
  // A date or a count under the name is metadata, not what the person does.
  if (/^[\d\s/.,:-]+$/.test(line) || /^\d/.test(line)) return '';
  return line;
}

/** The short line under a heading: a bio page's "Chief Scientist" under "Ada Lovelace". */
export function lineUnder(heading: Element): string {
  const next = heading.nextElementSibling;
  if (next) return roleLineOf(next);
  const wrapper = heading.parentElement;
  return wrapper && wrapper.children.length <= 2 ? roleLineOf(wrapper.nextElementSibling) : '';
}

/**
 * The tagline in the site's header when the header's title names the person ("Hi, I'm Nicolas." then
 * "I code stuff. I take photos. I write rants.": fixtures readability-001-*). The header of a site
 * about someone else, or of a publisher, never lends its tagline.
 */
export function headerTagline(ctx: ExtractContext, name: string): string {
  for (const header of ctx.budget.slice(ctx.doc.querySelectorAll(SITE_HEADER), 20)) {
    if (header.parentElement?.closest(CONTENT)) continue;
    const title = [...header.querySelectorAll(SITE_TITLE)].slice(0, 5).find((el) => mentionsNamePart(lineText(el), name));
    if (!title) continue;
    const marked = [...header.querySelectorAll('[class], [id]')]
      .slice(0, 200)
      .find((el) => TAGLINE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`) && !el.contains(title) && !title.contains(el));
    const line = taglineOf(marked) || taglineOf(title.nextElementSibling);
    if (line) return line;
  }
  return '';
}

/** A tagline: up to a couple of sentences, plain text (a list of links is navigation). */
function taglineOf(el: Element | null | undefined): string {
  if (!el || !/^(p|h2|h3|h4|div|span|small|em|strong)$/.test(el.localName)) return '';
  const line = lineText(el);
  return line.length >= 3 && line.length <= MAX_TAGLINE && !/https?:|www\./i.test(line) && !el.querySelector('a, nav, ul') ? line : '';
}

