// When to follow up, when to stop, and what belongs on the "Today" list. `now` and the mentee's
// time zone are inputs: the background alarm, the side panel and the tests must all agree on what
// is due, and none of them may depend on when or where the code happens to run.
//
// Rules (the etiquette the app teaches: one polite follow-up after about a week, then let it go):
// - Follow-ups concern people whose status is "sent" (waiting for a first answer). Once they reply
//   the conversation is the mentee's to lead, and nothing nags.
// - The clock measures how long the mentor's inbox has been quiet from the mentee's side. It restarts
//   on every exchange with the mentor: the request ("sent" event, or a status change to "sent"), a
//   follow-up, a reply, a meeting. Notes do NOT restart it: they are the mentee's private words
//   ("loved her talk"), and letting them postpone the reminder would hide it for good.
// - A follow-up is due `followUpDays` calendar days after the last exchange, at the same wall-clock
//   time in the mentee's zone; the "Today" list shows it from the start of that day.
// - At most `maxFollowUps` follow-ups per silence. A reply starts a new silence with a fresh count;
//   so does a new request.
// - When all follow-ups are sent and `followUpDays` have passed since the last one, with no answer
//   since the request, the person is ready to move to "no reply". That is a separate item: the
//   mentee confirms it, the app never changes the status on its own.
import type { TimelineEvent } from '../schema/event';
import type { ActionItem, Meeting } from '../schema/meeting';
import type { Person } from '../schema/person';
import type { Preferences } from '../schema/preferences';
import { isQuiet } from './status';
import { addCalendarDays, atHourOfDay, daysBetween, localDay, safeTimeZone } from './zoned-time';

export type FollowUpPreferences = Pick<Preferences, 'followUpDays' | 'maxFollowUps'>;

/** Records grouped by person id; `groupByPerson` builds one. */
export type ByPerson<T> = ReadonlyMap<string, readonly T[]>;

/** Groups records by their `personId`. */
export function groupByPerson<T extends { personId: string }>(records: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const record of records) {
    const list = map.get(record.personId);
    if (list) list.push(record);
    else map.set(record.personId, [record]);
  }
  return map;
}

/** Exchanges with the mentor: each restarts the follow-up clock (see the rules above). */
export const CLOCK_EVENT_TYPES: ReadonlySet<TimelineEvent['type']> = new Set(['sent', 'follow-up', 'reply', 'meeting']);

function isSend(event: TimelineEvent): boolean {
  return event.type === 'sent' || (event.type === 'status' && event.to === 'sent');
}

function isAnswer(event: TimelineEvent): boolean {
  return event.type === 'reply' || event.type === 'meeting';
}

/** What comes next for someone waiting for an answer; `dueAt` may be in the past or the future. */
export type NextFollowUp =
  | {
      kind: 'follow-up';
      /** 1 for the first follow-up of this silence. */
      number: number;
      /** `maxFollowUps`. */
      of: number;
      /** Same wall-clock time as the last exchange, `followUpDays` calendar days later. */
      dueAt: string;
      /** The calendar day it is due in the mentee's zone. */
      dueDay: string;
      lastExchangeAt: string;
    }
  | {
      kind: 'confirm-no-reply';
      followUpsSent: number;
      dueAt: string;
      dueDay: string;
      lastExchangeAt: string;
    };

/**
 * The next follow-up or no-reply confirmation for one person, whether due yet or not; null when
 * nothing will come (not "sent", or they answered and the follow-ups are used up).
 */
