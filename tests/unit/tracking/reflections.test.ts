import { beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../utils/schema/meeting';
import type { Person } from '../../../utils/schema/person';
import type { Reflection } from '../../../utils/schema/reflection';
import type { TimelineEvent } from '../../../utils/schema/event';
import { reflectionSchema } from '../../../utils/schema/reflection';
import { groupByPerson } from '../../../utils/tracking/followups';
import {
  dueReflection,
  dueReflections,
  nextReflectionAlarmAt,
  reflectionPrompts,
  snoozeUntil,
} from '../../../utils/tracking/reflections';
import { makeMeeting, makePerson, makeReflection, makeStatusEvent, resetIds } from '../builders';

beforeEach(() => resetIds());

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

/** Someone who became a mentor at `since` (a status change to "mentoring"). */
function mentoring(since: string, extra: Partial<Person> = {}): { person: Person; events: TimelineEvent[] } {
  const person = makePerson({ status: 'mentoring', lastActivityAt: since, ...extra });
  return { person, events: [makeStatusEvent(person.id, 'meeting-scheduled', 'mentoring', since)] };
}

function due(person: Person, events: TimelineEvent[], meetings: Meeting[], reflections: Reflection[], now: string, zone = BERLIN) {
  return dueReflection(person, events, meetings, reflections, new Date(now), zone);
}

describe('the rhythm across daylight-saving changes', () => {
  it('Berlin, spring forward: mentoring since 2026-03-04 10:00 → due 2026-04-01 10:00 local (4 weeks)', () => {
    const { person, events } = mentoring('2026-03-04T09:00:00.000Z'); // 10:00 CET
    expect(reflectionPrompts(person, events, [], [], BERLIN)).toEqual([
      { reason: 'rhythm', promptKey: 'rhythm:2026-04-01', weeks: 4, dueAt: '2026-04-01T08:00:00.000Z', dueDay: '2026-04-01' }, // 10:00 CEST
    ]);
  });

  it('New York, fall back: 2026-10-07 10:00 EDT → 2026-11-04 10:00 EST', () => {
    const { person, events } = mentoring('2026-10-07T14:00:00.000Z');
    expect(reflectionPrompts(person, events, [], [], NEW_YORK)).toMatchObject([{ dueAt: '2026-11-04T15:00:00.000Z', dueDay: '2026-11-04' }]);
  });

  it('is listed from the start of the due day in the mentee’s zone, not before', () => {
    const { person, events } = mentoring('2026-03-04T09:00:00.000Z');
    expect(due(person, events, [], [], '2026-03-31T21:59:00.000Z')).toBeNull(); // 23:59 on the 31st in Berlin
    expect(due(person, events, [], [], '2026-03-31T22:00:00.000Z')).toMatchObject({ reason: 'rhythm', dueDay: '2026-04-01' });
  });

  it('a late-evening start in New York is due on the local day, not the UTC one', () => {
    const { person, events } = mentoring('2026-11-02T03:30:00.000Z'); // 22:30 EST on Nov 1
    expect(reflectionPrompts(person, events, [], [], NEW_YORK)).toMatchObject([{ dueDay: '2026-11-29' }]);
    expect(reflectionPrompts(person, events, [], [], 'UTC')).toMatchObject([{ dueDay: '2026-11-30' }]);
  });

  it('takes N from the agreed frequency when its words are recognised, and from the person when set', () => {
    const { person, events } = mentoring('2026-03-04T09:00:00.000Z');
    const meeting = makeMeeting(person.id, { startsAt: '2026-03-04T09:00:00.000Z', expectations: { frequency: 'every other week', channel: 'video' } });
    expect(reflectionPrompts(person, events, [meeting], [], BERLIN)).toMatchObject([{ weeks: 2, dueDay: '2026-03-18' }]);
    expect(reflectionPrompts({ ...person, reflectEveryWeeks: 6 }, events, [meeting], [], BERLIN)).toMatchObject([{ weeks: 6, dueDay: '2026-04-15' }]);
  });

  it('only for people in Mentoring', () => {
    for (const status of ['saved', 'sent', 'replied', 'meeting-scheduled', 'declined', 'no-reply', 'paused', 'ended'] as const) {
      const person = makePerson({ status });
      expect(reflectionPrompts(person, [], [], [], BERLIN)).toEqual([]);
    }
  });
});

describe('after a meeting’s takeaways', () => {
  const start = '2026-04-01T08:00:00.000Z';

  it('is due when a meeting with takeaways has ended, not before, and not without takeaways', () => {
    const person = makePerson({ status: 'meeting-scheduled' });
    const bare = makeMeeting(person.id, { startsAt: start });
    expect(due(person, [], [bare], [], '2026-04-02T08:00:00.000Z')).toBeNull();
    const meeting = { ...bare, takeaways: ['Ask for stretch projects'] };
    expect(due(person, [], [meeting], [], '2026-04-01T08:29:00.000Z')).toBeNull();
    expect(due(person, [], [meeting], [], '2026-04-01T08:30:00.000Z')).toEqual({
      reason: 'meeting',
      promptKey: `meeting:${meeting.id}`,
      meetingId: meeting.id,
      dueAt: '2026-04-01T08:30:00.000Z',
      dueDay: '2026-04-01',
    });
  });

  it('asks about the latest meeting only', () => {
    const person = makePerson({ status: 'mentoring' });
    const older = makeMeeting(person.id, { startsAt: '2026-03-01T08:00:00.000Z', takeaways: ['one'] });
    const newer = makeMeeting(person.id, { startsAt: start, takeaways: ['two'] });
    expect(due(person, [], [newer, older], [], '2026-04-02T08:00:00.000Z')).toMatchObject({ meetingId: newer.id });
  });

  it('goes away once answered or skipped, or when any reflection was written since the meeting', () => {
    const person = makePerson({ status: 'meeting-scheduled' });
    const meeting = makeMeeting(person.id, { startsAt: start, takeaways: ['x'] });
    const now = '2026-04-03T08:00:00.000Z';
    const key = `meeting:${meeting.id}`;
    expect(due(person, [], [meeting], [makeReflection(person.id, '2026-04-01T09:00:00.000Z', { promptKey: key })], now)).toBeNull();
    expect(due(person, [], [meeting], [{ id: 's', personId: person.id, promptKey: key, kind: 'skipped', at: '2026-04-01T09:00:00.000Z' }], now)).toBeNull();
    expect(due(person, [], [meeting], [makeReflection(person.id, '2026-04-02T09:00:00.000Z')], now)).toBeNull();
    // A reflection written before the meeting does not count for it.
    expect(due(person, [], [meeting], [makeReflection(person.id, '2026-03-20T09:00:00.000Z')], now)).toMatchObject({ reason: 'meeting' });
  });
});

describe('never nagging', () => {
  it('offers at most one prompt per person: the meeting’s when both are due', () => {
    const { person, events } = mentoring('2026-03-04T09:00:00.000Z');
    const meeting = makeMeeting(person.id, { startsAt: '2026-04-02T08:00:00.000Z', takeaways: ['x'] });
    const now = new Date('2026-04-03T08:00:00.000Z');
    expect(reflectionPrompts(person, events, [meeting], [], BERLIN)).toHaveLength(2);
    const items = dueReflections([person], groupByPerson(events), groupByPerson([meeting]), new Map(), now, BERLIN);
    expect(items).toMatchObject([{ kind: 'reflection', personId: person.id, reason: 'meeting', overdueDays: 1 }]);
  });

  it('a reflection (or a skip) restarts the rhythm: one prompt per period', () => {
    const { person, events } = mentoring('2026-03-04T09:00:00.000Z');
    const answered = makeReflection(person.id, '2026-04-01T10:00:00.000Z', { promptKey: 'rhythm:2026-04-01' });
    expect(due(person, events, [], [answered], '2026-04-05T10:00:00.000Z')).toBeNull();
    expect(reflectionPrompts(person, events, [], [answered], BERLIN)).toMatchObject([{ dueDay: '2026-04-29', promptKey: 'rhythm:2026-04-29' }]);
    const skipped: Reflection = { id: 's1', personId: person.id, promptKey: 'rhythm:2026-04-01', kind: 'skipped', at: '2026-04-02T10:00:00.000Z' };
    expect(due(person, events, [], [skipped], '2026-04-05T10:00:00.000Z')).toBeNull();
    expect(reflectionPrompts(person, events, [], [skipped], BERLIN)).toMatchObject([{ dueDay: '2026-04-30' }]);
  });

  it('a snooze brings the prompt back at its end, with the same key', () => {
    const { person, events } = mentoring('2026-03-04T09:00:00.000Z');
    const until = snoozeUntil(new Date('2026-04-01T10:00:00.000Z'), 'tomorrow', BERLIN);
    expect(until).toBe('2026-04-02T07:00:00.000Z'); // 09:00 CEST
    const snooze: Reflection = { id: 'z1', personId: person.id, promptKey: 'rhythm:2026-04-01', kind: 'snoozed', at: '2026-04-01T10:00:00.000Z', until };
    expect(due(person, events, [], [snooze], '2026-04-02T06:59:00.000Z')).toBeNull();
    expect(due(person, events, [], [snooze], '2026-04-02T07:00:00.000Z')).toMatchObject({ promptKey: 'rhythm:2026-04-01', dueAt: until });
    expect(snoozeUntil(new Date('2026-03-27T10:00:00.000Z'), 'next-week', BERLIN)).toBe('2026-04-03T07:00:00.000Z'); // across the change
  });
});

describe('paused and ended', () => {
  it('stop the prompts; resuming restarts the rhythm from the resume', () => {
    const { person, events } = mentoring('2026-01-07T09:00:00.000Z');
    const meeting = makeMeeting(person.id, { startsAt: '2026-02-01T09:00:00.000Z', takeaways: ['x'] });
    const paused = { ...person, status: 'paused' as const };
    const pauseEvent = makeStatusEvent(person.id, 'mentoring', 'paused', '2026-02-02T09:00:00.000Z');
    expect(due(paused, [...events, pauseEvent], [meeting], [], '2026-05-01T09:00:00.000Z')).toBeNull();
    expect(due({ ...person, status: 'ended' }, events, [meeting], [], '2026-05-01T09:00:00.000Z')).toBeNull();
    const resumed = makeStatusEvent(person.id, 'paused', 'mentoring', '2026-04-15T09:00:00.000Z');
    const all = [...events, pauseEvent, resumed];
    const answered = makeReflection(person.id, '2026-02-01T12:00:00.000Z', { promptKey: `meeting:${meeting.id}` });
    expect(reflectionPrompts(person, all, [meeting], [answered], BERLIN)).toEqual([
      { reason: 'rhythm', promptKey: 'rhythm:2026-05-13', weeks: 4, dueAt: '2026-05-13T09:00:00.000Z', dueDay: '2026-05-13' },
    ]);
  });
});

describe('the alarm', () => {
  it('wakes at 9:00 on a rhythm prompt’s day and at the end of a meeting', () => {
    const { person, events } = mentoring('2026-03-04T09:00:00.000Z');
    const byPerson = groupByPerson(events);
    expect(nextReflectionAlarmAt([person], byPerson, new Map(), new Map(), new Date('2026-03-20T00:00:00.000Z'), BERLIN)?.toISOString()).toBe('2026-04-01T07:00:00.000Z');
    const meeting = makeMeeting(person.id, { startsAt: '2026-03-25T09:00:00.000Z', takeaways: ['x'] });
    expect(nextReflectionAlarmAt([person], byPerson, groupByPerson([meeting]), new Map(), new Date('2026-03-20T00:00:00.000Z'), BERLIN)?.toISOString()).toBe('2026-03-25T09:30:00.000Z');
    expect(nextReflectionAlarmAt([person], byPerson, new Map(), new Map(), new Date('2026-04-02T00:00:00.000Z'), BERLIN)).toBeNull();
  });
});

describe('the reflection record', () => {
  it('accepts an answer, a skip and a snooze, and refuses a bare number outside 1–5', () => {
    expect(reflectionSchema.safeParse(makeReflection('p', '2026-04-01T09:00:00.000Z')).success).toBe(true);
    expect(reflectionSchema.safeParse({ id: 's', personId: 'p', promptKey: 'k', kind: 'skipped', at: '2026-04-01T09:00:00.000Z' }).success).toBe(true);
    expect(reflectionSchema.safeParse({ id: 's', personId: 'p', promptKey: 'k', kind: 'snoozed', at: '2026-04-01T09:00:00.000Z' }).success).toBe(false);
    expect(reflectionSchema.safeParse(makeReflection('p', '2026-04-01T09:00:00.000Z', { progress: 6 as never })).success).toBe(false);
  });
});

describe('the badge title', () => {
  it('says what the number counts', async () => {
    const { badgeTitle } = await import('../../../utils/tracking/badge');
    expect(badgeTitle(0, 0)).toBe('Save this profile to Mentor Scout');
    expect(badgeTitle(2, 0)).toBe('Mentor Scout — 2 follow-ups due');
    expect(badgeTitle(0, 1)).toBe('Mentor Scout — 1 reflection due');
    expect(badgeTitle(1, 3)).toBe('Mentor Scout — 1 follow-up and 3 reflections due');
  });
});
