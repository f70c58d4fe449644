import { z } from './zod';
import { channelSchema } from './channel';
import { idSchema, instantSchema, storedTextSchema } from './common';

export const draftVersionSchema = z.object({
  at: instantSchema,
  subject: storedTextSchema().max(1_000),
  text: storedTextSchema().max(20_000),
  /**
   * Where this wording came from when it was not written here: "the backup exported on
   * 2026-04-01" for the other device's text that an import kept in the history (issue #9).
   */
  from: storedTextSchema().max(200).optional(),
});

/** A request being written to one person; earlier wordings are kept in `history`. */
export const draftSchema = z.object({
  id: idSchema,
  personId: idSchema,
  channel: channelSchema,
  subject: storedTextSchema().max(1_000),
  text: storedTextSchema().max(20_000),
  /** Ids of the profile facts the mentee ticked (see utils/drafting/facts.ts). */
  factIds: z.array(z.string().max(200)).max(10),
  /** Their own words for "why I admire you", used instead of or beside ticked facts. */
  admiration: storedTextSchema().max(1_000),
  templateId: idSchema.optional(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  copiedAt: instantSchema.optional(),
  history: z.array(draftVersionSchema).max(50),
});
export type Draft = z.infer<typeof draftSchema>;
export type DraftVersion = z.infer<typeof draftVersionSchema>;

/** A reusable wording with {variables}. Built-in templates can be edited; a reset restores them. */
export const templateSchema = z.object({
  id: idSchema,
  name: storedTextSchema().trim().min(1).max(80),
  channel: z.union([channelSchema, z.literal('any')]),
  subject: storedTextSchema().max(1_000),
  body: storedTextSchema().max(10_000),
  builtIn: z.boolean(),
  updatedAt: instantSchema,
});
export type Template = z.infer<typeof templateSchema>;
