// A new capture of someone already saved, combined with what was saved: a /details/<section>/ page
// holds one section only, and a main page often renders fewer entries than it states ("Show all 12
// experiences"). Neither may throw away what the mentee kept from an earlier, fuller capture; the
// capture itself stays as it was in its own snapshot.
import type { ProfileDraft } from '../../schema/profile';
import { PLURALS } from './parse';

type ListKey = 'experience' | 'education' | 'skills' | 'projects' | 'publications' | 'honors' | 'certifications' | 'volunteering' | 'languages' | 'featured';

/** The profile list each /details/<section>/ address holds. */
const DETAILS: Record<string, ListKey> = {
  experience: 'experience',
  education: 'education',
  skills: 'skills',
  projects: 'projects',
  publications: 'publications',
  honors: 'honors',
  certifications: 'certifications',
  'volunteering-experiences': 'volunteering',
  volunteering: 'volunteering',
  languages: 'languages',
  featured: 'featured',
};

/** The section a LinkedIn /details/<section>/ address shows, or null for any other address. */
export function detailsSection(sourceUrl: string): ListKey | null {
  try {
    const url = new URL(sourceUrl);
    if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
    const section = /^\/in\/[^/]+\/details\/([\w-]+)/i.exec(url.pathname)?.[1].toLowerCase();
    return section ? (DETAILS[section] ?? null) : null;
  } catch {
    return null;
  }
}

/** Whether the capture said its page stated more entries of `key` than it rendered (parse.ts's notice). */
const statedMore = (profile: ProfileDraft, key: ListKey): boolean =>
  !!PLURALS[key] && profile.notices.some((notice) => notice.startsWith('Only ') && notice.includes(` ${PLURALS[key]} were on the page`));

/**
 * What to store for a person already saved (`saved`) after a new capture (`captured`, from
 * `sourceUrl`). A details page replaces its one section and leaves everything else as saved. A main
 * page that rendered fewer entries than it stated keeps the saved list where that list is longer.
 * Every other capture is taken as it is.
 */
export function combineCapture(saved: ProfileDraft, captured: ProfileDraft, sourceUrl: string): ProfileDraft {
  const section = detailsSection(sourceUrl);
  if (section) {
    const list = captured[section] as unknown[];
    // A details page that rendered nothing of its section changes nothing.
    return list.length ? { ...saved, [section]: list, notices: captured.notices } : { ...saved, notices: captured.notices };
  }
  const out: ProfileDraft = { ...captured };
  for (const key of Object.values(DETAILS)) {
    if (statedMore(captured, key) && (saved[key] as unknown[]).length > (captured[key] as unknown[]).length) {
      (out as Record<ListKey, unknown>)[key] = saved[key];
    }
  }
  return out;
}