export function nextFollowUp(
  person: Person,
  events: readonly TimelineEvent[],
  prefs: FollowUpPreferences,
  timeZone: string,
): NextFollowUp | null {
  if (person.status !== 'sent') return null;
  const zone = safeTimeZone(timeZone);
  const own = events.filter((e) => e.personId === person.id);

  let lastSendMs = -Infinity;
  let lastSendAt = '';
  for (const event of own) {
    const ms = Date.parse(event.at);
    if (isSend(event) && ms > lastSendMs) {
      lastSendMs = ms;
      lastSendAt = event.at;
    }
  }
  // "Sent" without any logged send (an import, a hand-set status from before events existed):
  // the last activity is the best guess at when it went out.
  if (!lastSendAt) {
    lastSendAt = person.lastActivityAt;
    lastSendMs = Date.parse(lastSendAt);
  }

  let silenceStartMs = lastSendMs;
  let silenceStartAt = lastSendAt;
  let answered = false;
  for (const event of own) {
    const ms = Date.parse(event.at);
    if (isAnswer(event) && ms >= lastSendMs) {
      answered = true;
      if (ms > silenceStartMs) {
        silenceStartMs = ms;
        silenceStartAt = event.at;
      }
    }
  }

  let followUps = 0;
  let lastExchangeMs = silenceStartMs;
  let lastExchangeAt = silenceStartAt;
  for (const event of own) {
    const ms = Date.parse(event.at);
    if (event.type === 'follow-up' && ms >= silenceStartMs) {
      followUps += 1;
      if (ms > lastExchangeMs) {
        lastExchangeMs = ms;
        lastExchangeAt = event.at;
      }
    }
  }

  const due = addCalendarDays(lastExchangeAt, prefs.followUpDays, zone);
  const dueAt = due.toISOString();
  const dueDay = localDay(due, zone);
  if (followUps < prefs.maxFollowUps) {
    return { kind: 'follow-up', number: followUps + 1, of: prefs.maxFollowUps, dueAt, dueDay, lastExchangeAt };
  }
  if (answered) return null;
  return { kind: 'confirm-no-reply', followUpsSent: followUps, dueAt, dueDay, lastExchangeAt };
}

/**
 * True when "sent → no reply" may be offered: the follow-ups are used and the wait has passed.
 * Pass it to `changeStatus(..., { noReplyReady })` when the mentee confirms.
 */
export function isReadyForNoReply(
  person: Person,
  events: readonly TimelineEvent[],
  prefs: FollowUpPreferences,
  now: Date,
  timeZone: string,
): boolean {
  const next = nextFollowUp(person, events, prefs, timeZone);
  return next?.kind === 'confirm-no-reply' && next.dueDay <= localDay(now, safeTimeZone(timeZone));
}

/** One line of the "Today" list. `overdueDays` is 0 on the due day itself. */
export type TodayItem =
  | {
      kind: 'meeting';
      personId: string;
      name: string;
      meetingId: string;
      startsAt: string;
      endsAt: string;
      /** It has started and not yet ended. */
      inProgress: boolean;
    }
  | {
      kind: 'follow-up';
      personId: string;
      name: string;
      number: number;
      of: number;
      dueAt: string;
      dueDay: string;
      overdueDays: number;
    }
  | {
      kind: 'action-item';
      personId: string;
      name: string;
      meetingId: string;
      item: ActionItem;
      dueDay: string;
      overdueDays: number;
    }
  | {
      kind: 'confirm-no-reply';
      personId: string;
      name: string;
      followUpsSent: number;
      dueAt: string;
      dueDay: string;
      overdueDays: number;
    };

const KIND_ORDER: Record<TodayItem['kind'], number> = { meeting: 0, 'follow-up': 1, 'action-item': 2, 'confirm-no-reply': 3 };

function sortKey(item: TodayItem): string {
  return item.kind === 'meeting' ? item.startsAt : item.kind === 'action-item' ? item.dueDay : item.dueAt;
}

const EMPTY: readonly never[] = [];

/**
 * The "Today" list, in this order: today's meetings that have not ended (by start time; none for
 * paused or ended people); due
 * follow-ups (oldest first); open action items due today or earlier; people ready to be marked
 * "no reply". Action items without a due day are not listed: they would sit on the list forever;
 * the meeting's page shows them. Meetings are "today" by the mentee's calendar (`timeZone`), not
 * the zone the meeting was planned in.
 */
