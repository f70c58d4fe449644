// The caps of LIMITS applied to a read profile, with a plain-words notice for every cap that was hit
// (once per kind of field), so that the user knows the saved copy is shorter than the page.
import type { Accomplishment, Experience, ProfileDraft } from '../../schema/profile';
import { LIMITS } from '../limits';
import { capText } from '../text';

/** Text with at least one letter or digit ("--" placeholders and lone "·" are not content). */
const meaningful = (text: string): string => (/[\p{L}\p{N}]/u.test(text) ? text : '');
/** Strip the separators LinkedIn leaves around list items ("LinkedIn,", ", A", "· 2nd"). */
const trimSeparators = (text: string): string => text.replace(/^[\s,·•|–-]+|[\s,·•|]+$/g, '');

/** `cut`: the page was too large to read completely. */
export function capProfile(raw: ProfileDraft, cut = false): ProfileDraft {
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
  const job = (e: Experience): Experience => ({
    title: short(e.title, 'A job title'),
    company: short(e.company, 'A company name'),
    location: short(e.location, 'A job location'),
    start: short(e.start, 'A start date'),
    end: short(e.end, 'An end date'),
    startMonth: e.startMonth,
    endMonth: e.endMonth,
    description: cap(e.description, LIMITS.description, 'A job description'),
  });
  const item = (a: Accomplishment): Accomplishment => ({
    title: short(a.title, 'A title'),
    subtitle: short(a.subtitle, 'A title'),
    date: short(a.date, 'A date'),
    description: cap(a.description, LIMITS.description, 'A description'),
    url: a.url.length <= LIMITS.url ? a.url : '',
  });
  const items = (list: Accomplishment[], label: string) => first(list, LIMITS.entries, label).map(item).filter((a) => a.title);
  const profile: ProfileDraft = {
    ...raw,
    name: short(raw.name, 'The name'),
    headline: cap(raw.headline, LIMITS.headline, 'The headline'),
    location: short(raw.location, 'The location'),
    company: short(raw.company, 'The company'),
    about: cap(raw.about, LIMITS.about, 'About'),
    experience: first(raw.experience, LIMITS.entries, 'experience entries').map((e) => job(e)),
    education: first(raw.education, LIMITS.entries, 'education entries').map((e) => ({
      school: short(e.school, 'A school name'),
      degree: short(e.degree, 'A degree'),
      field: short(e.field, 'A field of study'),
      start: short(e.start, 'A start date'),
      end: short(e.end, 'An end date'),
      startMonth: e.startMonth,
      endMonth: e.endMonth,
    })),
    skills: first([...new Set(raw.skills.map((s) => meaningful(trimSeparators(s))).filter(Boolean))], LIMITS.skills, 'skills').map((s) =>
      cap(s, LIMITS.skill, 'A skill'),
    ),
    projects: items(raw.projects, 'projects'),
    publications: items(raw.publications, 'publications'),
    honors: items(raw.honors, 'honours and awards'),
    certifications: items(raw.certifications, 'licences and certifications'),
    volunteering: first(raw.volunteering, LIMITS.entries, 'volunteering entries').map((e) => job(e)),
    languages: first(raw.languages, LIMITS.entries, 'languages').map((l) => ({ name: short(l.name, 'A language'), proficiency: short(l.proficiency, 'A language') })),
    featured: first(raw.featured, LIMITS.entries, 'featured items').map((t) => short(t, 'A featured title')),
  };
  if (cut) notices.push('The page was too large to read completely; some details may be missing');
  profile.notices = [...raw.notices, ...notices].slice(0, 20);
  return profile;
}
