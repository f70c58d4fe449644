// The one consistent read the Today and Overview screens (and the data settings) compute from.
import { templateSchema, type Template } from '../schema/draft';
import { timelineEventSchema, type TimelineEvent } from '../schema/event';
import { meetingSchema, type Meeting } from '../schema/meeting';
import { personSchema, type Person } from '../schema/person';
import { goalRecordSchema, type GoalRecord } from '../schema/goal-record';
import { reflectionSchema, type Reflection } from '../schema/reflection';
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
  /** Reflections, skips and snoozes (issue #13). */
  reflections: Reflection[];
  goals: GoalRecord[];
  preferences: Preferences;
}

export async function readTrackingData(db?: MentorScoutDb): Promise<TrackingData> {
  const database = db ?? (await openDatabase());
  const tx = database.transaction(['people', 'events', 'meetings', 'templates', 'reflections', 'goals', 'settings']);
  const [people, events, meetings, templates, reflections, goals, preferences] = await Promise.all([
    tx.objectStore('people').getAll(),
    tx.objectStore('events').getAll(),
    tx.objectStore('meetings').getAll(),
    tx.objectStore('templates').getAll(),
    tx.objectStore('reflections').getAll(),
    tx.objectStore('goals').getAll(),
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
    reflections: readable(reflectionSchema, reflections),
    goals: readable(goalRecordSchema, goals),
    preferences: readPreferences(preferences?.value),
  };
}