export function dueItems(
  people: readonly Person[],
  eventsByPerson: ByPerson<TimelineEvent>,
  meetingsByPerson: ByPerson<Meeting>,
  prefs: FollowUpPreferences,
  now: Date,
  timeZone: string,
): TodayItem[] {
  const zone = safeTimeZone(timeZone);
  const nowMs = now.getTime();
  const today = localDay(now, zone);
  const items: TodayItem[] = [];

  for (const person of people) {
    const name = person.profile.name;
    const next = nextFollowUp(person, eventsByPerson.get(person.id) ?? EMPTY, prefs, zone);
    if (next && next.dueDay <= today) {
      const overdueDays = daysBetween(next.dueDay, today);
      items.push(
        next.kind === 'follow-up'
          ? { kind: 'follow-up', personId: person.id, name, number: next.number, of: next.of, dueAt: next.dueAt, dueDay: next.dueDay, overdueDays }
          : { kind: 'confirm-no-reply', personId: person.id, name, followUpsSent: next.followUpsSent, dueAt: next.dueAt, dueDay: next.dueDay, overdueDays },
      );
    }

    // Paused or ended: the mentee chose the quiet, so their meetings are not announced. Action
    // items stay: they are the mentee's own commitments, not the mentor's.
    const quiet = isQuiet(person.status);
    for (const meeting of meetingsByPerson.get(person.id) ?? EMPTY) {
      const startMs = Date.parse(meeting.startsAt);
      const endMs = startMs + meeting.durationMinutes * 60_000;
      if (!quiet && localDay(startMs, zone) === today && endMs > nowMs) {
        items.push({
          kind: 'meeting',
          personId: person.id,
          name,
          meetingId: meeting.id,
          startsAt: meeting.startsAt,
          endsAt: new Date(endMs).toISOString(),
          inProgress: startMs <= nowMs,
        });
      }
      for (const item of meeting.actionItems) {
        if (item.done || !item.due || item.due > today) continue;
        items.push({ kind: 'action-item', personId: person.id, name, meetingId: meeting.id, item, dueDay: item.due, overdueDays: daysBetween(item.due, today) });
      }
    }
  }

  return items.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

/**
 * The number on the toolbar icon: follow-ups due today or overdue. Not meetings, action items or
 * no-reply confirmations: the badge says "someone is waiting for your message", nothing else.
 */
export function badgeCount(
  people: readonly Person[],
  eventsByPerson: ByPerson<TimelineEvent>,
  prefs: FollowUpPreferences,
  now: Date,
  timeZone: string,
): number {
  const zone = safeTimeZone(timeZone);
  const today = localDay(now, zone);
  let count = 0;
  for (const person of people) {
    const next = nextFollowUp(person, eventsByPerson.get(person.id) ?? EMPTY, prefs, zone);
    if (next?.kind === 'follow-up' && next.dueDay <= today) count += 1;
  }
  return count;
}

export interface AlarmOptions {
  /** Local hour at which day-based items (follow-ups, action items) notify. Default 9. */
  hour?: number;
  /** Minutes before a meeting to notify. Default 15. */
  meetingLeadMinutes?: number;
}

/**
 * When the background should wake next to notify, or null when nothing is coming. Day-based items
 * notify at `hour` on their day (not at midnight, when they join the list); meetings a little
 * before they start. Only instants after `now` count: what is already due shows on the badge.
 */
export function nextAlarmAt(
  people: readonly Person[],
  eventsByPerson: ByPerson<TimelineEvent>,
  meetingsByPerson: ByPerson<Meeting>,
  prefs: FollowUpPreferences,
  now: Date,
  timeZone: string,
  options: AlarmOptions = {},
): Date | null {
  const zone = safeTimeZone(timeZone);
  const hour = options.hour ?? 9;
  const leadMs = (options.meetingLeadMinutes ?? 15) * 60_000;
  const nowMs = now.getTime();
  let best = Infinity;
  const consider = (ms: number) => {
    if (ms > nowMs && ms < best) best = ms;
  };
  // Many items share a day; the zone arithmetic per distinct day is enough.
  const dayAlarm = new Map<string, number>();
  const atDay = (day: string) => {
    let ms = dayAlarm.get(day);
    if (ms === undefined) {
      ms = atHourOfDay(day, hour, zone).getTime();
      dayAlarm.set(day, ms);
    }
    return ms;
  };
  for (const person of people) {
    const next = nextFollowUp(person, eventsByPerson.get(person.id) ?? EMPTY, prefs, zone);
    if (next) consider(atDay(next.dueDay));
    const quiet = isQuiet(person.status);
    for (const meeting of meetingsByPerson.get(person.id) ?? EMPTY) {
      if (!quiet) consider(Date.parse(meeting.startsAt) - leadMs);
      for (const item of meeting.actionItems) if (!item.done && item.due) consider(atDay(item.due));
    }
  }
  return best === Infinity ? null : new Date(best);
}
