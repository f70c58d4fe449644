// Dates and timeline entries in the words the tracking screens use (dates through utils/format/dates.ts). Days are the mentee's calendar
// days (their zone), so "due on 3 Dec" means the same day here, in the badge and in the background.
import { channelSpec } from '../../utils/drafting/channels';
import type { Channel } from '../../utils/schema/channel';
import type { TimelineEvent } from '../../utils/schema/event';
import { STATUS_LABELS } from '../../utils/tracking/status';
import { formatDate, formatDateTime as formatDateAndTime, formatTime as formatClock } from '../../utils/format/dates';
import { instantOfWallTime, localDay, safeTimeZone, wallTimeOf } from '../../utils/tracking/zoned-time';

/** The mentee's time zone, as the browser knows it. */
export function menteeTimeZone(): string {
  return safeTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** "3 Dec" (en-GB) or "Dec 3" (en-US), with the year when it is not this year: utils/format/dates.ts. */
export function formatDay(instantOrDay: string, timeZone: string, now: Date = new Date(), locale?: string): string {
  return formatDate(instantOrDay, { timeZone, now, locale });
}

/** "14:05" or "2:05 PM" in the zone, as the browser's language writes it. */
export function formatTime(instant: string, timeZone: string, locale?: string): string {
  return formatClock(instant, { timeZone: safeTimeZone(timeZone), locale });
}

/** "3 Dec, 14:05" or "Dec 3, 2:05 PM". */
export function formatDateTime(instant: string, timeZone: string, now: Date = new Date(), locale?: string): string {
  return formatDateAndTime(instant, { timeZone, now, locale });
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
