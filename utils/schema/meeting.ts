import { z } from './zod';
import { idSchema, instantSchema, daySchema, storedTextSchema } from './common';

export const actionItemSchema = z.object({
  id: idSchema,
  text: storedTextSchema().trim().min(1).max(1_000),
  /** Calendar day it is due, in the mentee's time zone. */
  due: daySchema.optional(),
  done: z.boolean(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const meetingFormatSchema = z.enum(['video', 'call', 'in-person', 'chat']);
export type MeetingFormat = z.infer<typeof meetingFormatSchema>;

export const meetingSchema = z.object({
  id: idSchema,
  personId: idSchema,
  /** The start, as an instant; shown in `timeZone`. */
  startsAt: instantSchema,
  /** IANA zone the mentee scheduled it in, e.g. "Europe/Berlin". */
  timeZone: z.string().min(1).max(64),
  durationMinutes: z.number().int().min(5).max(600),
  format: meetingFormatSchema,
  /** Specific questions prepared beforehand. */
  questions: z.array(storedTextSchema().max(1_000)).max(50),
  takeaways: z.array(storedTextSchema().max(2_000)).max(50),
  actionItems: z.array(actionItemSchema).max(100),
  /** What was agreed: how often, which channel. */
  expectations: z.object({ frequency: storedTextSchema().max(120), channel: storedTextSchema().max(120) }),
  notes: storedTextSchema().max(20_000),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;
