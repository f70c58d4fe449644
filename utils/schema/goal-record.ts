import { z } from './zod';
import { idSchema, instantSchema } from './common';
import { goalsSchema } from './goals';

/**
 * One of the mentee's goals (issue #13): a career move, a skill… `goals` is its current version, in
 * the shape drafting and `npm run draft --goals` take (utils/schema/goals.ts). The first goal (lowest
 * `position`) is the one people are linked to unless the mentee picks another.
 */
export const goalRecordSchema = z.object({
  id: idSchema,
  /** Order in the list; the lowest is "the first goal". */
  position: z.number().int().min(0).max(10_000),
  goals: goalsSchema,
  createdAt: instantSchema,
  /** When the current version was written. */
  updatedAt: instantSchema,
  /** Marked reached (from a reflection or the goals page); it stays, with its history. */
  reachedAt: instantSchema.optional(),
});
export type GoalRecord = z.infer<typeof goalRecordSchema>;

/** An earlier version of a goal, kept when it was edited: what it said from `from` until `until`. */
export const goalVersionSchema = z.object({
  id: idSchema,
  goalId: idSchema,
  goals: goalsSchema,
  /** When this version was first written. */
  from: instantSchema,
  /** When it was replaced by the next one. */
  until: instantSchema,
  /** Why it changed, when the change came from a reflection (its id). */
  reflectionId: idSchema.optional(),
});
export type GoalVersion = z.infer<typeof goalVersionSchema>;
