// From the chosen evidence to the ProfileDraft the review form edits: the first non-empty value
// of each field in order of strength, then every cap of LIMITS applied with a notice when it bites,
// so the injected script's result always passes profileDraftSchema.
import type { Education, Experience, ProfileDraft } from '../../schema/profile';
import { LIMITS } from '../limits';
import { safeHttpUrl } from '../profile-url';
import { capText, cleanParagraphs, cleanText } from '../text';
import type { PersonEvidence } from './types';
import type { Notices } from './work';

type TextField = 'name' | 'nickname' | 'headline' | 'location' | 'company' | 'about' | 'photoUrl';

/** The first non-empty value of a field across the evidence, strongest first. */
export function firstOf(group: PersonEvidence[], field: TextField): string {
  for (const evidence of group) if (evidence[field]) return evidence[field];
  return '';
}

/** The longest list of a kind: lists from different sources describe the same roles, so never merge them. */
function longest<T>(group: PersonEvidence[], pick: (evidence: PersonEvidence) => T[]): T[] {
  return group.map(pick).reduce((best, list) => (list.length > best.length ? list : best), [] as T[]);
}

function cap(value: string, max: number, what: string, notices: Notices, paragraphs = false): string {
  const { text, cut } = capText(paragraphs ? cleanParagraphs(value) : cleanText(value), max);
  if (cut) notices.add(`The ${what} was longer than ${max.toLocaleString('en-US')} characters and was cut.`);
  return text;
}

function capList<T>(list: T[], max: number, what: string, notices: Notices): T[] {
  if (list.length > max) notices.add(`Only the first ${max} ${what} were kept.`);
  return list.slice(0, max);
}

export interface DraftParts {
  group: PersonEvidence[];
  headline: string;
  company: string;
  about: string;
  photoUrl: string;
  profileUrl: string;
}

export function buildDraft(parts: DraftParts, notices: Notices): ProfileDraft {
  const { group } = parts;
  const short = (value: string, what: string) => cap(value, LIMITS.shortField, what, notices);
  const experience = capList(longest(group, (e) => e.experience), LIMITS.entries, 'experience entries', notices).map(
    (role): Experience => ({
      title: short(role.title, 'job title'),
      company: short(role.company, 'company'),
      location: short(role.location, 'location'),
      start: short(role.start, 'start date'),
      end: short(role.end, 'end date'),
      description: cap(role.description, LIMITS.description, 'role description', notices, true),
    }),
  );
  const education = capList(longest(group, (e) => e.education), LIMITS.entries, 'education entries', notices).map(
    (entry): Education => ({
      school: short(entry.school, 'school'),
      degree: short(entry.degree, 'degree'),
      field: short(entry.field, 'field of study'),
      start: short(entry.start, 'start date'),
      end: short(entry.end, 'end date'),
    }),
  );
  const skills: string[] = [];
  for (const skill of longest(group, (e) => e.skills).map(cleanText)) {
    if (skill && skill.length <= LIMITS.skill && !skills.some((seen) => seen.toLowerCase() === skill.toLowerCase())) skills.push(skill);
  }
  // With no display name (a GitHub user who set none) the handle is what the page shows.
  const name = firstOf(group, 'name') || firstOf(group, 'nickname');
  return {
    name: short(name, 'name'),
    headline: cap(parts.headline, LIMITS.headline, 'headline', notices),
    location: short(firstOf(group, 'location'), 'location'),
    company: short(parts.company, 'company'),
    about: cap(parts.about, LIMITS.about, 'About text', notices, true),
    experience,
    education,
    skills: capList(skills, LIMITS.skills, 'skills', notices),
    projects: [],
    publications: [],
    honors: [],
    certifications: [],
    volunteering: [],
    languages: [],
    featured: [],
    photoUrl: safeHttpUrl(parts.photoUrl),
    profileUrl: safeHttpUrl(parts.profileUrl),
    source: 'web',
    notices: [],
  };
}
