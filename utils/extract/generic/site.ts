// Whose site this is and what kind of page: the site's own names (title parts, og:site_name, the
// home link, the copyright line, an "About me" block) and whether the page is an About / CV page or
// the site's home page. None of these names a person on its own; they confirm a name found elsewhere
// (a blog post's author is a profile only on the author's own site).
import { safeHttpUrl } from '../profile-url';
import { insideHiddenTest } from '../hidden';
import { blockText, cleanText, lineText } from '../text';
import { looksLikePersonName, mentionsName, normName, sameName, selfIntroducedName } from './names';
import { metaValue, type MetaMap } from './meta';
import type { ExtractContext } from './work';

export type PageKind = 'about' | 'home' | 'other';

export interface SiteSignals {
  kind: PageKind;
  /** The page calls itself a CV or résumé: it is about one person by definition. */
  cv: boolean;
  /** The site's names: og:site_name, home-link text, publisher names. */
  identity: string[];
  /** The <title>, and its parts split at the separators: "Post title | Jane Doe" → both parts. */
  title: string;
  titleParts: string[];
  /** Copyright lines (meta copyright, "© 2020 Jane Doe" in the page). */
  copyright: string[];
  /** The page's <h1> texts, first ones first. */
  headings: Element[];
  /** Names given in the first person in headings or the header ("Hi, I'm Nicolas."). */
  selfNames: string[];
  /** Text of blocks headed "About me": a blog's sidebar profile names the site's owner. */
  aboutMe: string[];
  /** The page's opening paragraphs, where an About page says who it is about. */
  opening: string;
}

/** Last path segments of About, CV and colophon pages (extension dropped). */
const ABOUT_SLUG =
  /^(about|about-me|aboutme|me|bio|biography|colophon|cv|resume|r%c3%a9sum%c3%a9|vita|curriculum-vitae|who-am-i|whoami|a-propos|apropos|ueber-mich|uber-mich|sobre-mi|chi-sono)$/i;
/** Headings and title parts that open an About or CV page. */
const ABOUT_TITLE = /^(about\b|à propos|a propos|über mich|sobre m[ií]|who am i|curriculum vitae|r[ée]sum[ée]$|cv$|colophon$)/i;
const CV_WORDS = /\b(curriculum vitae|cv|r[ée]sum[ée]|vita)\b/i;
const CV_SLUG = /^(cv|resume|r%c3%a9sum%c3%a9|vita|curriculum-vitae)$/i;
const HOME_PATH = /^\/(index\.(html?|php))?$/i;
/** Path segments of an organisation's pages about its own people (/team/jane-doe, /people/jane-doe). */
const STAFF_SEGMENT =
  /^(team|our-team|people|our-people|staff|leadership|management|board|faculty|directory|employees|partners|attorneys|lawyers|professionals|experts|advisors|founders|who-we-are)$/i;
/** Separators sites put between the page title and the site name. */
const TITLE_SEPARATOR = /\s+[|·•—–»«:-]\s+|\s*[|·•»«]\s*|:\s+/;
const COPYRIGHT = /©|\(c\)|copyright/i;
const MAX_ANCHORS = 500;
const MAX_HEADINGS = 10;
const MAX_COPYRIGHT = 10;
const MAX_OPENING_PARAGRAPHS = 8;
/** Headings of a block in which the site's owner presents themself. */
const ABOUT_ME_HEADING = /^(about me|about the (blogger|author of this (blog|site))|who am i\??|whoami|hello,? i['’]m\b.*|hi,? i['’]m\b.*)$/i;
const MAX_ABOUT_ME_CHARS = 2_000;

function titleParts(doc: Document): string[] {
  return cleanText(doc.title)
    .split(TITLE_SEPARATOR)
    .map((part) => cleanText(part))
    .filter(Boolean);
}

