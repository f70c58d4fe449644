import { z } from './zod';
import { storedTextSchema } from './common';

/** Why the mentee looks for a mentor: the common reasons, tagged. */
export const reasonSchema = z.enum(['career-advancement', 'personal-growth', 'new-skill', 'network']);
export type Reason = z.infer<typeof reasonSchema>;

export const askFormatSchema = z.enum(['call', 'message', 'meeting', 'email']);
export type AskFormat = z.infer<typeof askFormatSchema>;

/** The modest ask the mentee is comfortable making. */
export const askSchema = z.object({
  format: askFormatSchema,
  /** Length of a call or meeting, in minutes. */
  minutes: z.number().int().min(5).max(240).optional(),
  /** How often, in the mentee's words: "once", "monthly", "every other week". */
  frequency: storedTextSchema().trim().max(80).optional(),
});
export type Ask = z.infer<typeof askSchema>;

/**
 * The mentee's goals, stated once and used by every draft. This is the shape `goals.json` takes for
 * `npm run draft` (documented in README.md) and the shape stored under settings key "goals".
 */
export const goalsSchema = z.object({
  /** What they want from mentoring, in their own words. */
  summary: storedTextSchema().trim().min(1, 'Say in a few words what you want from mentoring').max(500),
  reasons: z.array(reasonSchema).max(4).default([]),
  /** The help they are looking for. */
  helpWanted: storedTextSchema().trim().max(500).default(''),
  ask: askSchema,
  /** Who the mentee is, for the sign-off and a one-line introduction. */
  me: z
    .object({
      name: storedTextSchema().trim().max(120).default(''),
      intro: storedTextSchema().trim().max(300).default(''),
    })
    .optional(),
});
export type Goals = z.infer<typeof goalsSchema>;
export type GoalsInput = z.input<typeof goalsSchema>;
