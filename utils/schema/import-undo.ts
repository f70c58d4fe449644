import { z } from './zod';
import { idSchema, instantSchema } from './common';

/** The settings key the last import's Undo is stored under (a document of its own, never exported). */
export const LAST_IMPORT_KEY = 'lastImport';

export const recordKindSchema = z.enum(['people', 'snapshots', 'pageSections', 'events', 'drafts', 'meetings', 'templates', 'reflections', 'goals', 'goalVersions']);

/** One record an import wrote. */
export const importWriteSchema = z.object({
  kind: recordKindSchema,
  /** The record's key in its store (a page section's is its snapshot's id). */
  key: idSchema,
  /** The person it belongs to (a person's own id for a person); absent for templates. */
  personId: idSchema.optional(),
  /** The goal it belongs to, for a goal and its earlier versions (issue #13): undone together. */
  goalId: idSchema.optional(),
  /** Who or what it is, for the list of records changed since: the person's or the template's name. */
  label: z.string().max(300),
  /** What the import wrote (utils/backup/stable-json.ts `fingerprint`): a different one now means it was changed since. */
  written: z.string().max(100),
  /** The copy saved before the import, as stored; absent when the import added the record. */
  earlier: z.unknown().optional(),
});
export type ImportWrite = z.infer<typeof importWriteSchema>;

/** A settings document an import replaced ("Also restore my settings"). */
export const importSettingWriteSchema = z.object({
  key: z.enum(['goals', 'preferences']),
  written: z.string().max(100),
  /** The value before the import; null when there was none. */
  earlier: z.unknown(),
});
export type ImportSettingWrite = z.infer<typeof importSettingWriteSchema>;

/**
 * What the last import changed, kept (in the settings store) until the next import so it can be
 * undone days later from Settings (issue #9, item 6): the records it added, and the earlier copy
 * of each record it replaced. Undo reverts only these, never a whole dump.
 */
export const importUndoSchema = z.object({
  at: instantSchema,
  fileName: z.string().max(300),
  /** The import's result as it was announced: "2 added, 1 updated, 0 skipped". */
  summary: z.string().max(500),
  writes: z.array(importWriteSchema),
  settings: z.array(importSettingWriteSchema).max(2),
});
export type ImportUndo = z.infer<typeof importUndoSchema>;
