import type { TimelineEvent } from '../../utils/schema/event';

/**
 * Personalised connection notes marked sent in the calendar month of `now`, in the mentee's own
 * time zone (LinkedIn's allowance resets by month), across everyone saved.
 */
export function notesSentThisMonth(events: readonly Pick<TimelineEvent, 'type' | 'channel' | 'at'>[], now: Date): number {
  return events.filter((e) => {
    if (e.type !== 'sent' || e.channel !== 'connection-note') return false;
    const at = new Date(e.at);
    return at.getFullYear() === now.getFullYear() && at.getMonth() === now.getMonth();
  }).length;
}
