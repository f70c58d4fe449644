// Dates and timeline entries in the words the tracking screens use. Days are the mentee's calendar
// days (their zone), so "due on 3 Dec" means the same day here, in the badge and in the background.
import { channelSpec } from '../../utils/drafting/channels';
import type { Channel } from '../../utils/schema/channel';
import type { TimelineEvent } from '../../utils/schema/event';
import { STATUS_LABELS } from '../../utils/tracking/status';
import { instantOfWallTime, localDay, safeTimeZone, wallTimeOf } from '../../utils/tracking/zoned-time';

/** The mentee's time zone, as the browser knows it. */
export function menteeTimeZone(): string {
  return safeTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** "3 Dec", with the year when it is not this year: "3 Dec 2024". */
export function formatDay(instantOrDay: string, timeZone: string, now: Date = new Date()): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(instantOrDay) ? instantOrDay : localDay(instantOrDay, timeZone);
  const [year, month, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, d!, 12));
  const sameYear = year === Number(localDay(now, timeZone).slice(0, 4));
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), timeZone: 'UTC' }).format(date);
}

/** "14:05" in the zone. */
export function formatTime(instant: string, timeZone: string): string {
  const { hour, minute } = wallTimeOf(instant, safeTimeZone(timeZone));
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** "3 Dec, 14:05". */
export function formatDateTime(instant: string, timeZone: string, now: Date = new Date()): string {
  return `${formatDay(instant, timeZone, now)}, ${formatTime(instant, timeZone)}`;
}

/**
 * The instant for a day picked in a date input: now when it is today; otherwise the same clock
 * time on that day, so a request marked "sent yesterday" is followed up at a sensible hour. Null
 * for an empty or future day.
 */
export function instantFromDayInput(day: string, now: Date, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const today = localDay(now, timeZone);
  if (day > today) return null;
  if (day === today) return now.toISOString();
  const [year, month, d] = day.split('-').map(Number);
  const { hour, minute } = wallTimeOf(now, timeZone);
  return instantOfWallTime({ year: year!, month: month!, day: d!, hour, minute, second: 0, millisecond: 0 }, timeZone).toISOString();
}

/** The instant for a date and a time ("14:30") picked in inputs, in the zone; null when incomplete. */
export function instantFromDayAndTime(day: string, time: string, timeZone: string): string | null {
  const dayMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dayMatch || !timeMatch) return null;
  return instantOfWallTime(
    { year: Number(dayMatch[1]), month: Number(dayMatch[2]), day: Number(dayMatch[3]), hour: Number(timeMatch[1]), minute: Number(timeMatch[2]), second: 0, millisecond: 0 },
    timeZone,
  ).toISOString();
}

export function channelLabel(channel: Channel): string {
  return channelSpec(channel).label;
}

/** One timeline entry in words: "Request sent", "Status: Request sent → They replied (corrected by hand)". */
export function describeEvent(event: TimelineEvent): string {
  switch (event.type) {
    case 'saved':
      return 'Saved';
    case 'snapshot':
      return 'Profile saved again (new snapshot)';
    case 'status': {
      const move = event.from && event.to ? `${STATUS_LABELS[event.from]} → ${STATUS_LABELS[event.to]}` : event.to ? STATUS_LABELS[event.to] : 'changed';
      return `Status: ${move}${event.manual ? ' (corrected by hand)' : ''}`;
    }
    case 'copied':
      return 'Draft copied';
    case 'sent':
      return 'Request sent';
    case 'reply':
      return 'They replied';
    case 'follow-up':
      return 'Follow-up sent';
    case 'meeting':
      return 'Meeting arranged';
    case 'note':
      return 'Note';
    case 'merged':
      return 'Merged with another record';
  }
}

/**
 * Newest first. An interaction and the status change it caused share one instant, and the store
 * returns them in id order (random), so the status change is put above it, as it came second.
 */
export function newestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  const rank = (e: TimelineEvent) => (e.type === 'status' ? 0 : 1);
  return [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || rank(a) - rank(b) || a.id.localeCompare(b.id));
}
