import type { DBSchema } from 'idb';
import type { Draft, Template } from '../schema/draft';
import type { TimelineEvent } from '../schema/event';
import type { Meeting } from '../schema/meeting';
import type { GoalRecord, GoalVersion } from '../schema/goal-record';
import type { PageSectionRecord, Person, Snapshot } from '../schema/person';
import type { Reflection } from '../schema/reflection';

/** Settings are a few named documents: "goals", "preferences". Values are parsed by their key. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * The whole IndexedDB schema at the current version. Values are typed here for idb's convenience,
 * but every read is parsed with the entity's zod schema in the repository functions: stored data
 * may come from an older version, an import, or a bug, and is not trusted blindly.
 */
export interface MentorScoutSchema extends DBSchema {
  people: {
    key: string;
    value: Person;
    indexes: { profileUrl: string; status: string; lastActivityAt: string; otherUrls: string };
  };
  snapshots: { key: string; value: Snapshot; indexes: { personId: string } };
  /** Raw profile sections, one per snapshot, in a store of their own so that lists never load them. */
  pageSections: { key: string; value: PageSectionRecord; indexes: { personId: string } };
  settings: { key: string; value: SettingRecord };
  events: { key: string; value: TimelineEvent; indexes: { personId: string; at: string } };
  drafts: { key: string; value: Draft; indexes: { personId: string } };
  meetings: { key: string; value: Meeting; indexes: { personId: string } };
  templates: { key: string; value: Template };
  /** Reflections, and the skips and snoozes of reflection prompts (issue #13). */
  reflections: { key: string; value: Reflection; indexes: { personId: string } };
  /** The mentee's goals, each with its current version. */
  goals: { key: string; value: GoalRecord };
  /** Earlier versions of the goals. */
  goalVersions: { key: string; value: GoalVersion; indexes: { goalId: string } };
}

export type StoreName =
  | 'people'
  | 'snapshots'
  | 'pageSections'
  | 'settings'
  | 'events'
  | 'drafts'
  | 'meetings'
  | 'templates'
  | 'reflections'
  | 'goals'
  | 'goalVersions';

/** Every store, in the order a backup lists them. */
export const ALL_STORES: StoreName[] = ['people', 'snapshots', 'pageSections', 'settings', 'events', 'drafts', 'meetings', 'templates', 'reflections', 'goals', 'goalVersions'];

export const DB_NAME = 'mentor-scout';
