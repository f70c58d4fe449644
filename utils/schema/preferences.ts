import { z } from './zod';
import { instantSchema } from './common';

/** The mentee's settings; every field has a default so an empty store reads as a fresh install. */
export const preferencesSchema = z.object({
  /** LinkedIn Premium raises the connection-note limit from 200 to 300 characters. */
  premium: z.boolean().default(false),
  /** Personalised connection notes a free account may send a month (LinkedIn changes this). */
  monthlyNoteAllowance: z.number().int().min(0).max(100).default(5),
  followUpDays: z.number().int().min(1).max(90).default(7),
  maxFollowUps: z.number().int().min(0).max(5).default(1),
  notifications: z.boolean().default(true),
  /** A system notification when a reflection is due (issue #13); off: Today and the badge are enough. */
  reflectionNotifications: z.boolean().default(false),
  lastExportAt: instantSchema.optional(),
  /** Remind to export when the last export is older than this. */
  backupReminderDays: z.number().int().min(1).max(365).default(30),
});
export type Preferences = z.infer<typeof preferencesSchema>;
export const defaultPreferences = (): Preferences => preferencesSchema.parse({});
