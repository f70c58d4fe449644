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
  /** A mentorship (or outreach) put on hold by the mentee: nothing reminds or prompts until resumed. */
  'paused',
  /** The mentorship ended, with thanks: nothing reminds or prompts any more. */
  'ended',
]);
export type Status = z.infer<typeof statusSchema>;
