// Small helpers shared by the tracking operations (timeline, meetings).
import { timelineEventSchema, type TimelineEvent } from '../schema/event';

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function parsedEvents(raw: readonly unknown[]): TimelineEvent[] {
  return raw.flatMap((record) => {
    const parsed = timelineEventSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}
