// The in-page half of the LinkedIn extractor, injected on the user's click: (document, url) → who the
// page is about and its cards as lines of text, or why there is no profile. Strongest signal first:
// JSON-LD, the member's own top card, the profile's own sections; the embedded 2016 JSON only when
// the page holds nothing else. It never builds a profile from the address alone, and it refuses a
// page whose own identity names another member than the address (LinkedIn is a single-page app:
// after in-page navigation the DOM can still show the previous person). Reading words (headings,
// dates, interface labels) is left to utils/extract/linkedin-parse, on the extension page.
import { canonicalLinkedInUrl } from '../profile-url';
import { readCard, readList } from './cards';
import { fromEmbeddedJson, fromJsonLd } from './data';
import { allOf, budgetHit, firstOf, meaningful, resetBudget, sectionOf, textOf } from './dom';
import { REASONS, checkedProfileUrl, reasonWithoutProfile, wallReason } from './page-state';
import type { LinkedInReading, RawCard } from './reading';
import {
  ABOUT,
  ABOUT_TEXT,
  CANONICAL,
  CARD,
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

const none = (reason: string): LinkedInReading => ({ found: false, reason });

/** The name in a details sub-page's <title>: "Experience | Ada Lovelace | LinkedIn". */
function nameFromTitle(doc: Document): string {
  const parts = doc.title.replace(/^\(\d+\)\s*/, '').split(' | ');
  return parts.length > 2 ? meaningful(parts[parts.length - 2].trim()) : '';
}

/** What one reading of the page gives: the reading, and the profile's own elements for its section. */
export interface PageRead {
  reading: LinkedInReading;
  /** The top card and the profile's own sections (empty when there is no profile). */
  pieces: Element[];
}

/** Structured data as a card of per-field entries, so that the extension page reads it like markup. */
const dataCard = (key: string, fields: Record<string, string>[] | undefined): RawCard[] =>
  fields?.length ? [{ key, heading: '', entries: [], fields, more: [] }] : [];

/** The member's other cards (projects, honours…), outermost only, not those already read. */
function otherCards(doc: Document, read: (Element | null)[]): RawCard[] {
  const cards: RawCard[] = [];
  const seen: Element[] = read.filter((el): el is Element => !!el);
  const markers = allOf(doc, CARD.join(', '), 60);
  for (const marker of markers) {
    // 2022-24 anchors are empty markers of their <section>; an empty 2025-26 card is a lazy placeholder.
    const key = marker.getAttribute('componentkey') || marker.id;
    const card = key && key === marker.id ? sectionOf(marker) : marker.firstElementChild && marker;
    // A wrapper around other cards (a lazily filled 2025-26 slot) is not a card itself.
    const wrapper = markers.some((other) => other !== marker && marker.contains(other) && (other.getAttribute('componentkey') || other.id) !== key);
    if (!card || wrapper || seen.some((el) => el.contains(card) || card.contains(el))) continue;
    seen.push(card);
    cards.push(readCard(card, key));
  }
  return cards;
}

export function readLinkedInPage(doc: Document, url: string): PageRead {
  const reading = read(doc, url);
  return 'found' in reading ? { reading, pieces: [] } : reading;
}

function read(doc: Document, url: string): LinkedInReading | PageRead {
  resetBudget();
  if (!canonicalLinkedInUrl(url)) return none(REASONS.notProfileUrl);
  const wall = wallReason(doc, url);
  if (wall) return none(wall);

  // /details/<section>/ sub-pages have no top card: the name is in the sticky header or <title>.
  const details = /\/details\/([\w-]+)/i.exec(new URL(url).pathname)?.[1].toLowerCase() ?? '';
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
  // Any other /details/<kind>/ page (projects, certifications…) is one card of that kind.
  const detailsEl = details && !experienceEl && !educationEl && !skillsEl ? doc.querySelector(DETAILS_SECTION) : null;
  const pieces = [cardEl, aboutEl, experienceEl, educationEl, skillsEl, detailsEl];

  const profileUrl = checkedProfileUrl(url, [
    doc.querySelector(CANONICAL)?.getAttribute('href'),
    doc.querySelector(OG_URL)?.getAttribute('content'),
    ld?.url,
    json?.url,
    top?.nameEl?.closest('a[href*="/in/"]')?.getAttribute('href'),
    ...pieces.map((el) => el?.querySelector(MEMBER_LINK)?.getAttribute('href')),
  ]);
  if (!profileUrl) return none(REASONS.stale);

  const skillSelector = SKILL.join(', ');
  const cards: RawCard[] = json
    ? [...dataCard('experience', json.experience), ...dataCard('education', json.education), ...dataCard('skills', json.skills?.map((skill) => ({ name: skill })))]
    : [
        // The 2025-26 About card also holds the "Top skills" line.
        ...(aboutEl?.matches(ABOUT[0]) ? [readCard(aboutEl, 'about')] : []),
        ...(experienceEl ? [readCard(experienceEl, 'experience', EXPERIENCE_FIELDS)] : []),
        ...(educationEl ? [readCard(educationEl, 'education', EDUCATION_FIELDS)] : []),
        ...(skillsEl ? [skillsEl.querySelector(skillSelector) ? readList(skillsEl, 'skills', skillSelector) : readCard(skillsEl, 'skills')] : []),
        ...(detailsEl ? [readCard(detailsEl, details)] : []),
        ...(details ? [] : otherCards(doc, pieces)),
      ];

  return {
    reading: {
      found: true,
      page: {
        name,
        headline: top?.headline || (details ? textOf(doc.querySelector(STICKY_HEADLINE)) : '') || json?.headline || '',
        location: ld?.location || top?.location || json?.location || '',
        company: ld?.company || top?.company || json?.company || '',
        subtitle: top?.subtitle ?? '',
        about: textOf(aboutEl?.querySelector(ABOUT_TEXT) ?? aboutEl, true, true) || ld?.about || json?.about || '',
        photoUrl: top?.photo || photoUrl(ld?.photo) || photoUrl(json?.photo),
        profileUrl,
        details,
        cards,
        cut: budgetHit,
      },
    },
    pieces: pieces.filter((el): el is Element => !!el),
  };
}
