// The LinkedIn extractor: (document, url) → the profile on the page, or why there is none.
// Strongest signal first: JSON-LD, the member's own top card, the profile's sections; embedded 2016
// JSON only when the page holds nothing else. It never builds a profile from the address alone, and
// it refuses a page whose own identity names another member than the address (LinkedIn is a
// single-page app: after in-page navigation the DOM can still show the previous person).
import type { CaptureResult, Education, Experience, ProfileDraft } from '../../schema/profile';
import { LIMITS } from '../limits';
import { canonicalLinkedInUrl, linkedInSlug, safeHttpUrl } from '../profile-url';
import { capText } from '../text';
import { fromEmbeddedJson, fromJsonLd } from './data';
import { allOf, budgetHit, firstOf, meaningful, resetBudget, sectionOf, textOf, trimSeparators } from './dom';
import { PRESENT, readEntries, readSkills, toEducation, toExperience } from './entries';
import { pageSection } from './section';
import {
  ABOUT,
  ABOUT_TEXT,
  CANONICAL,
  DETAILS_SECTION,
  EDUCATION_FIELDS,
  EDUCATION_SECTION,
  EXPERIENCE_FIELDS,
  EXPERIENCE_SECTION,
  MEMBER_LINK,
  NOT_FOUND,
  NOT_FOUND_TITLE,
  OG_URL,
  PAGE_KEY,
  SKILL,
  SKILLS_SECTION,
  STICKY_HEADLINE,
  STICKY_NAME,
  WALL_PAGE_KEY,
  WALL_PATH,
  WALL_TITLE,
} from './selectors';
import { findTopCard, photoUrl, readTopCard } from './top-card';

const NO_PROFILE = 'No profile found on this page';
export const REASONS = {
  notProfileUrl: 'This is not a LinkedIn profile address. Open a profile (linkedin.com/in/…) and try again.',
  signIn: `${NO_PROFILE}: LinkedIn is asking you to sign in. Sign in, open the profile, and try again.`,
  notFound: `${NO_PROFILE}: LinkedIn says this profile does not exist or is not available to you. Check the address and try again.`,
  loading: `${NO_PROFILE}: it has not finished loading. Wait until the profile shows, then try again.`,
  none: `${NO_PROFILE}. Open a LinkedIn profile, wait until it has loaded, and try again.`,
  stale: 'This page still shows a different profile than its address. Reload the page and try again.',
};

const none = (reason: string): CaptureResult => ({ found: false, reason });

/** The member slug of an address, fully decoded (some canonical links are percent-encoded twice). */
function slugOf(href: string | null | undefined, base: string): string {
  let slug = linkedInSlug(safeHttpUrl(href, base)) ?? '';
  for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(slug); i++) {
    try {
      slug = decodeURIComponent(slug).toLowerCase();
    } catch {
      break;
    }
  }
  return slug;
}

/** Why there is no profile, from the page's own words and shape. */
function reasonWithoutProfile(doc: Document, url: string): string {
  const canonicalPath = new URL(safeHttpUrl(doc.querySelector(CANONICAL)?.getAttribute('href'), url) || url).pathname;
  if (doc.querySelector(NOT_FOUND) || NOT_FOUND_TITLE.test(doc.title)) return REASONS.notFound;
  if (WALL_TITLE.test(doc.title) || (doc.querySelector(CANONICAL) && WALL_PATH.test(canonicalPath))) return REASONS.signIn;
  return (doc.body?.getElementsByTagName('*').length ?? 0) < 30 ? REASONS.loading : REASONS.none;
}

/** The name in a details sub-page's <title>: "Experience | Ada Lovelace | LinkedIn". */
function nameFromTitle(doc: Document): string {
  const parts = doc.title.replace(/^\(\d+\)\s*/, '').split(' | ');
  return parts.length > 2 ? meaningful(parts[parts.length - 2].trim()) : '';
}

/** On 2025-26 cards the company line is "Company · School"; a lone school is not a company. */
function companyFromSubtitle(subtitle: string, education: Education[]): string {
  const [first = '', ...rest] = subtitle.split(' · ');
  const isSchool = education.some((e) => e.school === first) || /universi|college|school|institut|academ|hochschule|école|escuela/i.test(first);
  return rest.length || !isSchool ? first : '';
}

