// The generic extractor: any page that is not LinkedIn (a personal site's About page, a blog post by
// the site's owner, a CV, a GitHub profile, a company bio). A pure function of the document and its
// address, reading attributes and textContent only, so the injected script and the CLI (jsdom) agree.
// Evidence is read strongest first: JSON-LD, microformats, microdata, OpenGraph and meta tags,
// visible bylines and headings; Readability runs last, on a clone, only for a missing About.
import type { CaptureResult, PageSection } from '../../schema/profile';
import { LIMITS } from '../limits';
import { blockText, lineText } from '../text';
import { findBylines } from './bylines';
import { githubProfile } from './github';
import { socialProfile } from './social';
import { headerTagline, lineUnder } from './headline';
import { readCvSections } from './cv-sections';
import { decide, type Basis } from './decide';
import { buildDraft, firstOf } from './draft';
import { jsonLdPersons } from './json-ld';
import { authorUrls, metaAuthor, metaValue, openGraphPerson, readMeta, type MetaMap } from './meta';
import { microdataPersons } from './microdata';
import { microformatPersons } from './microformats';
import { sameName } from './names';
import { pageAddress } from './page-address';
import { portraitUrl } from './portrait';
import { readArticle } from './reader';
import { htmlSection, textSection } from './section';
import { isStaffPage, readSite, type SiteSignals } from './site';
import { emptyEvidence, type PersonEvidence } from './types';
import { Notices, WorkBudget, type ExtractContext } from './work';

/** Nothing to read: no text, no picture, no structured data. */
function isEmpty(doc: Document): boolean {
  const body = doc.body;
  if (!body) return true;
  return !lineText(body, 1) && !body.querySelector('img, [itemscope], script[type="application/ld+json"]') && !doc.head?.querySelector('script[type="application/ld+json"], meta[property]');
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

/** Roles and courses under plain "Experience" / "Education" headings, as one more piece of evidence. */
function cvSectionEvidence(ctx: ExtractContext): PersonEvidence | null {
  const cv = readCvSections(ctx);
  if (!cv.experience.length && !cv.education.length) return null;
  const evidence = emptyEvidence('page', ['subject'], 0);
  evidence.experience = cv.experience;
  evidence.education = cv.education;
  evidence.company = cv.experience.find((role) => role.end === 'Present' && role.company)?.company ?? '';
  return evidence;
}

/**
 * Whether the page's main text is about the person (an About / CV / home page, a bio page, a
 * ProfilePage), so that reader mode and headings may describe them. On a blog post the main text
 * is the post, which is not an About.
 */
function isAboutThePerson(site: SiteSignals, basis: Basis, group: PersonEvidence[]): boolean {
  return site.kind !== 'other' || basis === 'page' || group.some((evidence) => evidence.rank >= 100);
}

export function extractGeneric(doc: Document, url: string): CaptureResult {
  const ctx: ExtractContext = { doc, url, budget: new WorkBudget(LIMITS.nodesVisited), notices: new Notices() };
  const meta = readMeta(ctx);
  const jsonLd = jsonLdPersons(ctx);
  const author = metaAuthor(meta, ctx);
  const openGraph = openGraphPerson(meta, ctx);
  const github = githubProfile(ctx);
  const social = socialProfile(ctx);
  const structured = [
    ...jsonLd.persons,
    ...microformatPersons(ctx),
    ...microdataPersons(ctx),
    ...(github ? [github] : []),
    ...(social ? [social] : []),
    ...(openGraph ? [openGraph] : []),
    ...(author ? [author] : []),
  ];
  const site = readSite(ctx, meta, jsonLd.siteNames, jsonLd.pageTypes);
  const decision = decide({ structured, bylines: findBylines(ctx), site, authorUrls: authorUrls(meta, ctx), url, isEmpty: () => isEmpty(doc) });
  if (!decision.found) return { found: false, reason: decision.reason };

  const { basis, heading } = decision;
  const group = [...decision.group];
  const name = firstOf(group, 'name') || firstOf(group, 'nickname');
  const headline = firstOf(group, 'headline') || (heading ? lineUnder(heading) : '') || headerTagline(ctx, name);
  let about = firstOf(group, 'about');
  let section = sectionOf(group, url);
  if (!about && isAboutThePerson(site, basis, group)) {
    const article = readArticle(ctx, [name, headline]);
    if (article) {
      // Twice the cap, so that draft.ts cuts it and says so.
      about = blockText(article.element, { maxChars: 2 * LIMITS.about, maxNodes: LIMITS.nodesVisited }).text;
      section ??= htmlSection(article.element, url);
    }
  }
  if (basis !== 'author' || site.kind === 'about') {
    const listsRoles = group.some((evidence) => evidence.experience.length || evidence.education.length);
    const cv = listsRoles ? null : cvSectionEvidence(ctx);
    if (cv) group.push(cv);
  }
  const photoUrl = firstOf(group, 'photoUrl') || portraitUrl(ctx, name);
  const company = firstOf(group, 'company') || (basis === 'page' && isStaffPage(url) ? employerOfStaffPage(site, meta, jsonLd.siteNames, name) : '');
  const profile = buildDraft({ group, headline, company, about, photoUrl, profileUrl: pageAddress(doc, url) }, ctx.notices);
  // After the fields' own notices: the page-wide one closes the list.
  if (ctx.budget.exhausted) {
    ctx.notices.add(`This page is very large: only the first ${LIMITS.nodesVisited.toLocaleString('en-US')} elements were read, so some details may be missing.`);
  }
  profile.notices = ctx.notices.all();
  return section ? { found: true, profile, section } : { found: true, profile };
}
