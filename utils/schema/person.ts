import { z } from './zod';
import { httpUrlSchema, profileDraftSchema } from './profile';
import { idSchema, instantSchema, storedTextSchema } from './common';
import { statusSchema } from './status';

/**
 * One potential mentor. `profile` is the latest reviewed snapshot, as the mentee corrected it;
 * earlier snapshots stay in the "snapshots" store. LinkedIn members have the id `li:<slug>` and are
 * matched by their canonical profile URL; everyone else gets a random id of their own.
 */
export const personSchema = z.object({
  id: idSchema,
  /** Canonical profile address; absent for a person entered by hand without one. Unique. */
  profileUrl: httpUrlSchema.optional(),
  profile: profileDraftSchema,
  status: statusSchema,
  notes: storedTextSchema().max(20_000),
  tags: z.array(storedTextSchema().max(60)).max(50),
  /** Addresses of records merged into this one (their own canonical URLs). */
  otherUrls: z.array(httpUrlSchema).max(50),
  /** The mentee asked to see the photo (loading it is a request to another server). */
  showPhoto: z.boolean(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  /** The last logged interaction or status change: drives "no activity for 30 days" and sorting. */
  lastActivityAt: instantSchema,
  /** The goal this mentorship serves (a goals-store id); absent means the first goal. */
  goalId: idSchema.optional(),
  /** "Reflect every N weeks" set by the mentee; absent means the agreed frequency's, or 4. */
  reflectEveryWeeks: z.number().int().min(1).max(52).optional(),
});
export type Person = z.infer<typeof personSchema>;

/** One capture of a person's profile, kept forever beside the newer ones. */
export const snapshotSchema = z.object({
  id: idSchema,
  personId: idSchema,
  capturedAt: instantSchema,
  /** The address of the page it was read from (may be a /details/ sub-page or a country host). */
  sourceUrl: storedTextSchema().max(2048),
  profile: profileDraftSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** The profile's own part of the page, kept per snapshot in a store that lists never load. */
export const pageSectionRecordSchema = z.object({
  snapshotId: idSchema,
  personId: idSchema,
  kind: z.enum(['html', 'text']),
  // The page's own markup, kept to be read again by a better extractor: raw, not cleaned (the
  // extractor cleans what it reads from it).
  content: z.string().max(256 * 1024),
  truncated: z.boolean(),
});
export type PageSectionRecord = z.infer<typeof pageSectionRecordSchema>;
