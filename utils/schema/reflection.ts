import { z } from './zod';
import { idSchema, instantSchema } from './common';

/** Progress toward the goal this mentorship serves, 1–5; the UI always shows the words below. */
export const progressSchema = z.number().int().min(1).max(5);
export type Progress = z.infer<typeof progressSchema>;

/** "Is this mentorship working for you?" */
export const workingSchema = z.enum(['yes', 'partly', 'no']);
export type Working = z.infer<typeof workingSchema>;

/** What the mentee wants to change; each becomes a line of the next meeting's prep list. */
export const reflectionChangeSchema = z.enum(['sharper-questions', 'frequency', 'channel', 'new-goal', 'pause', 'end']);
export type ReflectionChange = z.infer<typeof reflectionChangeSchema>;

/** What a reflection says about the goal: reached, or changed (the goal then gets a new version). */
export const goalOutcomeSchema = z.enum(['reached', 'changed']);
export type GoalOutcome = z.infer<typeof goalOutcomeSchema>;

/**
 * Which prompt a record answers: "meeting:<meeting id>" (after a meeting's takeaways),
 * "rhythm:<due day>" (every N weeks in Mentoring) or "own:<id>" (written without a prompt).
 */
export const promptKeySchema = z.string().min(1).max(200);

const base = {
  id: idSchema,
  personId: idSchema,
  promptKey: promptKeySchema,
  /** When it was written, skipped or snoozed. */
  at: instantSchema,
};

/** A reflection the mentee wrote. */
export const answeredReflectionSchema = z.object({
  ...base,
  kind: z.literal('answered'),
  /** The meeting it follows, when it answers a meeting's prompt. */
  meetingId: idSchema.optional(),
  progress: progressSchema,
  working: workingSchema,
  /** Why it is (or is not) working, in the mentee's words. */
  why: z.string().max(5_000),
  changes: z.array(reflectionChangeSchema).max(6),
  /** What to change, in the mentee's words (more specific questions, a new channel…). */
  changeNote: z.string().max(5_000),
  /** The goal it was about (the person's linked goal when written). */
  goalId: idSchema.optional(),
  goalOutcome: goalOutcomeSchema.optional(),
  /** Set when edited after it was first written. */
  updatedAt: instantSchema.optional(),
});
export type AnsweredReflection = z.infer<typeof answeredReflectionSchema>;

/** "Not this time": the prompt goes away and counts as this period's one prompt. */
export const skippedReflectionSchema = z.object({ ...base, kind: z.literal('skipped') });

/** "Later": the prompt comes back at `until`. */
export const snoozedReflectionSchema = z.object({ ...base, kind: z.literal('snoozed'), until: instantSchema });

/**
 * One record of the reflections store: a reflection, or what the mentee did with a prompt instead.
 * Skips and snoozes are stored beside the answers so that due prompts are a pure function of the
 * stored records and `now` (utils/tracking/reflections.ts).
 */
export const reflectionSchema = z.discriminatedUnion('kind', [answeredReflectionSchema, skippedReflectionSchema, snoozedReflectionSchema]);
export type Reflection = z.infer<typeof reflectionSchema>;
