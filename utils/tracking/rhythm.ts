// How often to reflect on a mentorship: the mentee's own "every N weeks", else what was agreed at
// the latest meeting ("every other week", "monthly"), else 4 weeks. A reflection per meeting cycle
// is the idea, but never more than weekly: a daily chat does not need a daily questionnaire.
import type { Meeting } from '../schema/meeting';
import type { Person } from '../schema/person';

export const DEFAULT_REFLECT_WEEKS = 4;
export const MAX_REFLECT_WEEKS = 52;

const NUMBER_WORDS: Record<string, number> = { one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8, twelve: 12 };

function count(word: string): number | null {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? null;
}

function clamp(weeks: number): number {
  return Math.min(MAX_REFLECT_WEEKS, Math.max(1, Math.round(weeks)));
}

/**
 * The reflection rhythm, in weeks, that agreed-frequency words suggest; null when the words are
 * not recognised (the caller then uses the default). English only, like the rest of the UI.
 * "weekly" 1, "every other week" / "biweekly" / "fortnightly" 2, "twice a month" 2, "monthly" 4,
 * "every 3 weeks" 3, "every 2 months" 8, "quarterly" 13, "daily" 1.
 */
export function weeksFromFrequency(words: string | undefined): number | null {
  if (!words) return null;
  const text = words.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  if (/\b(daily|every day|each day|several times a week|twice a week)\b/.test(text)) return 1;
  if (/\b(bi ?weekly|fortnight(ly)?|every other week|every second week|alternate weeks|twice a month|two times a month)\b/.test(text)) return 2;
  if (/\b(quarterly|every quarter)\b/.test(text)) return 13;
  if (/\b(bi ?monthly|every other month|every second month)\b/.test(text)) return 8;
  const every = /\bevery (\w+) (week|weeks|month|months)\b/.exec(text);
  if (every) {
    const n = count(every[1]!);
    if (n !== null && n > 0) return clamp(every[2]!.startsWith('month') ? n * 4 : n);
  }
  const perMonth = /\b(\w+) times? (a|per) month\b/.exec(text);
  if (perMonth) {
    const n = count(perMonth[1]!);
    if (n !== null && n > 0) return clamp(4 / n);
  }
  if (/\b(weekly|every week|each week|once a week|per week)\b/.test(text)) return 1;
  if (/\b(monthly|every month|each month|once a month|per month)\b/.test(text)) return 4;
  return null;
}

/** The latest agreed frequency among a person's meetings (by start), if any words were written. */
export function agreedFrequency(meetings: readonly Meeting[]): string | undefined {
  let latest: Meeting | undefined;
  for (const meeting of meetings) {
    if (!meeting.expectations.frequency.trim()) continue;
    if (!latest || meeting.startsAt > latest.startsAt) latest = meeting;
  }
  return latest?.expectations.frequency.trim();
}

/** What the "reflect every N weeks" control shows before the mentee sets it: agreed words, or 4. */
export function suggestedReflectWeeks(meetings: readonly Meeting[]): number {
  return weeksFromFrequency(agreedFrequency(meetings)) ?? DEFAULT_REFLECT_WEEKS;
}

/** The rhythm in effect for a person: their own setting, else the suggestion. */
export function reflectWeeks(person: Pick<Person, 'reflectEveryWeeks'>, meetings: readonly Meeting[]): number {
  return person.reflectEveryWeeks ?? suggestedReflectWeeks(meetings);
}
