// The facts a draft may use about a person, ranked for the mentee's goal: profile-facts.ts reads
// them (once), rank.ts orders them. This module is the entry point the panel and the engine use.
import type { Goals } from '../schema/goals';
import type { ProfileDraft } from '../schema/profile';
import { readGoal } from './goal';
import { profileFacts } from './profile-facts';
import { isRelevant, rankFacts, type Fact } from './rank';
import { mentionsPhrase } from './text';

export type { FactKind } from './profile-facts';
export type { Fact, LinkKind } from './rank';
export { isRelevant, RELEVANT } from './rank';
export { cleanOrg, shortOrg } from './wording';

/**
 * Facts from a profile, most relevant to the goals first (profile order without goals). Never
 * invented: every wording is built from the profile's own words and dates. A profile with nothing
 * beyond a name yields none.
 */
export function extractFacts(profile: ProfileDraft, goals?: Pick<Goals, 'summary' | 'helpWanted' | 'me'>): Fact[] {
  return rankFacts(profileFacts(profile), goals ? readGoal(goals) : null);
}

/** The facts with these ids, in the order given; unknown ids are skipped. */
export function factsById(facts: readonly Fact[], ids: readonly string[]): Fact[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** Whether two facts name the same thing (one mentions a key of the other). */
export function sameThing(a: Fact, b: Fact): boolean {
  return a.keys.some((k) => mentionsPhrase(b.text, k)) || b.keys.some((k) => mentionsPhrase(a.text, k));
}

/**
 * The facts a new draft starts with: the most relevant one, and a second relevant one that names
 * something different. Without relevant facts: none (the mentee's own reason is asked for instead).
 */
export function defaultFactIds(facts: readonly Fact[]): string[] {
  const relevant = facts.filter(isRelevant);
  const [first, ...rest] = relevant;
  if (!first) return [];
  const second = rest.find((f) => !sameThing(first, f) && f.kind !== first.kind);
  return second ? [first.id, second.id] : [first.id];
}
