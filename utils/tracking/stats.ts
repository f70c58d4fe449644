// The overview: where everyone stands, how often requests get answered and how fast, and who has
// gone quiet. Figures are per person (their first request), so someone followed up three times
// counts once, and a wording is judged by the request that opened the conversation.
import type { Channel } from '../schema/channel';
import type { TimelineEvent } from '../schema/event';
import type { Person } from '../schema/person';
import { statusSchema, type Status } from '../schema/status';
import type { ByPerson } from './followups';

const DAY_MS = 86_400_000;

export interface ReplyFigures {
  /** People with at least one request sent. */
  sent: number;
  /** Of those, people who answered after their first request. */
  replied: number;
  /** replied / sent, 0–1; null when nothing was sent. */
  replyRate: number | null;
  /** Median time from the first request to the first answer, in ms; null without answers. */
  medianReplyMs: number | null;
}

export interface OutreachStats {
  total: number;
  byStatus: Record<Status, number>;
  overall: ReplyFigures;
  /** By the channel of each person's first request; `channel: null` when it was not recorded. Most-used first. */
  byChannel: Array<ReplyFigures & { channel: Channel | null }>;
  /** By the template of each person's first request; `templateId: null` for requests written without one. */
  byTemplate: Array<ReplyFigures & { templateId: string | null }>;
  /** Ids of people with no activity for `inactiveDays` or more, longest-idle first. */
  inactive: string[];
}

export interface StatsOptions {
  /** Default 30. */
  inactiveDays?: number;
  /** Also list "declined", "no reply", "paused" and "ended" people as inactive. Default false: they are closed or on hold on purpose, not forgotten. */
  includeClosedInInactive?: boolean;
}

/**
 * A status change into one of these also counts as an answer when no reply was logged: the mentee
 * often just moves the status. "Declined" is an answer too: the request was read and answered.
 */
const ANSWERED_STATUSES: ReadonlySet<Status> = new Set(['replied', 'meeting-scheduled', 'mentoring', 'declined', 'ended']);
/** Closed conversations, and pauses the mentee chose: quiet on purpose, so never "inactive". */
const CLOSED_STATUSES: ReadonlySet<Status> = new Set(['declined', 'no-reply', 'ended', 'paused']);

function isSend(event: TimelineEvent): boolean {
  return event.type === 'sent' || (event.type === 'status' && event.to === 'sent');
}

function isAnswer(event: TimelineEvent): boolean {
  return event.type === 'reply' || event.type === 'meeting' || (event.type === 'status' && !!event.to && ANSWERED_STATUSES.has(event.to));
}

interface PersonOutcome {
  channel: Channel | null;
  templateId: string | null;
  replyMs: number | null;
}

/**
 * The first request and the first answer after it, for one person; null when nothing was sent.
 * A "sent" event is preferred over a status change at the same time, since only it carries the
 * channel and template.
 */
export function firstRequestOutcome(events: readonly TimelineEvent[]): PersonOutcome | null {
  let first: TimelineEvent | null = null;
  let firstMs = Infinity;
  for (const event of events) {
    if (!isSend(event)) continue;
    const ms = Date.parse(event.at);
    if (ms < firstMs || (ms === firstMs && event.type === 'sent' && first?.type !== 'sent')) {
      first = event;
      firstMs = ms;
    }
  }
  if (!first) return null;
  let answerMs = Infinity;
  for (const event of events) {
    if (!isAnswer(event)) continue;
    const ms = Date.parse(event.at);
    if (ms >= firstMs && ms < answerMs) answerMs = ms;
  }
  return {
    channel: first.channel ?? null,
    templateId: first.templateId ?? null,
    replyMs: answerMs === Infinity ? null : answerMs - firstMs,
  };
}

/** The median of numbers (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function figures(outcomes: readonly PersonOutcome[]): ReplyFigures {
  const times = outcomes.flatMap((o) => (o.replyMs === null ? [] : [o.replyMs]));
  return {
    sent: outcomes.length,
    replied: times.length,
    replyRate: outcomes.length ? times.length / outcomes.length : null,
    medianReplyMs: median(times),
  };
}

function grouped<K>(outcomes: readonly PersonOutcome[], keyOf: (o: PersonOutcome) => K): Array<[K, ReplyFigures]> {
  const groups = new Map<K, PersonOutcome[]>();
  for (const outcome of outcomes) {
    const key = keyOf(outcome);
    const list = groups.get(key);
    if (list) list.push(outcome);
    else groups.set(key, [outcome]);
  }
  return [...groups.entries()]
    .map(([key, list]) => [key, figures(list)] as [K, ReplyFigures])
    .sort((a, b) => b[1].sent - a[1].sent || String(a[0]).localeCompare(String(b[0])));
}

/**
 * The overview figures. Only people with a logged request count toward reply rates: someone
 * imported as "replied" without a timeline says nothing about how fast people answer.
 */
export function outreachStats(
  people: readonly Person[],
  eventsByPerson: ByPerson<TimelineEvent>,
  now: Date,
  options: StatsOptions = {},
): OutreachStats {
  const byStatus = Object.fromEntries(statusSchema.options.map((s) => [s, 0])) as Record<Status, number>;
  const outcomes: PersonOutcome[] = [];
  for (const person of people) {
    byStatus[person.status] += 1;
    const outcome = firstRequestOutcome(eventsByPerson.get(person.id) ?? []);
    if (outcome) outcomes.push(outcome);
  }
  return {
    total: people.length,
    byStatus,
    overall: figures(outcomes),
    byChannel: grouped(outcomes, (o) => o.channel).map(([channel, f]) => ({ channel, ...f })),
    byTemplate: grouped(outcomes, (o) => o.templateId).map(([templateId, f]) => ({ templateId, ...f })),
    inactive: inactivePeople(people, now, options),
  };
}

/** Ids of people idle for `inactiveDays` (default 30) or more, longest-idle first. */
export function inactivePeople(people: readonly Person[], now: Date, options: StatsOptions = {}): string[] {
  const cutoff = now.getTime() - (options.inactiveDays ?? 30) * DAY_MS;
  return people
    .filter((p) => (options.includeClosedInInactive || !CLOSED_STATUSES.has(p.status)) && Date.parse(p.lastActivityAt) <= cutoff)
    .sort((a, b) => Date.parse(a.lastActivityAt) - Date.parse(b.lastActivityAt) || a.id.localeCompare(b.id))
    .map((p) => p.id);
}

/** A duration as the overview says it: "3 days", "5 hours", "under an hour". */
export function formatDuration(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 1) return 'under an hour';
  if (hours < 48) {
    const h = Math.round(hours);
    return `${h} hour${h === 1 ? '' : 's'}`;
  }
  const days = Math.round(ms / DAY_MS);
  return `${days} days`;
}
