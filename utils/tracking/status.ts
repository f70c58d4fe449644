// Where the outreach to one person stands, and how it may move. The graph is what the UI offers as
// next steps; "correct by hand" (manual) may set any status, because the mentee knows things the
// app does not (a reply by phone, a request sent from another account). Every change, manual or
// not, is a "status" event on the timeline so it can be seen and undone.
import type { Channel } from '../schema/channel';
import type { TimelineEvent } from '../schema/event';
import type { Person } from '../schema/person';
import { statusSchema, type Status } from '../schema/status';
import { newId } from '../db/ids';

/** Every status, in the order of a typical outreach (for menus and overview columns). */
export const STATUSES: readonly Status[] = statusSchema.options;

/** Plain words for each status, as the UI shows them. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  saved: 'Saved',
  drafted: 'Request drafted',
  sent: 'Request sent',
  replied: 'They replied',
  'meeting-scheduled': 'Meeting scheduled',
  mentoring: 'Mentoring',
  declined: 'Declined',
  'no-reply': 'No reply',
  paused: 'Paused',
  ended: 'Ended with thanks',
};

/** One sentence per status, for a tooltip or the status menu. */
export const STATUS_DESCRIPTIONS: Readonly<Record<Status, string>> = {
  saved: 'Saved as a possible mentor; nothing written yet.',
  drafted: 'A request is written but not sent.',
  sent: 'The request is sent; waiting for an answer.',
  replied: 'They answered; the conversation is open.',
  'meeting-scheduled': 'A call or meeting is planned.',
  mentoring: 'They mentor you.',
  declined: 'They said no, or not now.',
  'no-reply': 'No answer after the polite follow-ups.',
  paused: 'On hold: no follow-ups, reflection prompts or meeting reminders until you resume.',
  ended: 'The mentorship ended, with thanks; nothing reminds you any more.',
};

export function statusLabel(status: Status): string {
  return STATUS_LABELS[status];
}

/**
 * The moves offered in the UI. Follow-ups are events, not a status: a person stays "sent" while
 * the mentee follows up, so "declined" and "no-reply" leave from "sent".
 *
 * - saved → drafted, or straight to sent (the request was written outside the app).
 * - drafted → saved: the draft was abandoned.
 * - sent → no-reply only when the follow-ups are used and the wait has passed (see
 *   `noReplyReady` and utils/tracking/followups.ts); the mentee confirms it.
 * - replied → mentoring without a meeting: some mentoring happens by message.
 * - meeting-scheduled → replied: the meeting was called off but the conversation goes on.
 * - declined / no-reply → saved: "not now, ask me again in spring".
 * - no-reply → sent: a new attempt, e.g. on another channel (its follow-ups count afresh).
 * - no-reply → replied / declined: they answered late.
 * - Pausing (issue #13) is offered wherever something could still remind or prompt: while waiting
 *   (sent), talking (replied, meeting-scheduled) or mentoring. Resuming goes back to any of those;
 *   the UI offers the status from before the pause (`resumeStatus`). A resume is a status change, so
 *   it restarts the follow-up clock (a change to "sent" is a send) and the reflection rhythm.
 * - Ending with thanks closes a conversation that got somewhere (replied onwards, or paused). An
 *   ended mentorship may start again ("mentoring") or go back to "saved" to ask again later.
 */
const TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  saved: ['drafted', 'sent'],
  drafted: ['sent', 'saved'],
  sent: ['replied', 'declined', 'no-reply', 'paused'],
  replied: ['meeting-scheduled', 'mentoring', 'declined', 'paused', 'ended'],
  'meeting-scheduled': ['mentoring', 'replied', 'declined', 'paused', 'ended'],
  mentoring: ['paused', 'ended'],
  declined: ['saved'],
  'no-reply': ['replied', 'declined', 'sent', 'saved'],
  paused: ['sent', 'replied', 'meeting-scheduled', 'mentoring', 'ended'],
  ended: ['mentoring', 'saved'],
};

/**
 * Statuses on hold: no follow-ups, reflection prompts or meeting reminders for these people. The
 * mentee chose the quiet, so nothing nags until they resume.
 */
export const QUIET_STATUSES: ReadonlySet<Status> = new Set(['paused', 'ended']);

/** True for "paused" and "ended": see QUIET_STATUSES. */
export function isQuiet(status: Status): boolean {
  return QUIET_STATUSES.has(status);
}

/**
 * Where "Resume" takes a paused or ended person. Paused: the status before the latest pause, read
 * from the timeline; "mentoring" when the timeline does not say (a pause set before events were
 * kept, or imported). Ended: "mentoring" again (the mentorship starts anew). Null otherwise.
 */
export function resumeStatus(person: Pick<Person, 'id' | 'status'>, events: readonly TimelineEvent[]): Status | null {
  if (person.status === 'ended') return 'mentoring';
  if (person.status !== 'paused') return null;
  let latest: TimelineEvent | null = null;
  for (const event of events) {
    if (event.personId !== person.id || event.type !== 'status' || event.to !== 'paused') continue;
    if (!latest || Date.parse(event.at) >= Date.parse(latest.at)) latest = event;
  }
  const before = latest?.from;
  return before && TRANSITIONS.paused.includes(before) ? before : 'mentoring';
}

export interface TransitionContext {
  /**
   * The follow-ups are used and the wait after the last one has passed: computed by
   * `isReadyForNoReply` in followups.ts. Without it "sent → no-reply" is refused.
   */
  noReplyReady?: boolean;
}

