// The shape every reader of the page (JSON-LD, microdata, microformats, meta tags, visible text)
// reports a person in, before the decision of whether the page is about one person.
import type { Education, Experience } from '../../schema/profile';

/** Where a piece of evidence was read; 'site' is a known site's own stable markup (GitHub's profile). */
export type EvidenceSource = 'json-ld' | 'microformats' | 'microdata' | 'site' | 'opengraph' | 'meta' | 'byline' | 'page';

/**
 * subject: the page is about this person (a ProfilePage's main entity, a CV's contact card).
 * author: the person wrote the page's text. owner: the site is this person's (WebSite publisher).
 */
export type EvidenceRole = 'subject' | 'author' | 'owner';

export interface PersonEvidence {
  source: EvidenceSource;
  roles: EvidenceRole[];
  /** Among subjects, higher wins: a ProfilePage's main entity over a card that is merely present. */
  rank: number;
  name: string;
  /** A handle shown beside or instead of the name (GitHub's username). */
  nickname: string;
  headline: string;
  location: string;
  company: string;
  about: string;
  photoUrl: string;
  /** The person's own address (JSON-LD url, h-card u-url, an author link). */
  url: string;
  experience: Experience[];
  education: Education[];
  skills: string[];
  /** Where the evidence sits, kept as the profile's own part of the page. */
  sectionElement?: Element;
  sectionText?: string;
}


/**
 * People read per source. Past a few dozen the page is a directory, not a profile, and comparing
 * every pair of names (decide.ts) must stay cheap.
 */
export const MAX_PERSONS_PER_SOURCE = 50;

export function emptyEvidence(source: EvidenceSource, roles: EvidenceRole[], rank: number): PersonEvidence {
  return {
    source,
    roles,
    rank,
    name: '',
    nickname: '',
    headline: '',
    location: '',
    company: '',
    about: '',
    photoUrl: '',
    url: '',
    experience: [],
    education: [],
    skills: [],
  };
}
