// The generic extractor: any page that is not LinkedIn (a personal site's About page, a blog post by
// the site's owner, a CV, a GitHub profile, a company bio). A pure function of the document and its
// address, reading attributes and textContent only, so the injected script and the CLI (jsdom) agree.
// Evidence is read strongest first: JSON-LD, microformats, microdata, OpenGraph and meta tags,
// visible bylines and headings; Readability runs last, on a clone, only for a missing About.
import type { CaptureResult, PageSection } from '../../schema/profile';
import { LIMITS } from '../limits';
import { blockText, textOf } from '../text';
import { findBylines } from './bylines';
import { decide, pageAddress } from './decide';
import { buildDraft, firstOf } from './draft';
import { jsonLdPersons } from './json-ld';
import { authorUrls, metaAuthor, metaValue, openGraphPerson, readMeta, type MetaMap } from './meta';
import { microdataPersons } from './microdata';
import { microformatPersons } from './microformats';
import { readArticle } from './reader';
import { htmlSection, textSection } from './section';
import { headerTagline, isStaffPage, lineUnder, portraitUrl, readSite, type SiteSignals } from './site';
import { sameName } from './names';
import type { PersonEvidence } from './types';
import { Notices, WorkBudget, type ExtractContext } from './work';

/** Whether the body has anything to read: some text or an image. */
function isEmpty(doc: Document): boolean {
  const body = doc.body;
  if (!body) return true;
  return !textOf(body) && !body.querySelector('img, [itemscope], script[type="application/ld+json"]') && !doc.head?.querySelector('script[type="application/ld+json"], meta[property]');
}

function sectionOf(group: PersonEvidence[], url: string): PageSection | undefined {
  const withElement = group.find((evidence) => evidence.sectionElement);
  if (withElement?.sectionElement) return htmlSection(withElement.sectionElement, url);
  const withText = group.find((evidence) => evidence.sectionText);
  return withText?.sectionText ? textSection(withText.sectionText) : undefined;
}

/**
 * On an organisation's page about one of its people (/team/jane-doe) the organisation is the
 * employer: its site name, else the title's last part.
 */
function employerOfStaffPage(site: SiteSignals, meta: MetaMap, siteNames: string[], name: string): string {
  const last = site.titleParts.length > 1 ? (site.titleParts[site.titleParts.length - 1] ?? '') : '';
  const candidates = [metaValue(meta, 'og:site_name'), ...siteNames, last];
  return candidates.find((candidate) => candidate && !sameName(candidate, name)) ?? '';
}

export function extractGeneric(doc: Document, url: string): CaptureResult {
  const ctx: ExtractContext = { doc, url, budget: new WorkBudget(LIMITS.nodesVisited), notices: new Notices() };
  const meta = readMeta(ctx);
  const jsonLd = jsonLdPersons(ctx);
  const author = metaAuthor(meta);
  const openGraph = openGraphPerson(meta, ctx);
  const structured = [
    ...jsonLd.persons,
    ...microformatPersons(ctx),
    ...microdataPersons(ctx),
    ...(openGraph ? [openGraph] : []),
    ...(author ? [author] : []),
  ];
  const site = readSite(ctx, meta, jsonLd.siteNames, jsonLd.pageTypes);
  const decision = decide({
    structured,
    bylines: findBylines(ctx),
    site,
    authorUrls: authorUrls(meta, ctx),
    url,
    empty: isEmpty(doc),
  });
  if (!decision.found) return { found: false, reason: decision.reason };

  const { group, basis, heading } = decision;
  const name = firstOf(group, 'name') || firstOf(group, 'nickname');
  const headline = firstOf(group, 'headline') || (heading ? lineUnder(heading) : '') || headerTagline(ctx, name);
  let about = firstOf(group, 'about');
  let section = sectionOf(group, url);
  // Reader mode only where the page's main text is about the person: an About / CV / home page, a
  // bio page, a ProfilePage. On a blog post it would return the post, which is not an About.
  const aboutPage = site.kind !== 'other' || basis === 'page' || group.some((evidence) => evidence.rank >= 100);
  if (!about && aboutPage) {
    const article = readArticle(ctx, [name, headline]);
    if (article) {
      about = blockText(article.element, { maxChars: LIMITS.about + 1, maxNodes: LIMITS.nodesVisited }).text;
      section ??= htmlSection(article.element, url);
    }
  }
  const photoUrl = firstOf(group, 'photoUrl') || portraitUrl(ctx, name);
  const company = firstOf(group, 'company') || (basis === 'page' && isStaffPage(url) ? employerOfStaffPage(site, meta, jsonLd.siteNames, name) : '');
  if (ctx.budget.exhausted) {
    ctx.notices.add(`This page is very large: only the first ${LIMITS.nodesVisited.toLocaleString('en-US')} elements were read, so some details may be missing.`);
  }
  const profile = buildDraft({ group, headline, company, about, photoUrl, profileUrl: pageAddress(doc, url) }, ctx.notices);
  profile.notices = ctx.notices.all();
  return section ? { found: true, profile, section } : { found: true, profile };
}
