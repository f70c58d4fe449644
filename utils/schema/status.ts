import { z } from './zod';

/** Where the outreach to one person stands. Transitions live in utils/tracking/status.ts. */
export const statusSchema = z.enum([
  'saved',
  'drafted',
  'sent',
  'replied',
  'meeting-scheduled',
  'mentoring',
  'declined',
  'no-reply',
]);
export type Status = z.infer<typeof statusSchema>;
