import type { z } from 'zod';
import { draftSchema, templateSchema } from './draft';
import { timelineEventSchema } from './event';
import { meetingSchema } from './meeting';
import { goalRecordSchema, goalVersionSchema } from './goal-record';
import { pageSectionRecordSchema, personSchema, snapshotSchema } from './person';
import { reflectionSchema } from './reflection';

/**
 * Every kind of stored record and its schema, keyed by the IndexedDB store that holds it. Backups,
 * imports, deletes, merges and restores all move records in these sets, so they share this map.
 */
export const RECORD_SCHEMAS = {
  people: personSchema,
  snapshots: snapshotSchema,
  pageSections: pageSectionRecordSchema,
  events: timelineEventSchema,
  drafts: draftSchema,
  meetings: meetingSchema,
  templates: templateSchema,
  reflections: reflectionSchema,
  goals: goalRecordSchema,
  goalVersions: goalVersionSchema,
} as const;

export type RecordKind = keyof typeof RECORD_SCHEMAS;
export type RecordOf<K extends RecordKind> = z.infer<(typeof RECORD_SCHEMAS)[K]>;
/** Lists of records by kind. */
export type RecordSets<K extends RecordKind = RecordKind> = { [P in K]: RecordOf<P>[] };

/** The stores whose records belong to one person (they carry `personId`). */
export const PERSON_RECORD_KINDS = ['snapshots', 'pageSections', 'events', 'drafts', 'meetings', 'reflections'] as const;
export type PersonRecordKind = (typeof PERSON_RECORD_KINDS)[number];
/** Some people and everything stored about them. */
export type PersonRecordSets = RecordSets<'people' | PersonRecordKind>;

export const emptyPersonRecordSets = (): PersonRecordSets => ({ people: [], snapshots: [], pageSections: [], events: [], drafts: [], meetings: [], reflections: [] });
export const emptyRecordSets = (): RecordSets => ({ ...emptyPersonRecordSets(), templates: [], goals: [], goalVersions: [] });
