// The caps of LIMITS applied to a read profile, with a plain-words notice for every cap that was hit
// (once per kind of field), so that the user knows the saved copy is shorter than the page.
import type { ProfileDraft } from '../../schema/profile';
import { LIMITS } from '../limits';
import { capText } from '../text';
import { budgetHit, meaningful, trimSeparators } from './dom';

export function capProfile(raw: ProfileDraft): ProfileDraft {
  const notices: string[] = [];
  const cap = (value: string, max: number, label: string): string => {
    const { text, cut } = capText(value, max);
    if (cut) {
      const notice = `${label} was longer than ${max.toLocaleString('en-US')} characters and was cut`;
      if (!notices.includes(notice)) notices.push(notice);
    }
    return text;
  };
  const short = (value: string, label: string) => cap(trimSeparators(value), LIMITS.shortField, label);
  const first = <T>(items: T[], max: number, label: string): T[] => {
    if (items.length > max) notices.push(`Only the first ${max} ${label} were kept`);
    return items.slice(0, max);
  };
  const profile: ProfileDraft = {
    ...raw,
    name: short(raw.name, 'The name'),
    headline: cap(raw.headline, LIMITS.headline, 'The headline'),
    location: short(raw.location, 'The location'),
    company: short(raw.company, 'The company'),
    about: cap(raw.about, LIMITS.about, 'About'),
    experience: first(raw.experience, LIMITS.entries, 'experience entries').map((e) => ({
      title: short(e.title, 'A job title'),
      company: short(e.company, 'A company name'),
      location: short(e.location, 'A job location'),
      start: short(e.start, 'A start date'),
      end: short(e.end, 'An end date'),
      description: cap(e.description, LIMITS.description, 'A job description'),
    })),
    education: first(raw.education, LIMITS.entries, 'education entries').map((e) => ({
      school: short(e.school, 'A school name'),
      degree: short(e.degree, 'A degree'),
      field: short(e.field, 'A field of study'),
      start: short(e.start, 'A start date'),
      end: short(e.end, 'An end date'),
    })),
    skills: first([...new Set(raw.skills.map((s) => meaningful(trimSeparators(s))).filter(Boolean))], LIMITS.skills, 'skills').map((s) =>
      cap(s, LIMITS.skill, 'A skill'),
    ),
  };
  if (budgetHit) notices.push('The page was too large to read completely; some details may be missing');
  profile.notices = notices.slice(0, 20);
  return profile;
}
