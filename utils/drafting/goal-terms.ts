// The goal's own words as weighted stems, for the `goal` check (does the draft say what the mentee
// hopes for?) and for keys that merely repeat the mentee's words (which cannot show a fact).
import type { Goals, Reason } from '../schema/goals';
import { contentStems, isContentWord, stemSet, words } from './text';

export const REASON_WORDS: Record<Reason, string[]> = {
  'career-advancement': ['career', 'promotion', 'lead', 'leadership', 'manager', 'management', 'senior', 'growth'],
  'personal-growth': ['growth', 'coaching', 'confidence', 'communication', 'balance', 'mindset'],
  'new-skill': ['learning', 'skills', 'teaching', 'training', 'course'],
  network: ['network', 'community', 'connections', 'introductions', 'industry', 'events'],
};
/** Words of the goal that say nothing about its topic. */
const GOAL_NOISE = new Set(['mentor', 'mentorship', 'mentoring', 'advice', 'help', 'want', 'would', 'love', 'looking', 'guidance', 'someone', 'first', 'time', 'find', 'finding']);
export function goalTerms(goals: Pick<Goals, 'summary' | 'helpWanted' | 'reasons'> | undefined): Map<string, number> {
  const terms = new Map<string, number>();
  if (!goals) return terms;
  for (const reason of goals.reasons ?? []) {
    for (const s of contentStems(REASON_WORDS[reason].join(' '))) terms.set(s, 0.5);
  }
  const own = `${goals.summary ?? ''} ${goals.helpWanted ?? ''}`;
  for (const w of words(own)) {
    if (!isContentWord(w) || GOAL_NOISE.has(w)) continue;
    for (const s of contentStems(w)) terms.set(s, 1);
  }
  return terms;
}
export function overlap(text: string, terms: Map<string, number>): { stems: string[]; weight: number } {
  const stems = [...stemSet(text)].filter((s) => terms.has(s));
  return { stems, weight: stems.reduce((sum, s) => sum + (terms.get(s) ?? 0), 0) };
}
export function menteeStems(goals: Pick<Goals, 'summary' | 'helpWanted' | 'me'>): Set<string> {
  return stemSet(`${goals.summary ?? ''} ${goals.helpWanted ?? ''} ${goals.me?.intro ?? ''}`);
}
export function specificKeys(fact: { keys: readonly string[] }, goals: Pick<Goals, 'summary' | 'helpWanted' | 'me'>): string[] {
  const own = menteeStems(goals);
  return fact.keys.filter((k) => {
    const stems = [...stemSet(k)];
    return stems.length === 0 || stems.some((s) => !own.has(s));
  });
}
