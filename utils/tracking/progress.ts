// What the reflections show (issue #13): progress over time per person, which mentorships move the
// mentee forward and which have stalled (each with a next step), the outreach funnel, and the prep
// list for the next meeting. Pure functions of stored records and `now`.
import type { TimelineEvent } from '../schema/event';
import type { Meeting } from '../schema/meeting';
import type { Person } from '../schema/person';
import type { AnsweredReflection, Progress, Reflection, ReflectionChange, Working } from '../schema/reflection';
import type { Status } from '../schema/status';
import type { ByPerson } from './followups';
import { answeredReflections, meetingEndMs, mentoringSince } from './reflections';
import { reflectWeeks } from './rhythm';

const WEEK_MS = 7 * 86_400_000;

/** The words of the progress scale; the UI never shows the bare number alone. */
export const PROGRESS_LABELS: Readonly<Record<Progress, string>> = {
  1: 'No progress',
  2: 'A little',
  3: 'Some progress',
  4: 'Good progress',
  5: 'A big step forward',
};

export const WORKING_LABELS: Readonly<Record<Working, string>> = { yes: 'Yes', partly: 'Partly', no: 'No' };

/** What to change, as a choice and as a line of the next meeting's prep list. */
export const CHANGE_LABELS: Readonly<Record<ReflectionChange, string>> = {
  'sharper-questions': 'Bring more specific questions',
  frequency: 'Meet more or less often',
  channel: 'Try a different channel',
  'new-goal': 'Set a new or changed goal',
  pause: 'Pause the mentorship',
  end: 'End the mentorship with thanks',
};

export interface ProgressPoint {
  reflectionId: string;
  at: string;
  progress: Progress;
  working: Working;
}

/** The chart's points: answered reflections, oldest first. */
export function progressSeries(reflections: readonly Reflection[]): ProgressPoint[] {
  return answeredReflections(reflections).map((r) => ({ reflectionId: r.id, at: r.at, progress: r.progress, working: r.working }));
}

/** Action items done out of all, across a person's meetings. */
export function actionItemShare(meetings: readonly Meeting[]): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const meeting of meetings) {
    for (const item of meeting.actionItems) {
      total += 1;
      if (item.done) done += 1;
    }
  }
  return { done, total };
}

export type MentorshipHealth =
  | { state: 'moving'; nextStep: string }
  | { state: 'stalled'; because: 'no-meeting' | 'no-progress'; nextStep: string };

/**
 * Whether a mentorship (status "Mentoring") moves the mentee forward. Stalled: no meeting in the
 * last two periods (N weeks each, the person's reflection rhythm), or no progress for two periods:
 * the reflections of the last two periods never rate progress above the last one before them (or,
 * with nothing before, never above "A little"). Too early to say (mentoring for less than two
 * periods without any reflection) counts as moving. Null for other statuses.
 */
export function mentorshipHealth(
  person: Person,
  events: readonly TimelineEvent[],
  meetings: readonly Meeting[],
  reflections: readonly Reflection[],
  now: Date,
): MentorshipHealth | null {
  if (person.status !== 'mentoring') return null;
  const nowMs = now.getTime();
  const windowMs = 2 * reflectWeeks(person, meetings) * WEEK_MS;
  const windowStart = nowMs - windowMs;
  const since = Date.parse(mentoringSince(events) ?? person.createdAt);
  const open = meetings.flatMap((m) => m.actionItems.filter((i) => !i.done));
  const upcoming = meetings.some((m) => Date.parse(m.startsAt) > nowMs);

  const metRecently = meetings.some((m) => {
    const start = Date.parse(m.startsAt);
    return start <= nowMs && meetingEndMs(m) >= windowStart;
  });
  if (!metRecently && !upcoming && since <= windowStart) {
    return { state: 'stalled', because: 'no-meeting', nextStep: 'Suggest a short meeting, with one specific question.' };
  }

  const answered = answeredReflections(reflections);
  const inWindow = answered.filter((r) => Date.parse(r.at) >= windowStart);
  const before = answered.filter((r) => Date.parse(r.at) < windowStart).at(-1);
  const stuck = inWindow.length > 0 && inWindow.every((r) => r.progress <= (before ? before.progress : 2));
  if (stuck) {
    const notWorking = inWindow.at(-1)!.working === 'no';
    return {
      state: 'stalled',
      because: 'no-progress',
      nextStep: notWorking ? 'Consider pausing, or ending with thanks.' : 'Talk about what to change: sharper questions, another rhythm, or an adjusted goal.',
    };
  }
  if (open.length > 0) return { state: 'moving', nextStep: `Do the open action item: ${open[0]!.text}` };
  if (!upcoming) return { state: 'moving', nextStep: 'Schedule the next meeting.' };
  return { state: 'moving', nextStep: 'Prepare the next meeting.' };
}

