// When to ask "is this mentorship moving you toward your goal?" (issue #13). Like the follow-ups,
// everything here is a pure function of the stored records, `now` and the mentee's time zone, so
// the background alarm, the Today list and the tests agree.
//
// Rules (never nagging: at most one prompt per person at a time, and one per period):
// - After a meeting: once the latest meeting that has takeaways has ended, a prompt keyed
//   "meeting:<id>" is due, unless the mentee answered or skipped it, or wrote any reflection for
//   that person since the meeting ended.
// - On a rhythm, for people in "Mentoring": every N weeks (utils/tracking/rhythm.ts) after the later
//   of "became Mentoring" (a resume after a pause counts) and the last reflection or skip, at the
//   same wall-clock time in the mentee's zone; listed from the start of that calendar day. Any
//   reflection or skip restarts the rhythm, so a meeting's reflection also counts for its period.
// - Paused and Ended people get no prompts at all (utils/tracking/status.ts, QUIET_STATUSES).
// - "Later" (snooze) moves a prompt to the snooze's `until`; "Not this time" (skip) removes it.
// - When both are due, the meeting's prompt is the one offered: it is the more concrete question.
import type { TimelineEvent } from '../schema/event';
import type { Meeting } from '../schema/meeting';
import type { Person } from '../schema/person';
import type { AnsweredReflection, Reflection } from '../schema/reflection';
import type { ByPerson } from './followups';
import { reflectWeeks } from './rhythm';
import { isQuiet } from './status';
import { addCalendarDays, atHourOfDay, addDays, daysBetween, localDay, safeTimeZone } from './zoned-time';

const EMPTY: readonly never[] = [];

/** A prompt for one person, whether due yet or not. */
export interface ReflectionPromptInfo {
  reason: 'meeting' | 'rhythm';
  /** Stored on the answer, skip or snooze ("meeting:<id>", "rhythm:<day>"). */
  promptKey: string;
  /** For a meeting's prompt. */
  meetingId?: string;
  /** The rhythm in weeks (for a rhythm prompt's wording). */
  weeks?: number;
  /** When it becomes due (after a snooze: the snooze's end). */
  dueAt: string;
  /** Its calendar day in the mentee's zone. */
  dueDay: string;
}

/** One reflection line of the Today list. `overdueDays` is 0 on the due day. */
export interface ReflectionTodayItem extends ReflectionPromptInfo {
  kind: 'reflection';
  personId: string;
  name: string;
  overdueDays: number;
}

export function meetingEndMs(meeting: Pick<Meeting, 'startsAt' | 'durationMinutes'>): number {
  return Date.parse(meeting.startsAt) + meeting.durationMinutes * 60_000;
}

function hasTakeaways(meeting: Meeting): boolean {
  return meeting.takeaways.some((t) => t.trim() !== '');
}

/** The latest instant the mentee answered or skipped any prompt for this person (ms), or -Infinity. */
function lastClosedMs(reflections: readonly Reflection[]): number {
  let latest = -Infinity;
  for (const r of reflections) if (r.kind !== 'snoozed') latest = Math.max(latest, Date.parse(r.at));
  return latest;
}

/** When the person last became "Mentoring" (a status change, or a resume into it), if logged. */
export function mentoringSince(events: readonly TimelineEvent[]): string | null {
  let latest: string | null = null;
  for (const event of events) {
    if (event.type === 'status' && event.to === 'mentoring' && (!latest || Date.parse(event.at) > Date.parse(latest))) latest = event.at;
  }
  return latest;
}

/** Applies the latest snooze of this prompt, if it ends later than the prompt's own due time. */
function snoozed(prompt: ReflectionPromptInfo, reflections: readonly Reflection[], zone: string): ReflectionPromptInfo {
  let until = -Infinity;
  let latestAt = -Infinity;
  for (const r of reflections) {
    if (r.kind === 'snoozed' && r.promptKey === prompt.promptKey && Date.parse(r.at) >= latestAt) {
      latestAt = Date.parse(r.at);
      until = Date.parse(r.until);
    }
  }
  if (until <= Date.parse(prompt.dueAt)) return prompt;
  return { ...prompt, dueAt: new Date(until).toISOString(), dueDay: localDay(until, zone) };
}

/**
 * The person's pending prompts (at most one per reason), whether due yet or not, meeting first.
 * `events`, `meetings` and `reflections` are this person's.
 */
export function reflectionPrompts(
  person: Person,
  events: readonly TimelineEvent[],
  meetings: readonly Meeting[],
  reflections: readonly Reflection[],
  timeZone: string,
): ReflectionPromptInfo[] {
  if (isQuiet(person.status)) return [];
  const zone = safeTimeZone(timeZone);
  const closedMs = lastClosedMs(reflections);
  const prompts: ReflectionPromptInfo[] = [];

  let latest: Meeting | null = null;
  for (const meeting of meetings) {
    if (hasTakeaways(meeting) && (!latest || meetingEndMs(meeting) > meetingEndMs(latest))) latest = meeting;
  }
  if (latest) {
    const key = `meeting:${latest.id}`;
    const endMs = meetingEndMs(latest);
    const closed = closedMs >= endMs || reflections.some((r) => r.promptKey === key && r.kind !== 'snoozed');
    if (!closed) {
      prompts.push(snoozed({ reason: 'meeting', promptKey: key, meetingId: latest.id, dueAt: new Date(endMs).toISOString(), dueDay: localDay(endMs, zone) }, reflections, zone));
    }
  }

  if (person.status === 'mentoring') {
    const since = mentoringSince(events) ?? person.lastActivityAt;
    const anchorMs = Math.max(Date.parse(since), closedMs);
    const weeks = reflectWeeks(person, meetings);
    const due = addCalendarDays(anchorMs, weeks * 7, zone);
    const dueDay = localDay(due, zone);
    prompts.push(snoozed({ reason: 'rhythm', promptKey: `rhythm:${dueDay}`, weeks, dueAt: due.toISOString(), dueDay }, reflections, zone));
  }
  return prompts;
}

