// Step 2 of the pipeline: facts ranked by what they mean for this goal, each with the reason shown
// in "Why this person". Evidence that the person has done what the mentee wants (a move into it, a
// title in it, their own words about it) ranks above a listed skill or a degree; a shared word
// counts only when it is a name or technical term, or when two distinctive words are shared.
import type { GoalKind, GoalReading } from './goal';
import { topicOf, type MeaningClass } from './meaning';
import type { FactKind, ProfileFact } from './profile-facts';
import { stemSet } from './text';

/** How a fact relates to the goal. */
export type LinkKind = 'move' | 'evidence' | 'words' | 'none';

export interface Fact extends ProfileFact {
  /** Higher ranks first; at least RELEVANT when the fact relates to the goal. */
  relevance: number;
  link: LinkKind;
  /** The goal topics or words it shares ("UX research"); empty when none. */
  matched: string[];
  /** For a move: into the goal's field, or out of the field the mentee is leaving; null otherwise. */
  direction: 'into' | 'out' | null;
  /** Why it matters for the goal, in plain words ("Went from teaching into UX research, the move you want to make."). */
  reason: string;
}

/** A fact at or above this relevance relates to the goal: drafts rely on it. */
export const RELEVANT = 1;

/** What each kind of fact shows when it falls in the goal's class: doing beats listing. */
const EVIDENCE_WEIGHT: Record<FactKind, number> = { move: 3, role: 2.4, about: 2.2, headline: 2, skill: 1.2, education: 1, company: 0 };

/** Goals about becoming something: a move into it is the best evidence there is. */
const BECOMING: ReadonlySet<GoalKind> = new Set(['change', 'management', 'senior-ic', 'founding']);

function rankOne(fact: ProfileFact, goal: GoalReading): Omit<Fact, keyof ProfileFact> {
  const targets = fact.classes.filter((c) => goal.targets.has(c));
  const from = fact.fromClasses.filter((c) => goal.from.has(c));
  const recency = 1 - Math.min(fact.age, 6) * 0.03;
  if (fact.kind === 'move') {
    if (targets.length) {
      const score = (from.length ? 4 : BECOMING.has(goal.kind) ? 3.4 : 2.6) * recency;
      return { relevance: score, link: 'move', direction: 'into', matched: targets.map(topicOf), reason: `Made a move into ${topics(targets)}${from.length ? ` from ${topics(from)}, as you want to` : ''}.` };
    }
    if (goal.kind === 'change' && from.length) {
      return { relevance: 1.2 * recency, link: 'move', direction: 'out', matched: from.map(topicOf), reason: `Also moved on from ${topics(from)}, as you want to.` };
    }
  } else if (targets.length) {
    const score = EVIDENCE_WEIGHT[fact.kind] * recency;
    return { relevance: score, link: 'evidence', direction: null, matched: targets.map(topicOf), reason: `Relates to ${topics(targets)}, which your goal is about.` };
  }
  const shared = [...stemSet(`${fact.did} ${fact.source}`)].filter((s) => goal.terms.has(s));
  const strong = shared.filter((s) => goal.strongTerms.has(s));
  if (fact.kind !== 'company' && (shared.length >= 2 || strong.length >= 1)) {
    // Below evidence from the meaning table, but relevant: these are the goal's own specific words.
    return { relevance: Math.max(RELEVANT, (0.8 + EVIDENCE_WEIGHT[fact.kind] * 0.3 + 0.1 * shared.length) * recency), link: 'words', direction: null, matched: shared, reason: 'Shares specific words with your goal.' };
  }
  return { relevance: fact.age === 0 ? 0.1 : 0, link: 'none', direction: null, matched: [], reason: '' };
}

function topics(classes: readonly MeaningClass[]): string {
  const names = [...new Set(classes.map(topicOf))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Kind order among facts of equal relevance: what someone does says more than what they list. */
const KIND_ORDER: Record<FactKind, number> = { move: 0, role: 1, about: 2, headline: 3, skill: 4, education: 5, company: 6 };

/**
 * Facts in order for the goal, best first. Skills that fall in the goal's class are joined into one
 * fact ("your experience with usability, accessibility and user-centered design"): three skills
 * read as one reason, not three.
 */
export function rankFacts(facts: readonly ProfileFact[], goal: GoalReading | null): Fact[] {
  const ranked: Fact[] = facts.map((f) =>
    goal ? { ...f, ...rankOne(f, goal) } : { ...f, relevance: 0, link: 'none' as const, direction: null, matched: [], reason: '' },
  );
  const skills = ranked.filter((f) => f.kind === 'skill' && f.link === 'evidence');
  if (skills.length >= 2) {
    const top = skills.slice(0, 3);
    const list = top.map((f) => f.short);
    const joined = `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
    ranked.push({
      ...top[0]!,
      id: `skills:${top.map((f) => f.id.slice('skill:'.length)).join('+')}`,
      text: `your experience with ${joined}`,
      short: `your experience with ${list[0]}`,
      did: `list ${joined} among your skills`,
      didShort: `list ${list.slice(0, 2).join(' and ')} among your skills`,
      source: top.map((f) => f.source).join(', '),
      keys: top.flatMap((f) => f.keys),
      relevance: top[0]!.relevance + 0.3,
    });
  }
  return ranked.sort((a, b) => b.relevance - a.relevance || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.age - b.age);
}

/** Whether the fact relates to the goal. */
export function isRelevant(fact: Pick<Fact, 'relevance'>): boolean {
  return fact.relevance >= RELEVANT;
}
