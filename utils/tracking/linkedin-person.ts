// Whether a person can be reached on LinkedIn, as far as Mentor Scout knows: a person saved from
// their personal site was offered "Log reply from the open LinkedIn conversation" (issue #10).
import { isLinkedInUrl } from '../extract/profile-url';
import type { Person } from '../schema/person';

/** True when their profile address, or one of their other addresses (from a merge), is on LinkedIn. */
export function hasLinkedInAddress(person: Pick<Person, 'profileUrl' | 'otherUrls'> & { profile: { profileUrl: string } }): boolean {
  return [person.profileUrl ?? '', person.profile.profileUrl, ...person.otherUrls].some((url) => url !== '' && isLinkedInUrl(url));
}
