// The one consistent read the Today and Overview screens (and the data settings) compute from.
import { templateSchema, type Template } from '../schema/draft';
import { timelineEventSchema, type TimelineEvent } from '../schema/event';
import { meetingSchema, type Meeting } from '../schema/meeting';
import { personSchema, type Person } from '../schema/person';
import type { Preferences } from '../schema/preferences';
import { openDatabase, type MentorScoutDb } from './database';
import { readPreferences } from './settings';
import { readable } from './parse';

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
  const validPeople = readable(personSchema, people);
  return {
    people: validPeople,
    unreadable: people.length - validPeople.length,
    events: readable(timelineEventSchema, events),
    meetings: readable(meetingSchema, meetings),
    templates: readable(templateSchema, templates),
    preferences: readPreferences(preferences?.value),
  };
}