/** Whether the address is an organisation's page about one of its people: /team/jane-doe. */
export function isStaffPage(url: string): boolean {
  const segments = pathOf(url).split('/').filter(Boolean);
  return segments.length >= 2 && segments.slice(0, -1).some((segment) => STAFF_SEGMENT.test(segment));
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function pageKind(ctx: ExtractContext, headings: Element[], parts: string[], pageTypes: string[]): PageKind {
  const path = pathOf(ctx.url);
  const last = path.split('/').filter(Boolean).pop() ?? '';
  if (ABOUT_SLUG.test(last.replace(/\.(html?|php|aspx?)$/i, ''))) return 'about';
  if (pageTypes.includes('AboutPage') || pageTypes.includes('ProfilePage')) return 'about';
  if (headings.slice(0, 2).some((h) => ABOUT_TITLE.test(lineText(h)))) return 'about';
  if (parts.some((part) => ABOUT_TITLE.test(part))) return 'about';
  return HOME_PATH.test(path) && !/[?]/.test(ctx.url) ? 'home' : 'other';
}

/** Text of links to the site's root: the logo or site title. */
function homeLinkNames(ctx: ExtractContext): string[] {
  const out: string[] = [];
  let origin = '';
  try {
    origin = new URL(ctx.url).origin;
  } catch {
    return out;
  }
  for (const a of ctx.budget.slice(ctx.doc.querySelectorAll('a[href]'), MAX_ANCHORS)) {
    const href = safeHttpUrl(a.getAttribute('href'), ctx.url);
    if (!href) continue;
    const target = new URL(href);
    if (target.origin !== origin || !HOME_PATH.test(target.pathname) || target.search) continue;
    const name = lineText(a) || cleanText(a.querySelector('img[alt]')?.getAttribute('alt'));
    if (name && name.length <= 80) out.push(name);
  }
  return out;
}

function copyrightLines(ctx: ExtractContext, meta: MetaMap): string[] {
  const out = meta.get('copyright')?.slice(0, 2) ?? [];
  const body = ctx.doc.body;
  if (!body) return out;
  const walker = ctx.doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const insideHidden = insideHiddenTest(body);
  for (let node = walker.nextNode(); node && out.length < MAX_COPYRIGHT; node = walker.nextNode()) {
    if (!ctx.budget.take()) break;
    const data = node.nodeValue ?? '';
    if (!COPYRIGHT.test(data) || insideHidden(node)) continue;
    const line = node.parentElement ? lineText(node.parentElement) : cleanText(data);
    out.push(line.length <= 300 ? line : cleanText(data));
  }
  return out;
}

export function readSite(ctx: ExtractContext, meta: MetaMap, jsonLdSiteNames: string[], pageTypes: string[]): SiteSignals {
  const parts = titleParts(ctx.doc);
  const headings = ctx.budget.slice(ctx.doc.querySelectorAll('h1'), MAX_HEADINGS).filter((h) => lineText(h));
  const identity = [metaValue(meta, 'og:site_name'), metaValue(meta, 'application-name'), ...jsonLdSiteNames, ...homeLinkNames(ctx)].filter(Boolean);
  const paragraphs = ctx.budget.slice(ctx.doc.querySelectorAll('p'), MAX_OPENING_PARAGRAPHS);
  // Where people introduce themselves: headings, the site header, the opening paragraphs.
  const introductions = [...headings, ...ctx.budget.slice(ctx.doc.querySelectorAll('h2, header'), MAX_HEADINGS), ...paragraphs]
    .map((el) => selfIntroducedName(lineText(el).slice(0, 300)))
    .filter(Boolean);
  const aboutMe = ctx.budget
    .slice(ctx.doc.querySelectorAll('h2, h3, h4, h5, h6'), MAX_ANCHORS)
    .filter((heading) => ABOUT_ME_HEADING.test(lineText(heading)))
    .map((heading) => blockText(heading.parentElement, { maxChars: MAX_ABOUT_ME_CHARS, maxNodes: MAX_ANCHORS }).text);
  const slug = pathOf(ctx.url).split('/').filter(Boolean).pop()?.replace(/\.(html?|php|aspx?)$/i, '') ?? '';
  const cv = CV_SLUG.test(slug) || parts.some((part) => CV_WORDS.test(part) && part.length <= 40) || headings.slice(0, 2).some((h) => CV_WORDS.test(lineText(h)) && lineText(h).length <= 40);
  return {
    kind: pageKind(ctx, headings, parts, pageTypes),
    cv,
    aboutMe,
    opening: paragraphs.map((p) => lineText(p)).join(' ').slice(0, MAX_ABOUT_ME_CHARS),
    identity,
    title: cleanText(ctx.doc.title),
    titleParts: parts,
    copyright: copyrightLines(ctx, meta),
    headings,
    selfNames: [...new Set(introductions)],
  };
}

/** Whether the site itself carries the name: a site name, the home link, a title part, the copyright. */
export function siteCarriesName(site: SiteSignals, name: string): boolean {
  // "Jane Doe's Blog" names the owner; a long site name that merely mentions someone does not.
  const short = (entry: string) => entry.length <= name.length + 25;
  // The title's first part is the page's own title; later parts name the site ("Post - Jane Doe ( jd )").
  return (
    site.identity.some((entry) => short(entry) && mentionsName(entry, name)) ||
    site.titleParts.some((part, i) => sameName(part, name) || (i > 0 && short(part) && mentionsName(part, name))) ||
    site.copyright.some((line) => mentionsName(line, name)) ||
    site.aboutMe.some((block) => mentionsName(block, name))
  );
}

/**
 * The first <h1> that reads as a person's name, e.g. a team member's or speaker's page; never the
 * site's own title ("<h1><a href=/>Silicon Exposed</a></h1>" on a blog).
 */
export function personHeading(site: SiteSignals): Element | null {
  return (
    site.headings.find((h) => {
      const text = lineText(h);
      return looksLikePersonName(text) && !site.identity.some((entry) => sameName(entry, text));
    }) ?? null
  );
}

/**
 * Whether the page speaks of the name as a person: introduces them in the first person, holds
 * their copyright, has an "About me" block or opening paragraphs naming them.
 */
export function speaksOfPerson(site: SiteSignals, name: string): boolean {
  const first = normName(name).split(' ')[0] ?? '';
  return (
    site.selfNames.some((self) => normName(self).split(' ')[0] === first) ||
    site.copyright.some((line) => mentionsName(line, name)) ||
    site.aboutMe.some((block) => mentionsName(block, name)) ||
    (site.kind === 'about' && mentionsName(site.opening, name))
  );
}
