// The extension-page half of the LinkedIn extractor: the injected script's reading (identity and
// cards as lines) → the profile. Every word of the page is interpreted here: which card is which
// (by its markup key first, its heading in any of the table's languages second), where the dates
// are, what is interface text, and what the page states but did not render.
import type { CaptureResult, Education, ProfileDraft } from '../../schema/profile';
import type { LinkedInPage, LinkedInReading, RawCard } from '../linkedin/reading';
import { capProfile } from './caps';
import { isChrome } from './chrome';
import { PRESENT } from './dates';
import { accomplishments, educationEntries, experienceEntries, featuredTitles, languageEntries } from './entries';
import { kindOfHeading, type CardKind } from './words';

/**
 * Card kinds by the markup's own names: 2025-26 componentkey suffixes ("…VolunteerExperienceTopLevel",
 * "…CertificationTopLevel"), 2022-24 anchor ids ("honors_and_awards"), /details/<kind>/ addresses,
 * and the kinds the injected script's section selectors name. Causes, courses, test scores,
 * organisations, patents, recommendations and interests are not kept.
 */
const KEYS: [RegExp, CardKind][] = [
  [/volunteer(?!_?causes)/i, 'volunteering'],
  [/^experience$|experience(toplevel|details)/i, 'experience'],
  [/^education$|education(toplevel|details)/i, 'education'],
  [/^skills$|skills$/i, 'skills'],
  [/^about$|about$/i, 'about'],
  [/project/i, 'projects'],
  [/publication/i, 'publications'],
  [/honou?rs/i, 'honors'],
  [/certification/i, 'certifications'],
  [/^languages?$|languagetoplevel/i, 'languages'],
  [/featured/i, 'featured'],
];

/** The kind of a card: its key where the markup names it, else its heading's words. */
export function kindOf(card: RawCard): CardKind | undefined {
  return KEYS.find(([pattern]) => pattern.test(card.key))?.[1] ?? (card.key ? undefined : kindOfHeading(card.heading));
}

/** What a kind is called in the review's words, singular and plural, and its /details/ page. */
const NAMES: Partial<Record<CardKind, [string, string]>> = {
  experience: ['Experience', 'experience entries'],
  education: ['Education', 'education entries'],
  skills: ['Skills', 'skills'],
  projects: ['Projects', 'projects'],
  publications: ['Publications', 'publications'],
  honors: ['Honors & awards', 'honours and awards'],
  volunteering: ['Volunteering', 'volunteering entries'],
  certifications: ['Licenses & certifications', 'licences and certifications'],
  languages: ['Languages', 'languages'],
};

/** How the partial-capture notice names each kind's entries (combine.ts reads it back). */
export const PLURALS: Partial<Record<string, string>> = Object.fromEntries(Object.entries(NAMES).map(([kind, [, plural]]) => [kind, plural]));

/** "Show all 12 experiences" → 12: the number the page states (any language writes it in digits). */
const stated = (card: RawCard): number => Math.max(0, ...card.more.map((label) => Number(/\d[\d,.]*/.exec(label)?.[0].replace(/[,.]/g, '') ?? 0)));

/** Plain words for a card that states more entries than it rendered, and what the user can do. */
function partialNotice(kind: CardKind, shown: number, total: number): string {
  const [section, plural] = NAMES[kind] ?? [kind, kind];
  return `Only ${shown} of ${total} ${plural} were on the page. To keep them all, open their ${section} page (“Show all” under ${section}) and press Save again.`;
}

/** On 2025-26 cards the company line is "Company · School"; a lone school is not a company. */
function companyFromSubtitle(subtitle: string, education: Education[]): string {
  const [first = '', ...rest] = subtitle.split(' · ');
  const isSchool = education.some((e) => e.school === first) || /universi|college|school|institut|academ|hochschule|école|escuela|escola|scuola|学|대학/i.test(first);
  return rest.length || !isSchool ? first : '';
}

/** "Android Development • Kotlin • TypeScript": the About card's "Top skills" line, by its shape. */
const topSkills = (card: RawCard): string[] =>
  card.entries.flatMap((e) => e.lines.filter((line) => line.split(' • ').length > 1).flatMap((line) => line.split(' • ')));

export function parseLinkedIn(reading: LinkedInReading): CaptureResult {
  if (!reading.found) return reading;
  return { found: true, profile: profileOf(reading.page) };
}

function profileOf(page: LinkedInPage): ProfileDraft {
  const profile: ProfileDraft = {
    name: page.name,
    headline: page.headline,
    location: page.location,
    company: page.company,
    about: page.about,
    experience: [],
    education: [],
    skills: [],
    projects: [],
    publications: [],
    honors: [],
    certifications: [],
    volunteering: [],
    languages: [],
    featured: [],
    photoUrl: page.photoUrl,
    profileUrl: page.profileUrl,
    source: 'linkedin',
    notices: [],
  };
  const seen = new Set<CardKind>();
  for (const card of page.cards) {
    const kind = kindOf(card);
    // The first card of a kind is the profile's own; a repeat (a nested duplicate) adds nothing.
    if (!kind || seen.has(kind)) continue;
    seen.add(kind);
    const shown = readCard(profile, kind, card);
    const total = stated(card);
    if (total > shown && NAMES[kind]) profile.notices.push(partialNotice(kind, shown, total));
  }
  profile.company ||= companyFromSubtitle(page.subtitle, profile.education) || profile.experience.find((e) => PRESENT.test(e.end))?.company || '';
  return capProfile(profile, page.cut);
}

/** Adds one card's entries to the profile (each kind is read once); returns how many the card rendered. */
function readCard(profile: ProfileDraft, kind: CardKind, card: RawCard): number {
  switch (kind) {
    case 'about':
      profile.skills.push(...topSkills(card));
      return 0;
    case 'experience':
      return (profile.experience = experienceEntries(card)).length;
    case 'education':
      return (profile.education = educationEntries(card)).length;
    case 'volunteering':
      // A volunteering entry's line after its dates is its cause ("Poverty Alleviation"), not a place.
      return (profile.volunteering = experienceEntries(card).map((e) => ({ ...e, location: '' }))).length;
    case 'skills': {
      // The Skills card's list comes first; the About card's "Top skills" stay after it (capProfile drops repeats).
      const names = [...new Set([...card.entries.map((e) => e.lines[0] ?? ''), ...card.fields.map((f) => f.name ?? '')])].filter((name) => name && !isChrome(name));
      profile.skills.unshift(...names);
      return names.length;
    }
    case 'languages':
      return (profile.languages = languageEntries(card)).length;
    case 'featured':
      return (profile.featured = featuredTitles(card).filter((title) => !isChrome(title))).length;
    default:
      return (profile[kind] = accomplishments(card)).length;
  }
}
