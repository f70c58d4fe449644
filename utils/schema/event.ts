import { z } from './zod';
import { channelSchema } from './channel';
import { idSchema, instantSchema, storedTextSchema } from './common';
import { statusSchema } from './status';

export const eventTypeSchema = z.enum([
  /** The person was first saved. */
  'saved',
  /** A newer snapshot of their profile was saved. */
  'snapshot',
  /** The status changed (from → to); undoable. */
  'status',
  /** A draft was copied to the clipboard. */
  'copied',
  /** The mentee confirmed they sent a request (which draft, which channel). */
  'sent',
  /** They replied (text as pasted or read from the open conversation). */
  'reply',
  /** The mentee sent a polite follow-up. */
  'follow-up',
  /** A meeting was scheduled or recorded (see the meetings store). */
  'meeting',
  /** A free note on the timeline. */
  'note',
  /** Another record was merged into this one. */
  'merged',
]);
export type EventType = z.infer<typeof eventTypeSchema>;

/** One entry on a person's timeline. Flat, so it exports to CSV and migrates simply. */
export const timelineEventSchema = z.object({
  id: idSchema,
  personId: idSchema,
  type: eventTypeSchema,
  /** When it happened (may be in the past: "I sent it yesterday"). */
  at: instantSchema,
  from: statusSchema.optional(),
  to: statusSchema.optional(),
  channel: channelSchema.optional(),
  draftId: idSchema.optional(),
  meetingId: idSchema.optional(),
  templateId: idSchema.optional(),
  /** The mentee's note, or the reply's text. */
  text: storedTextSchema().max(20_000).optional(),
  /** A status set by hand ("correct by hand"), not by the usual next step. */
  manual: z.boolean().optional(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