/** Why a move is refused, in words for the mentee; null when it is allowed. */
export function transitionProblem(from: Status, to: Status, context: TransitionContext = {}): string | null {
  if (from === to) return `The status is already "${STATUS_LABELS[to]}".`;
  if (!TRANSITIONS[from].includes(to)) {
    return `"${STATUS_LABELS[from]}" does not usually lead to "${STATUS_LABELS[to]}"; use "Correct by hand" if that is what happened.`;
  }
  if (from === 'sent' && to === 'no-reply' && !context.noReplyReady) {
    return 'Wait until the follow-ups are sent and the wait after the last one has passed before marking "No reply".';
  }
  return null;
}

export function canTransition(from: Status, to: Status, context: TransitionContext = {}): boolean {
  return transitionProblem(from, to, context) === null;
}

/** The next statuses to offer in the UI, in the order of the graph above. */
export function nextStatuses(status: Status, context: TransitionContext = {}): Status[] {
  return TRANSITIONS[status].filter((to) => canTransition(status, to, context));
}

export interface ChangeStatusOptions extends TransitionContext {
  /** When it happened (may be in the past: "they replied yesterday"). An ISO instant. */
  at: string;
  /** When the record is written; defaults to `at`. Becomes the person's `updatedAt`. */
  now?: string;
  /** The channel it happened on, stored on the event. */
  channel?: Channel;
  /** The mentee's words, stored as the event's text. */
  note?: string;
  /** "Correct by hand": any status is allowed (still recorded as an event). */
  manual?: boolean;
  /** Id for the new event; a fresh one when omitted. */
  eventId?: string;
}

export type ChangeStatusResult =
  | { ok: true; person: Person; event: TimelineEvent }
  | { ok: false; reason: string };

function later(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/**
 * Moves a person to a new status and returns the updated person and the "status" event to store
 * with it (one transaction). `lastActivityAt` only moves forward: a change dated last week must not
 * make someone look more idle than they are.
 */
export function changeStatus(person: Person, to: Status, options: ChangeStatusOptions): ChangeStatusResult {
  const from = person.status;
  if (from === to) return { ok: false, reason: `The status is already "${STATUS_LABELS[to]}".` };
  if (!options.manual) {
    const problem = transitionProblem(from, to, options);
    if (problem) return { ok: false, reason: problem };
  }
  const event: TimelineEvent = {
    id: options.eventId ?? newId('ev'),
    personId: person.id,
    type: 'status',
    at: options.at,
    from,
    to,
    ...(options.channel ? { channel: options.channel } : {}),
    ...(options.note ? { text: options.note } : {}),
    ...(options.manual ? { manual: true } : {}),
  };
  return {
    ok: true,
    event,
    person: {
      ...person,
      status: to,
      updatedAt: options.now ?? options.at,
      lastActivityAt: later(person.lastActivityAt, options.at),
    },
  };
}

/**
 * Event types that count as activity for `lastActivityAt` ("the last logged interaction or status
 * change", utils/schema/person.ts). Saving, snapshots, copying a draft and merges are bookkeeping.
 */
export const ACTIVITY_EVENT_TYPES: ReadonlySet<TimelineEvent['type']> = new Set(['status', 'sent', 'reply', 'follow-up', 'meeting', 'note']);

/** The latest activity among a person's events, never before they were saved. */
export function lastActivityFrom(person: Pick<Person, 'createdAt'>, events: readonly TimelineEvent[]): string {
  let latest = person.createdAt;
  let latestMs = Date.parse(latest);
  for (const event of events) {
    if (!ACTIVITY_EVENT_TYPES.has(event.type)) continue;
    const ms = Date.parse(event.at);
    if (ms > latestMs) {
      latest = event.at;
      latestMs = ms;
    }
  }
  return latest;
}

export type UndoStatusResult =
  | {
      ok: true;
      /** The person with the earlier status back. */
      person: Person;
      /** The undone event: delete it in the same transaction (the change did not happen). */
      deleteEventId: string;
    }
  | { ok: false; reason: string };

/**
 * Undoes a status change. `personEvents` is the person's timeline (any order; it may include the
 * event itself and earlier ones). Refused when a later status change exists: undoing an older one
 * would silently rewrite the later history, so the mentee undoes the latest first.
 */
export function undoStatusChange(
  person: Person,
  event: TimelineEvent,
  personEvents: readonly TimelineEvent[],
  options: { now: string },
): UndoStatusResult {
  if (event.type !== 'status') return { ok: false, reason: 'Only a status change can be undone here.' };
  if (event.personId !== person.id) return { ok: false, reason: 'This change belongs to someone else.' };
  if (!event.from || !event.to) return { ok: false, reason: 'This change does not say which status came before, so it cannot be undone.' };
  const eventMs = Date.parse(event.at);
  // A merge that moved the status counts as a later change too (merge.ts records from/to on it).
  const newer = personEvents.find(
    (e) => (e.type === 'status' || (e.type === 'merged' && e.to)) && e.id !== event.id && e.personId === person.id && Date.parse(e.at) >= eventMs,
  );
  if (newer) {
    return {
      ok: false,
      reason: `The status changed again later (to "${STATUS_LABELS[newer.to ?? person.status]}"); undo that change first.`,
    };
  }
  if (person.status !== event.to) {
    return { ok: false, reason: `The status is now "${STATUS_LABELS[person.status]}", not "${STATUS_LABELS[event.to]}"; nothing to undo.` };
  }
  const remaining = personEvents.filter((e) => e.id !== event.id);
  return {
    ok: true,
    deleteEventId: event.id,
    person: {
      ...person,
      status: event.from,
      updatedAt: options.now,
      lastActivityAt: lastActivityFrom(person, remaining),
    },
  };
}