export function extractLinkedIn(doc: Document, url: string): CaptureResult {
  resetBudget();
  if (!canonicalLinkedInUrl(url)) return none(REASONS.notProfileUrl);
  // Sign-in walls say so in their page key or their canonical address (/authwall, /login).
  const canonical = doc.querySelector(CANONICAL)?.getAttribute('href');
  if (
    WALL_PAGE_KEY.test(doc.querySelector(PAGE_KEY)?.getAttribute('content') ?? '') ||
    (canonical && /\w/.test(canonical) && WALL_PATH.test(new URL(safeHttpUrl(canonical, url) || url).pathname))
  ) {
    return none(REASONS.signIn);
  }

  const details = /\/details\/([\w-]+)/i.exec(new URL(url).pathname)?.[1].toLowerCase();
  const ld = fromJsonLd(doc);
  const cardEl = details ? null : findTopCard(doc);
  const top = cardEl ? readTopCard(cardEl) : null;
  let name = ld?.name || top?.name || (details ? meaningful(textOf(doc.querySelector(STICKY_NAME))) || nameFromTitle(doc) : '');
  const json = name ? null : fromEmbeddedJson(doc);
  name ||= json?.name ?? '';
  if (!name) return none(reasonWithoutProfile(doc, url));

  const sectionFor = (kind: string, selectors: string[]): Element | null =>
    details ? (details === kind ? doc.querySelector(DETAILS_SECTION) : null) : sectionOf(firstOf(doc, selectors));
  const aboutEl = details ? null : sectionOf(firstOf(doc, ABOUT));
  const experienceEl = sectionFor('experience', EXPERIENCE_SECTION);
  const educationEl = sectionFor('education', EDUCATION_SECTION);
  const skillsEl = sectionFor('skills', SKILLS_SECTION);

  // Identity check: every address the page gives itself must name the member in `url`. Addresses
  // by member id (/in/ACoAA…) cannot be compared, so there the page's own address is kept instead.
  const slug = slugOf(url, url);
  const pieces = [cardEl, aboutEl, experienceEl, educationEl, skillsEl];
  const own = [
    canonical,
    doc.querySelector(OG_URL)?.getAttribute('content'),
    ld?.url,
    json?.url,
    top?.nameEl?.closest('a[href*="/in/"]')?.getAttribute('href'),
    ...pieces.map((el) => el?.querySelector(MEMBER_LINK)?.getAttribute('href')),
  ]
    .map((href) => slugOf(href, url))
    .filter(Boolean);
  const byId = /^aco[\w-]{20,}$/i.test(slug);
  if (!byId && own.some((other) => other !== slug)) return none(REASONS.stale);
  const profileUrl = (byId && own[0] && canonicalLinkedInUrl(`https://www.linkedin.com/in/${own[0]}/`)) || canonicalLinkedInUrl(url)!;

  let experience: Experience[] = readEntries(experienceEl, 'experience', EXPERIENCE_FIELDS).map(toExperience);
  let education: Education[] = readEntries(educationEl, 'education', EDUCATION_FIELDS).map(toEducation);
  let skills = readSkills(skillsEl, SKILL);
  if (json) ({ experience = [], education = [], skills = [] } = json);

  const notices: string[] = [];
  const cap = (value: string, max: number, label: string): string => {
    const { text, cut } = capText(value, max);
    const notice = `${label} was longer than ${max.toLocaleString('en-US')} characters and was cut`;
    if (cut && !notices.includes(notice)) notices.push(notice);
    return text;
  };
  const short = (value: string, label: string) => cap(trimSeparators(value), LIMITS.shortField, label);
  const listCap = <T>(items: T[], max: number, label: string): T[] => {
    if (items.length > max) notices.push(`Only the first ${max} ${label} were kept`);
    return items.slice(0, max);
  };

  const about =
    textOf(aboutEl?.querySelector(ABOUT_TEXT) ?? aboutEl, true, true) || ld?.about || json?.about || '';
  const profile: ProfileDraft = {
    name: short(name, 'The name'),
    headline: cap(top?.headline || (details ? textOf(doc.querySelector(STICKY_HEADLINE)) : '') || json?.headline || '', LIMITS.headline, 'The headline'),
    location: short(ld?.location || top?.location || json?.location || '', 'The location'),
    company: short(
      ld?.company ||
        top?.company ||
        (top?.subtitle && companyFromSubtitle(top.subtitle, education)) ||
        json?.company ||
        experience.find((e) => PRESENT.test(e.end))?.company ||
        '',
      'The company',
    ),
    about: cap(about, LIMITS.about, 'About'),
    experience: listCap(experience, LIMITS.entries, 'experience entries').map((e) => ({
      title: short(e.title, 'A job title'),
      company: short(e.company, 'A company name'),
      location: short(e.location, 'A job location'),
      start: short(e.start, 'A start date'),
      end: short(e.end, 'An end date'),
      description: cap(e.description, LIMITS.description, 'A job description'),
    })),
    education: listCap(education, LIMITS.entries, 'education entries').map((e) => ({
      school: short(e.school, 'A school name'),
      degree: short(e.degree, 'A degree'),
      field: short(e.field, 'A field of study'),
      start: short(e.start, 'A start date'),
      end: short(e.end, 'An end date'),
    })),
    skills: listCap([...new Set(skills.map((s) => meaningful(trimSeparators(s))).filter(Boolean))], LIMITS.skills, 'skills').map((s) =>
      cap(s, LIMITS.skill, 'A skill'),
    ),
    photoUrl: top?.photo || photoUrl(ld?.photo) || photoUrl(json?.photo),
    profileUrl,
    source: 'linkedin',
    notices,
  };
  const section = pageSection(pieces);
  if (budgetHit) notices.push('The page was too large to read completely; some details may be missing');
  profile.notices = notices.slice(0, 20);
  return section ? { found: true, profile, section } : { found: true, profile };
}
