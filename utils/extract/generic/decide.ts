// Is the page about one person, and who? The strongest reading wins:
//  1. structured data naming the page's subject (a ProfilePage's Person, a CV's card, GitHub's
//     profile column); several different subjects of equal weight mean a page about several people;
//  2. the page's author, when the site is the author's own (the site's name, title or copyright
//     carries the name, the author's address contains the page, or the site-wide byline names them);
//     a writer on someone else's site (a magazine) does not make a profile;
//  3. an About / CV page or a personal home page whose own signals agree on one person's name, or a
//     bio page whose <h1> is a name that its address spells too.
// Never a name taken from the address alone.
import { sameSite } from '../profile-url';
import { lineText } from '../text';
import type { Byline } from './bylines';
import { looksLikePersonName, mentionsName, normName, sameName } from './names';
import { personHeading, siteCarriesName, speaksOfPerson, type SiteSignals } from './site';
import { emptyEvidence, type EvidenceRole, type PersonEvidence } from './types';

export type Basis = 'subject' | 'author' | 'page';

export type Decision =
  | {
      found: true;
      basis: Basis;
      /** Every piece of evidence about the chosen person, strongest first. */
      group: PersonEvidence[];
      /** The <h1> that names the person on a bio page. */
      heading?: Element;
    }
  | { found: false; reason: string };

export const REASONS = {
  none: 'No profile found on this page. You can enter the person by hand.',
  empty: 'This page is empty, so there is no profile to read. You can enter the person by hand.',
  several: 'This page is about several people, not one person’s profile. You can enter the person by hand.',
  article: 'This page is an article on a site that is not its author’s own, not a person’s profile. You can enter the person by hand.',
  coauthored: 'This page was written by several people, so it is no one person’s profile. You can enter the person by hand.',
} as const;

/**
 * Subjects this strong stand on their own (a ProfilePage's entity, a CV, a lone JSON-LD Person).
 * Weaker ones, a card or a microdata Person merely present, must be confirmed by the page: a news
 * site's author box marked up as a bare Person is not what the page is about.
 */
const STRONG_SUBJECT = 70;

const SOURCE_ORDER = ['json-ld', 'microformats', 'microdata', 'site', 'opengraph', 'meta', 'byline', 'page'];

function label(evidence: PersonEvidence): string {
  return evidence.name || evidence.nickname;
}

function samePerson(a: PersonEvidence, b: PersonEvidence): boolean {
  if (a.name && b.name) return sameName(a.name, b.name);
  if (a.sectionElement && a.sectionElement === b.sectionElement) return true;
  return !!a.nickname && !!b.nickname && normName(a.nickname) === normName(b.nickname);
}

/** Groups of evidence about the same person. */
function group(evidence: PersonEvidence[]): PersonEvidence[][] {
  const groups: PersonEvidence[][] = [];
  for (const item of evidence) {
    const home = groups.find((members) => members.some((member) => samePerson(member, item)));
    if (home) home.push(item);
    else groups.push([item]);
  }
  return groups;
}

function strongestFirst(members: PersonEvidence[]): PersonEvidence[] {
  return [...members].sort(
    (a, b) =>
      Number(b.roles.includes('subject')) - Number(a.roles.includes('subject')) ||
      b.rank - a.rank ||
      SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source),
  );
}

const rankOf = (members: PersonEvidence[]) => Math.max(...members.map((member) => (member.roles.includes('subject') ? member.rank : -1)));
const has = (members: PersonEvidence[], role: EvidenceRole) => members.some((member) => member.roles.includes(role));

/**
 * Whether the page itself points at this person: an About or home page, the title or an <h1> naming
 * them, their site's name, or the address spelling their handle (github.com/jlindq).
 */
