import type { Goals } from '../schema/goals';
import type { ProfileDraft } from '../schema/profile';
import { extractFacts, isRelevant, type Fact, type FactKind } from './facts';
import { goalTerms } from './goal-terms';
import { isContentWord, stem, words } from './text';

export interface FitReason {
  factId: string;
  /** The fact as a phrase ("your role as Engineering Manager at Acme"). */
  text: string;
  /** This fact's share of the score before diminishing returns (relevance × kind weight). */
  weight: number;
  /** The profile's words that matched the goals ("management", "team"). */
  matched: string[];
}

export interface FitResult {
  /** 0–100. 0: nothing beyond a name; ≤ 10: facts, none touching the goals; ≥ 20: at least one match. */
  score: number;
  /** The facts that match the goals, strongest first (empty when none do). */
  reasons: FitReason[];
  /** One plain sentence saying why the score is what it is. */
  summary: string;
}

/** How much a match on each kind of fact says about fit: what someone does beats what they list. */
const KIND_WEIGHT: Record<FactKind, number> = { move: 1, role: 1, headline: 0.9, about: 0.9, skill: 0.7, company: 0.5, education: 0.5 };
/** Diminishing returns: the third matching fact adds less than the first. */
const RANK_FACTOR = [1, 0.6, 0.4, 0.3, 0.2];
/** Where the curve saturates: a summed weight of 3 gives about 70. */
const SCALE = 3;
const FLOOR_WITH_MATCH = 20;
const SCORE_NO_MATCH = 10;

/**
 * How well a person fits the mentee's goals, 0–100, explained by the facts that share words with
 * the goals (summary, help wanted, reason keywords). Deterministic: same profile and goals, same
 * score. Without any matching fact the score stays low and `summary` says why.
 */
export function fitScore(profile: ProfileDraft, goals: Goals, facts: readonly Fact[] = extractFacts(profile, goals)): FitResult {
  const terms = goalTerms(goals);
  const reasons = facts
    .filter(isRelevant)
    .map((f) => ({
      factId: f.id,
      text: f.text,
      weight: round(f.relevance * KIND_WEIGHT[f.kind]),
      matched: f.matched.length ? f.matched : matchedWords(f.text, terms),
    }))
    .sort((a, b) => b.weight - a.weight);

  if (facts.length === 0) {
    return { score: 0, reasons: [], summary: 'This profile shows nothing beyond a name, so there is nothing to compare with your goals.' };
  }
  if (reasons.length === 0) {
    const goalWords = [...terms.keys()].length;
    return {
      score: SCORE_NO_MATCH,
      reasons: [],
      summary:
        goalWords === 0
          ? 'Your goals have no words to match yet: add a summary and the help you want.'
          : 'Nothing on this profile mentions what your goals are about, so the score is low. Their experience may still fit: read the profile.',
    };
  }
  const total = reasons.slice(0, RANK_FACTOR.length).reduce((sum, r, i) => sum + r.weight * RANK_FACTOR[i]!, 0);
  const score = Math.min(100, Math.round(FLOOR_WITH_MATCH + (100 - FLOOR_WITH_MATCH) * (1 - Math.exp(-total / SCALE))));
  const top = reasons[0]!;
  const more = reasons.length > 1 ? ` and ${reasons.length - 1} more` : '';
  return {
    score,
    reasons,
    summary: `Matches your goals through ${top.text}${top.matched.length ? ` (${top.matched.join(', ')})` : ''}${more}.`,
  };
}

/** The connecting words facts.ts puts around the profile's own words; they never explain a match. */
const FRAME_WORDS = new Set(['role', 'time', 'work', 'focus', 'interest', 'studies']);

function matchedWords(text: string, terms: Map<string, number>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const w of words(text)) {
    if (!isContentWord(w) || FRAME_WORDS.has(w)) continue;
    const s = stem(w);
    if (terms.has(s) && !seen.has(s)) {
      seen.add(s);
      out.push(w);
    }
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
