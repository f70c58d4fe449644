// The one consistent read the Today and Overview screens (and the data settings) compute from.
import { templateSchema, type Template } from '../schema/draft';
import { timelineEventSchema, type TimelineEvent } from '../schema/event';
import { meetingSchema, type Meeting } from '../schema/meeting';
import { personSchema, type Person } from '../schema/person';
import type { Preferences } from '../schema/preferences';
import { openDatabase, type MentorScoutDb } from './database';
import { readPreferences } from './settings';

/** Everything the Today and Overview screens compute from, read in one consistent snapshot. */
export interface TrackingData {
  people: Person[];
  /** Records that could not be read (kept in storage, not shown). */
  unreadable: number;
  events: TimelineEvent[];
  meetings: Meeting[];
  templates: Template[];
  preferences: Preferences;
}

export async function readTrackingData(db?: MentorScoutDb): Promise<TrackingData> {
  const database = db ?? (await openDatabase());
  const tx = database.transaction(['people', 'events', 'meetings', 'templates', 'settings']);
  const [people, events, meetings, templates, preferences] = await Promise.all([
    tx.objectStore('people').getAll(),
    tx.objectStore('events').getAll(),
    tx.objectStore('meetings').getAll(),
    tx.objectStore('templates').getAll(),
    tx.objectStore('settings').get('preferences'),
  ]);
  await tx.done;
  const parseAll = <T>(records: readonly unknown[], schema: { safeParse(v: unknown): { success: boolean; data?: T } }) => {
    const valid: T[] = [];
    for (const record of records) {
      const parsed = schema.safeParse(record);
      if (parsed.success) valid.push(parsed.data as T);
    }
    return valid;
  };
  const validPeople = parseAll<Person>(people, personSchema);
  return {
    people: validPeople,
    unreadable: people.length - validPeople.length,
    events: parseAll<TimelineEvent>(events, timelineEventSchema),
    meetings: parseAll<Meeting>(meetings, meetingSchema),
    templates: parseAll<Template>(templates, templateSchema),
    preferences: readPreferences(preferences?.value),
  };
}
