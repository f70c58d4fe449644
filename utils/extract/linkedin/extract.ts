// The LinkedIn extractor: (document, url) → the profile on the page, or why there is none.
// Strongest signal first: JSON-LD, the member's own top card, the profile's own sections; the
// embedded 2016 JSON only when the page holds nothing else. It never builds a profile from the
// address alone, and it refuses a page whose own identity names another member than the address
// (LinkedIn is a single-page app: after in-page navigation the DOM can still show the previous person).
import type { CaptureResult, Education, Experience, ProfileDraft } from '../../schema/profile';
import { canonicalLinkedInUrl } from '../profile-url';
import { capProfile } from './caps';
import { fromEmbeddedJson, fromJsonLd } from './data';
import { firstOf, meaningful, resetBudget, sectionOf, textOf } from './dom';
import { PRESENT, readEntries, readSkills, toEducation, toExperience } from './entries';
import { REASONS, checkedProfileUrl, reasonWithoutProfile, wallReason } from './page-state';
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
  OG_URL,
  SKILL,
  SKILLS_SECTION,
  STICKY_HEADLINE,
  STICKY_NAME,
} from './selectors';
import { findTopCard, photoUrl, readTopCard } from './top-card';

const none = (reason: string): CaptureResult => ({ found: false, reason });

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

/** What one reading of the page gives: the result, and the profile's own elements for its section. */
export interface LinkedInReading {
  result: CaptureResult;
  /** The top card and the profile's own sections (empty when there is no profile). */
  pieces: Element[];
}

/**
 * The profile on a LinkedIn page, or why there is none. The page section (kept with a snapshot for
 * re-reading later) is not part of it: it is made only when the user saves, from `readLinkedIn`'s
 * pieces (see entrypoints/capture-linkedin).
 */
export function extractLinkedIn(doc: Document, url: string): CaptureResult {
  return readLinkedIn(doc, url).result;
}

/** extractLinkedIn and the page section together, as one capture that is saved gives them. */
export function extractLinkedInWithSection(doc: Document, url: string): CaptureResult {
  const { result, pieces } = readLinkedIn(doc, url);
  const section = result.found ? pageSection(pieces) : undefined;
  return result.found && section ? { ...result, section } : result;
}

export function readLinkedIn(doc: Document, url: string): LinkedInReading {
  const reading = read(doc, url);
  return 'found' in reading ? { result: reading, pieces: [] } : reading;
}

function read(doc: Document, url: string): CaptureResult | LinkedInReading {
  resetBudget();
  if (!canonicalLinkedInUrl(url)) return none(REASONS.notProfileUrl);
  const wall = wallReason(doc, url);
  if (wall) return none(wall);

  // /details/<section>/ sub-pages have no top card: the name is in the sticky header or <title>.
  const details = /\/details\/([\w-]+)/i.exec(new URL(url).pathname)?.[1].toLowerCase();
  const ld = fromJsonLd(doc);
  const cardEl = details ? null : findTopCard(doc);
  const top = cardEl ? readTopCard(cardEl) : null;
  let name = ld?.name || top?.name || (details ? meaningful(textOf(doc.querySelector(STICKY_NAME))) || nameFromTitle(doc) : '');
  const json = name ? null : fromEmbeddedJson(doc);
  name ||= json?.name ?? '';
  if (!name) return none(reasonWithoutProfile(doc, url));

  const sectionFor = (kind: string, selectors: string[]): Element | null =>
    details && details !== kind ? null : sectionOf(firstOf(doc, selectors)) ?? (details ? doc.querySelector(DETAILS_SECTION) : null);
  const aboutEl = details ? null : sectionOf(firstOf(doc, ABOUT));
  const experienceEl = sectionFor('experience', EXPERIENCE_SECTION);
  const educationEl = sectionFor('education', EDUCATION_SECTION);
  const skillsEl = sectionFor('skills', SKILLS_SECTION);
  const pieces = [cardEl, aboutEl, experienceEl, educationEl, skillsEl];

  const profileUrl = checkedProfileUrl(url, [
    doc.querySelector(CANONICAL)?.getAttribute('href'),
    doc.querySelector(OG_URL)?.getAttribute('content'),
    ld?.url,
    json?.url,
    top?.nameEl?.closest('a[href*="/in/"]')?.getAttribute('href'),
    ...pieces.map((el) => el?.querySelector(MEMBER_LINK)?.getAttribute('href')),
  ]);
  if (!profileUrl) return none(REASONS.stale);

  let experience: Experience[] = readEntries(experienceEl, 'experience', EXPERIENCE_FIELDS).map(toExperience);
  let education: Education[] = readEntries(educationEl, 'education', EDUCATION_FIELDS).map(toEducation);
  let skills = readSkills(skillsEl, SKILL);
  if (json) ({ experience = [], education = [], skills = [] } = json);

  const raw: ProfileDraft = {
    name,
    headline: top?.headline || (details ? textOf(doc.querySelector(STICKY_HEADLINE)) : '') || json?.headline || '',
    location: ld?.location || top?.location || json?.location || '',
    company:
      ld?.company ||
      top?.company ||
      (top?.subtitle && companyFromSubtitle(top.subtitle, education)) ||
      json?.company ||
      experience.find((e) => PRESENT.test(e.end))?.company ||
      '',
    about: textOf(aboutEl?.querySelector(ABOUT_TEXT) ?? aboutEl, true, true) || ld?.about || json?.about || '',
    experience,
    education,
    skills,
    photoUrl: top?.photo || photoUrl(ld?.photo) || photoUrl(json?.photo),
    profileUrl,
    source: 'linkedin',
    notices: [],
  };
  return { result: { found: true, profile: capProfile(raw) }, pieces: pieces.filter((el): el is Element => !!el) };
}
