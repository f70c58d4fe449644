// Small helpers shared by the tracking operations (timeline, meetings).
import { timelineEventSchema, type TimelineEvent } from '../schema/event';
import { readable } from './parse';

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function parsedEvents(raw: readonly unknown[]): TimelineEvent[] {
  return readable(timelineEventSchema, raw);
}