export interface HealthRow {
  personId: string;
  name: string;
  health: MentorshipHealth;
}

/** Every mentorship's health, stalled first, then by name. */
export function mentorshipOverview(
  people: readonly Person[],
  eventsByPerson: ByPerson<TimelineEvent>,
  meetingsByPerson: ByPerson<Meeting>,
  reflectionsByPerson: ByPerson<Reflection>,
  now: Date,
): HealthRow[] {
  const rows: HealthRow[] = [];
  for (const person of people) {
    const health = mentorshipHealth(person, eventsByPerson.get(person.id) ?? [], meetingsByPerson.get(person.id) ?? [], reflectionsByPerson.get(person.id) ?? [], now);
    if (health) rows.push({ personId: person.id, name: person.profile.name, health });
  }
  return rows.sort((a, b) => (a.health.state === b.health.state ? a.name.localeCompare(b.name) : a.health.state === 'stalled' ? -1 : 1));
}

/** The funnel's stages, from saved to mentoring. */
export const FUNNEL_STAGES = ['saved', 'drafted', 'sent', 'replied', 'meeting-scheduled', 'mentoring'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const STAGE_RANK: Partial<Record<Status, number>> = { saved: 0, drafted: 1, sent: 2, replied: 3, 'meeting-scheduled': 4, mentoring: 5 };
/** Statuses after the funnel that say how far someone got at least. */
const IMPLIED_RANK: Partial<Record<Status, number>> = { declined: 2, 'no-reply': 2, ended: 3, paused: 2 };

/**
 * How far each person got: the highest stage their current status or any logged status change,
 * request, reply or meeting reached. Someone now "Declined" once had a request sent, and someone
 * whose mentorship ended once replied; a pause says at least that a request went out.
 */
export function furthestStage(person: Person, events: readonly TimelineEvent[]): number {
  const rankOf = (s: Status | undefined) => (s === undefined ? 0 : (STAGE_RANK[s] ?? IMPLIED_RANK[s] ?? 0));
  let rank = rankOf(person.status);
  for (const event of events) {
    if (event.type === 'status') rank = Math.max(rank, rankOf(event.to));
    else if (event.type === 'sent' || event.type === 'follow-up') rank = Math.max(rank, 2);
    else if (event.type === 'reply') rank = Math.max(rank, 3);
    else if (event.type === 'meeting') rank = Math.max(rank, 4);
  }
  return rank;
}

/** People who reached each stage or beyond, in stage order; the first stage counts everyone. */
export function outreachFunnel(people: readonly Person[], eventsByPerson: ByPerson<TimelineEvent>): Array<{ stage: FunnelStage; count: number }> {
  const counts = FUNNEL_STAGES.map(() => 0);
  for (const person of people) {
    const rank = furthestStage(person, eventsByPerson.get(person.id) ?? []);
    for (let i = 0; i <= rank; i += 1) counts[i]! += 1;
  }
  return FUNNEL_STAGES.map((stage, i) => ({ stage, count: counts[i]! }));
}

/**
 * The next meeting's prep list: what the latest reflection since the last meeting wants changed
 * (its choices and its own words), then every open action item. Reflections from before the last
 * meeting were presumably discussed there.
 */
export function prepList(meetings: readonly Meeting[], reflections: readonly Reflection[], now: Date): string[] {
  const nowMs = now.getTime();
  let lastMeetingStart = -Infinity;
  for (const m of meetings) {
    const start = Date.parse(m.startsAt);
    if (start <= nowMs) lastMeetingStart = Math.max(lastMeetingStart, start);
  }
  const latest: AnsweredReflection | undefined = answeredReflections(reflections)
    .filter((r) => Date.parse(r.at) >= lastMeetingStart)
    .at(-1);
  const lines: string[] = [];
  if (latest) {
    for (const change of latest.changes) lines.push(CHANGE_LABELS[change]);
    const note = latest.changeNote.trim();
    if (note) lines.push(note.slice(0, 1_000));
  }
  const seen = new Set<string>();
  for (const meeting of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    for (const item of meeting.actionItems) {
      if (item.done || seen.has(item.text)) continue;
      seen.add(item.text);
      lines.push(`Action item: ${item.text}`.slice(0, 1_000));
    }
  }
  return lines;
}

/** A meeting's questions with the prep list added (no duplicates, within the 50-question cap). */
export function withPrepQuestions(questions: readonly string[], prep: readonly string[]): string[] {
  const out = [...questions];
  for (const line of prep) if (!out.includes(line) && out.length < 50) out.push(line);
  return out;
}
