// Several goals, each with its history (issue #13). A goal record holds its current version; each
// edit keeps the version it replaces, with the dates it was in force. People are linked to one goal
// (`person.goalId`), the first one unless the mentee picks another; drafting uses the linked goal's
// current version, in the one-goal shape `npm run draft --goals` takes.
import type { GoalRecord, GoalVersion } from '../schema/goal-record';
import type { Goals } from '../schema/goals';
import type { Person } from '../schema/person';
import { resolveTextEdit } from './edit-conflict';

/** Goals in list order: by position, then the older first. */
export function sortGoals(goals: readonly GoalRecord[]): GoalRecord[] {
  return [...goals].sort((a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The first goal (what people are linked to by default), or null before any goal is stated. */
export function firstGoal(goals: readonly GoalRecord[]): GoalRecord | null {
  return sortGoals(goals)[0] ?? null;
}

/** The goal a person's mentorship serves: their linked goal, or the first when unlinked or gone. */
export function linkedGoal(person: Pick<Person, 'goalId'> | null | undefined, goals: readonly GoalRecord[]): GoalRecord | null {
  const own = person?.goalId ? goals.find((g) => g.id === person.goalId) : undefined;
  return own ?? firstGoal(goals);
}

/** A short name for a goal in menus: its summary, cut at a word near 60 characters. */
export function goalTitle(goal: Pick<GoalRecord, 'goals'>): string {
  const text = goal.goals.summary.trim();
  if (text.length <= 60) return text;
  const cut = text.slice(0, 60);
  const space = cut.lastIndexOf(' ');
  return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function sameGoals(a: Goals, b: Goals): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface EditGoalOptions {
  /** When the edit is made: the new version's start and the old one's end. */
  now: string;
  /** Id for the kept earlier version. */
  versionId: string;
  /** The reflection that led to the change, if any. */
  reflectionId?: string;
}

/**
 * A new current version of a goal. Returns the updated goal and the earlier version to keep, or
 * null when nothing changed (saving the same words again adds no history).
 */
export function editGoal(goal: GoalRecord, next: Goals, options: EditGoalOptions): { goal: GoalRecord; version: GoalVersion } | null {
  if (sameGoals(goal.goals, next)) return null;
  const version: GoalVersion = {
    id: options.versionId,
    goalId: goal.id,
    goals: goal.goals,
    from: goal.updatedAt,
    until: options.now,
    ...(options.reflectionId ? { reflectionId: options.reflectionId } : {}),
  };
  return { goal: { ...goal, goals: next, updatedAt: options.now }, version };
}

/** A new goal at the end of the list. */
export function newGoal(goals: Goals, existing: readonly GoalRecord[], options: { id: string; now: string }): GoalRecord {
  const position = existing.reduce((max, g) => Math.max(max, g.position + 1), 0);
  return { id: options.id, position, goals, createdAt: options.now, updatedAt: options.now };
}

export interface GoalHistoryEntry {
  goals: Goals;
  from: string;
  /** Absent for the current version. */
  until?: string;
  current: boolean;
}

/** A goal's versions, the current one first, then earlier ones newest first. */
export function goalHistory(goal: GoalRecord, versions: readonly GoalVersion[]): GoalHistoryEntry[] {
  const earlier = versions
    .filter((v) => v.goalId === goal.id)
    .sort((a, b) => b.until.localeCompare(a.until) || b.from.localeCompare(a.from))
    .map((v): GoalHistoryEntry => ({ goals: v.goals, from: v.from, until: v.until, current: false }));
  return [{ goals: goal.goals, from: goal.updatedAt, current: true }, ...earlier];
}

/** The goals' free texts that two places editing at once both keep (issue #9, item 5). */
export type GoalText = 'summary' | 'helpWanted' | 'intro';

/**
 * A goal edited from `base` (the version the form loaded; null for a first statement) when the
 * goal now holds `stored`: where another window saved meanwhile and both changed the same free
 * text (what you want, the help, your introduction), both texts are kept and named in `bothKept`;
 * every other field takes this edit's value.
 */
export function mergeGoalEdit(mine: Goals, base: Goals | null, stored: Goals | null): { goals: Goals; bothKept: GoalText[] } {
  if (!stored) return { goals: mine, bothKept: [] };
  const bothKept: GoalText[] = [];
  const merge = (field: GoalText, pick: (g: Goals) => string) => {
    const outcome = resolveTextEdit({ base: base ? pick(base) : '', mine: pick(mine), stored: pick(stored) });
    if (outcome.conflict) bothKept.push(field);
    return outcome.text;
  };
  const summary = merge('summary', (g) => g.summary);
  const helpWanted = merge('helpWanted', (g) => g.helpWanted);
  const intro = merge('intro', (g) => g.me?.intro ?? '');
  if (bothKept.length === 0 && summary === mine.summary && helpWanted === mine.helpWanted && intro === (mine.me?.intro ?? '')) return { goals: mine, bothKept };
  return { goals: { ...mine, summary, helpWanted, me: { name: mine.me?.name ?? '', intro } }, bothKept };
}