function confirmed(evidence: PersonEvidence, site: SiteSignals, url: string, loneCard: boolean): boolean {
  if (site.kind !== 'other') return true;
  // The only person card on the page, with more than a name (an address, an employer, a photo...).
  if (loneCard && evidence.source === 'microformats') {
    const details = [evidence.url, evidence.company, evidence.headline, evidence.location, evidence.about, evidence.photoUrl].filter(Boolean).length;
    if (details >= 1) return true;
  }
  const name = evidence.name;
  if (name && (mentionsName(site.title, name) || site.headings.some((h) => mentionsName(lineText(h), name)) || siteCarriesName(site, name))) return true;
  const slug = slugWords(url).join('');
  return !!slug && [evidence.nickname, name].some((value) => value && normName(value).replace(/ /g, '') === slug);
}

/**
 * An author's address that makes the page theirs: on this site, it contains the page
 * (medium.com/@jane → medium.com/@jane/post), it is the site's root, or it is a personal space on
 * a writing platform (medium.com/@jane for a post filed under a publication); elsewhere, it is
 * the handle the page's own host is named after (substack.com/@jane for jane.substack.com).
 */
function addressOwnsPage(address: string, pageUrl: string): boolean {
  if (!address) return false;
  if (!sameSite(address, pageUrl)) {
    const handle = /^\/@([^/]+)\/?$/.exec(new URL(address).pathname)?.[1]?.toLowerCase();
    return !!handle && new URL(pageUrl).hostname.toLowerCase().split('.')[0] === handle;
  }
  const authorPath = new URL(address).pathname.replace(/\/+$/, '');
  const pagePath = new URL(pageUrl).pathname.replace(/\/+$/, '');
  return authorPath === '' || pagePath === authorPath || pagePath.startsWith(`${authorPath}/`) || /^\/@[^/]+$/.test(authorPath);
}

function bylineEvidence(byline: Byline): PersonEvidence {
  // A byline outside every article speaks for the site: its owner.
  const evidence = emptyEvidence('byline', [byline.siteWide ? 'owner' : 'author'], 0);
  evidence.name = byline.name;
  evidence.url = byline.url ?? '';
  return evidence;
}

function pageEvidence(name: string): PersonEvidence {
  const evidence = emptyEvidence('page', ['subject'], 0);
  evidence.name = name;
  return evidence;
}

/** A page decision, with the <h1> that spells the person's name when there is one. */
function pageDecision(group: PersonEvidence[], site: SiteSignals): Decision {
  const name = group.find((member) => member.name)?.name ?? '';
  const heading = site.headings.find((h) => sameName(lineText(h), name));
  return heading ? { found: true, basis: 'page', group, heading } : { found: true, basis: 'page', group };
}

/** Words of the address's last path segment: /team/jane-doe → ["jane", "doe"]. */
function slugWords(url: string): string[] {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
    return normName(decodeURIComponent(last).replace(/\.[a-z]{2,5}$/i, '').replace(/[-_+.]/g, ' ')).split(' ');
  } catch {
    return [];
  }
}

/**
 * A person-like name that the site's own titles carry (title part, site name, <h1>) and that the page
 * speaks of as a person: the owner of a personal home or About page without any markup. A site
 * merely named like a person ("Silicon Exposed") does not qualify.
 */
function agreedSiteName(site: SiteSignals): string {
  const sources = [site.titleParts, site.identity, site.headings.map((h) => lineText(h))];
  for (const candidate of sources.flat().filter(looksLikePersonName)) {
    if (speaksOfPerson(site, candidate)) return candidate;
    // A CV is always one person's: its title and heading agreeing on a name is enough.
    if (site.cv && sources.filter((list) => list.some((entry) => sameName(entry, candidate))).length >= 2) return candidate;
  }
  return '';
}

export interface DecideInput {
  structured: PersonEvidence[];
  bylines: Byline[];
  site: SiteSignals;
  /** rel=author and article:author addresses. */
  authorUrls: string[];
  url: string;
  /** No text and no elements worth reading in the body; asked only when no profile was found. */
  isEmpty: () => boolean;
}

