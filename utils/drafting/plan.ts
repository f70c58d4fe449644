// Step 3 of the pipeline: what each alternative will say before any wording is chosen. A plan
// names the fact (or the mentee's own reason) that answers "why you", how it ties to the goal, and
// an angle, so that the three alternatives rest on different facts or, failing that, read
// differently. No relevant fact and no own reason: no plan, hence no copyable draft.
import { sameThing } from './facts';
import { isRelevant, type Fact, type LinkKind } from './rank';

export interface DraftPlan {
  /** The main fact, or null when the mentee's own reason alone says why them. */
  fact: Fact | null;
  /** A second relevant fact about something else, for channels with room (email, InMail). */
  extra: Fact | null;
  link: LinkKind | 'own';
  /** The mentee's own reason for writing to this person ("" when none). */
  reason: string;
  /** 0, 1, 2…: which family of wordings, so alternatives built on one fact still read differently. */
  angle: number;
}

/**
 * Up to `count` plans, best first: each on a different relevant fact while there are some, then
 * the best facts again from another angle. With an own reason every plan uses it.
 */
export function draftPlans(facts: readonly Fact[], reason: string, count = 3): DraftPlan[] {
  const own = reason.trim();
  const relevant: Fact[] = [];
  for (const fact of facts.filter(isRelevant)) {
    if (!relevant.some((r) => sameThing(r, fact) || (r.kind === 'skill' && fact.kind === 'skill'))) relevant.push(fact);
  }
  if (relevant.length === 0) {
    if (!own) return [];
    return Array.from({ length: count }, (_, angle) => ({ fact: null, extra: null, link: 'own' as const, reason: own, angle }));
  }
  return Array.from({ length: count }, (_, i) => {
    const fact = relevant[i % relevant.length]!;
    const extra = relevant.find((f) => f !== fact && !sameThing(f, fact) && f.kind !== fact.kind) ?? null;
    return { fact, extra, link: fact.link, reason: own, angle: i };
  });
}