/**
 * Is a prompt due at `now`? A meeting's prompt from the moment the meeting ends (the takeaways are
 * fresh); a rhythm prompt from the start of its day, as follow-ups are; a snoozed one at its end.
 */
function isDue(prompt: ReflectionPromptInfo, nowMs: number, today: string, wasSnoozed: boolean): boolean {
  if (prompt.reason === 'rhythm' && !wasSnoozed) return prompt.dueDay <= today;
  return Date.parse(prompt.dueAt) <= nowMs;
}

/** The one prompt due for this person at `now`, or null. */
export function dueReflection(
  person: Person,
  events: readonly TimelineEvent[],
  meetings: readonly Meeting[],
  reflections: readonly Reflection[],
  now: Date,
  timeZone: string,
): ReflectionPromptInfo | null {
  const zone = safeTimeZone(timeZone);
  const today = localDay(now, zone);
  for (const prompt of reflectionPrompts(person, events, meetings, reflections, zone)) {
    const wasSnoozed = reflections.some((r) => r.kind === 'snoozed' && r.promptKey === prompt.promptKey && Date.parse(r.until) >= Date.parse(prompt.dueAt));
    if (isDue(prompt, now.getTime(), today, wasSnoozed)) return prompt;
  }
  return null;
}

/** The reflection lines of the Today list, oldest due first. */
export function dueReflections(
  people: readonly Person[],
  eventsByPerson: ByPerson<TimelineEvent>,
  meetingsByPerson: ByPerson<Meeting>,
  reflectionsByPerson: ByPerson<Reflection>,
  now: Date,
  timeZone: string,
): ReflectionTodayItem[] {
  const zone = safeTimeZone(timeZone);
  const today = localDay(now, zone);
  const items: ReflectionTodayItem[] = [];
  for (const person of people) {
    const prompt = dueReflection(
      person,
      eventsByPerson.get(person.id) ?? EMPTY,
      meetingsByPerson.get(person.id) ?? EMPTY,
      reflectionsByPerson.get(person.id) ?? EMPTY,
      now,
      zone,
    );
    if (prompt) items.push({ kind: 'reflection', personId: person.id, name: person.profile.name, ...prompt, overdueDays: Math.max(0, daysBetween(prompt.dueDay, today)) });
  }
  return items.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.personId.localeCompare(b.personId)));
}

/**
 * When the background should next wake for a reflection prompt (at `hour` on a rhythm prompt's
 * day, at the end of a meeting or snooze), or null. Only instants after `now` count.
 */
export function nextReflectionAlarmAt(
  people: readonly Person[],
  eventsByPerson: ByPerson<TimelineEvent>,
  meetingsByPerson: ByPerson<Meeting>,
  reflectionsByPerson: ByPerson<Reflection>,
  now: Date,
  timeZone: string,
  hour = 9,
): Date | null {
  const zone = safeTimeZone(timeZone);
  const nowMs = now.getTime();
  let best = Infinity;
  for (const person of people) {
    const reflections = reflectionsByPerson.get(person.id) ?? EMPTY;
    for (const prompt of reflectionPrompts(person, eventsByPerson.get(person.id) ?? EMPTY, meetingsByPerson.get(person.id) ?? EMPTY, reflections, zone)) {
      const wasSnoozed = reflections.some((r) => r.kind === 'snoozed' && r.promptKey === prompt.promptKey && Date.parse(r.until) >= Date.parse(prompt.dueAt));
      const ms = prompt.reason === 'rhythm' && !wasSnoozed ? atHourOfDay(prompt.dueDay, hour, zone).getTime() : Date.parse(prompt.dueAt);
      if (ms > nowMs && ms < best) best = ms;
    }
  }
  return best === Infinity ? null : new Date(best);
}

export type SnoozeChoice = 'tomorrow' | 'next-week';

/** When a snoozed prompt comes back: 9:00 the next morning, or in a week, in the mentee's zone. */
export function snoozeUntil(now: Date, choice: SnoozeChoice, timeZone: string): string {
  const zone = safeTimeZone(timeZone);
  const day = addDays(localDay(now, zone), choice === 'tomorrow' ? 1 : 7);
  return atHourOfDay(day, 9, zone).toISOString();
}

/** Answered reflections, oldest first (for the chart and the table). */
export function answeredReflections(reflections: readonly Reflection[]): AnsweredReflection[] {
  return reflections
    .filter((r): r is AnsweredReflection => r.kind === 'answered')
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
}
