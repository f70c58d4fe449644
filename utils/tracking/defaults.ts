// What the tracking forms start with, from what is already known (issue #10: a reply form that
// offered "Connection note", a 30-minute meeting when the goals say a 20-minute call).
import type { Channel } from '../schema/channel';
import type { TimelineEvent } from '../schema/event';
import type { Goals } from '../schema/goals';

/** Where a reply to a request on each channel arrives: nobody answers with a connection note. */
const REPLY_CHANNEL: Record<Channel, Channel> = {
  'connection-note': 'message',
  message: 'message',
  inmail: 'inmail',
  email: 'email',
};

/** The channels a reply can come on (the reply form's choices). */
export const REPLY_CHANNELS: readonly Channel[] = ['message', 'inmail', 'email'];

/** The latest request or follow-up with a channel: the conversation the next step belongs to. */
function latestOutreach(events: readonly TimelineEvent[]): TimelineEvent | undefined {
  let latest: TimelineEvent | undefined;
  for (const e of events) if ((e.type === 'sent' || e.type === 'follow-up') && e.channel && (!latest || e.at > latest.at)) latest = e;
  return latest;
}

/** The channel a reply most likely came on: that of the request (or latest follow-up), as replies arrive there. */
export function replyChannelFor(events: readonly TimelineEvent[]): Channel {
  const channel = latestOutreach(events)?.channel;
  return channel ? REPLY_CHANNEL[channel] : 'message';
}

/** The channel a follow-up goes on: the request's own (a follow-up to a connection note is a message once connected, but the mentee picks). */
export function followUpChannelFor(events: readonly TimelineEvent[]): Channel {
  return latestOutreach(events)?.channel ?? 'message';
}

export const DEFAULT_MEETING_MINUTES = 30;

/** A new meeting's length: the one the mentee asks for in their goals, else half an hour. */
export function meetingMinutesFor(goals: Goals | null | undefined): number {
  return goals?.ask.minutes ?? DEFAULT_MEETING_MINUTES;
}

/** The newest status change: the only one Undo can meaningfully take back. */
export function latestStatusEventId(events: readonly TimelineEvent[]): string | undefined {
  let latest: TimelineEvent | undefined;
  for (const e of events) if (e.type === 'status' && (!latest || e.at > latest.at || (e.at === latest.at && e.id > latest.id))) latest = e;
  return latest?.id;
}

/**
 * Whether a message about what was just logged (with its Undo) is out of date: something newer
 * happened on the timeline since (a meeting scheduled after "Logged their reply").
 */
export function isSuperseded(loggedEventIds: readonly string[] | undefined, events: readonly TimelineEvent[]): boolean {
  if (!loggedEventIds?.length) return false;
  const logged = events.filter((e) => loggedEventIds.includes(e.id));
  if (logged.length === 0) return false;
  const newestLogged = logged.reduce((a, b) => (a.at > b.at ? a : b)).at;
  return events.some((e) => !loggedEventIds.includes(e.id) && e.at > newestLogged);
}