export function decide(input: DecideInput): Decision {
  const { structured, bylines, site, url } = input;
  const all = [...structured, ...bylines.map(bylineEvidence)].filter((evidence) => label(evidence));
  const groups = group(all);

  // 1. The page's subject, from structured data. Equally strong subjects with different names make
  // a page about several people, unless the page turns out to be its author's own (step 2).
  const cards = structured.filter((member) => member.source === 'microformats' && member.roles.includes('subject') && member.rank < STRONG_SUBJECT);
  const loneCard = new Set(cards.map((card) => normName(label(card)))).size === 1;
  const subjects = groups
    .filter((members) =>
      members.some((member) => member.roles.includes('subject') && (member.rank >= STRONG_SUBJECT || confirmed(member, site, url, loneCard))),
    )
    .sort((a, b) => rankOf(b) - rankOf(a));
  const [top, runnerUp] = subjects;
  const several = !!top && !!runnerUp && rankOf(runnerUp) === rankOf(top);
  if (top && !several) return { found: true, basis: 'subject', group: strongestFirst(top) };

  // 2. The page's author, on the author's own site. Authors the markup declares (JSON-LD, meta,
  // microdata, an h-entry's card) outrank visible "By ..." lines, which may belong to a related-posts list.
  const declared = groups.filter((members) => members.some((member) => member.roles.includes('author') && member.source !== 'byline'));
  const writers = declared.length ? declared : groups.filter((members) => has(members, 'author'));
  const owners = groups.filter((members) => has(members, 'owner'));
  let refusal: string | null = several ? REASONS.several : null;
  if (writers.length > 1) refusal ??= REASONS.coauthored;
  const candidate = writers.length === 1 ? writers[0] : writers.length === 0 && owners.length === 1 ? owners[0] : undefined;
  if (candidate) {
    const name = strongestFirst(candidate).find((member) => member.name)?.name ?? '';
    const owned =
      has(candidate, 'owner') ||
      (!!name && siteCarriesName(site, name)) ||
      candidate.some((member) => addressOwnsPage(member.url, url)) ||
      (writers.length === 1 && input.authorUrls.some((address) => addressOwnsPage(address, url)));
    if (owned && name) return { found: true, basis: 'author', group: strongestFirst(candidate) };
    refusal ??= REASONS.article;
  }

  // 3. An About page, a personal home page or a bio page that names one person.
  if (site.kind === 'about' && !refusal) {
    const named = [...new Set(all.map((evidence) => normName(evidence.name)).filter(Boolean))];
    const selfNamed = site.selfNames.filter(looksLikePersonName);
    if (named.length === 1 && groups[0]) return pageDecision(strongestFirst(groups[0]), site);
    if (named.length === 0 && selfNamed.length === 1) return pageDecision([pageEvidence(selfNamed[0] ?? '')], site);
  }
  if ((site.kind === 'about' || site.kind === 'home') && !refusal && all.length === 0) {
    const name = agreedSiteName(site);
    if (name) return pageDecision([pageEvidence(name)], site);
  }
  // A bio page stays one even when someone else wrote it (a company's page about its CTO): its
  // <h1> is a name that the address or the title's first part spells as well.
  const heading = personHeading(site);
  if (heading) {
    const name = lineText(heading);
    const slug = slugWords(url);
    const words = normName(name).split(' ');
    const inAddress = words.length >= 2 && [words[0], words[words.length - 1]].every((word) => slug.includes(word ?? ''));
    const titled = site.titleParts.length > 1 && sameName(site.titleParts[0] ?? '', name);
    if (inAddress || titled) return { found: true, basis: 'page', group: [pageEvidence(name)], heading };
  }
  if (refusal) return { found: false, reason: refusal };
  return { found: false, reason: input.isEmpty() ? REASONS.empty : REASONS.none };
}
