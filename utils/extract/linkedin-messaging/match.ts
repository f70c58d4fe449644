// Is the conversation read from LinkedIn the one with the person on screen? A reply logged on the
// wrong person would silently corrupt two outreach records, so a doubtful match records nothing.
import type { Person } from '../../schema/person';
import { foldForSearch } from '../../tracking/search';
import { canonicalProfileUrl, linkedInSlug } from '../profile-url';
import type { ConversationMessage } from './conversation';

/**
 * Messaging links often use the member's internal id ("/in/ACoAAB…") instead of their vanity
 * address, so such a link cannot be compared with a saved profile address; the name decides then.
 */
const MEMBER_ID_SLUG = /^aco[a-z0-9_-]{20,}$/i;

/**
 * A name reduced for comparison: accents and case folded, credentials after a comma and anything
 * in brackets dropped ("Noor Haddad, PhD 🌱" and "noor haddad" are equal), letters and digits only.
 */
export function nameForMatching(name: string): string {
  return foldForSearch(name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').split(',')[0]!)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function vanitySlug(url: string | undefined): string | null {
  const slug = url ? linkedInSlug(url) : null;
  return slug && !MEMBER_ID_SLUG.test(slug) ? slug : null;
}

export type ConversationMatch = { ok: true; by: 'profile address' | 'name' } | { ok: false; reason: string };

/**
 * Matches by canonical LinkedIn profile address when both sides have one; otherwise by name. Two
 * different addresses mean two different people even when the names agree.
 */
export function matchConversation(person: Person, conversation: { participantName: string; participantProfileUrl?: string }): ConversationMatch {
  const theirSlug = vanitySlug(conversation.participantProfileUrl);
  const savedSlugs = [person.profileUrl, person.profile.profileUrl, ...person.otherUrls].map((u) => vanitySlug(u)).filter((s): s is string => !!s);
  if (theirSlug && savedSlugs.length > 0) {
    if (savedSlugs.includes(theirSlug)) return { ok: true, by: 'profile address' };
    return {
      ok: false,
      reason: `This conversation is with ${conversation.participantName} (${canonicalProfileUrl(conversation.participantProfileUrl!)}), not with ${person.profile.name}. Nothing was recorded.`,
    };
  }
  const theirs = nameForMatching(conversation.participantName);
  if (theirs && theirs === nameForMatching(person.profile.name)) return { ok: true, by: 'name' };
  return { ok: false, reason: `This conversation is with ${conversation.participantName}, not with ${person.profile.name}. Nothing was recorded.` };
}

/** Their latest message (the list is oldest first), or null when they have not written. */
export function latestFromThem<T extends Pick<ConversationMessage, 'fromThem'>>(messages: readonly T[]): T | null {
  for (let i = messages.length - 1; i >= 0; i -= 1) if (messages[i]!.fromThem) return messages[i]!;
  return null;
}
