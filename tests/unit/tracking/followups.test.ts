import { beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../utils/schema/event';
import type { Person } from '../../../utils/schema/person';
import { changeStatus } from '../../../utils/tracking/status';
import {
  badgeCount,
  dueItems,
  groupByPerson,
  isReadyForNoReply,
  nextAlarmAt,
  nextFollowUp,
  type TodayItem,
} from '../../../utils/tracking/followups';
import { makeActionItem, makeEvent, makeMeeting, makePerson, makeStatusEvent, resetIds } from '../builders';

beforeEach(() => resetIds());

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const prefs = { followUpDays: 7, maxFollowUps: 1 };

function sentPerson(at: string, extra: Partial<Person> = {}): { person: Person; events: TimelineEvent[] } {
  const person = makePerson({ status: 'sent', lastActivityAt: at, ...extra });
  return { person, events: [makeEvent(person.id, 'sent', at, { channel: 'message' })] };
}

function today(person: Person, events: TimelineEvent[], now: string, zone = BERLIN, p = prefs): TodayItem[] {
  return dueItems([person], groupByPerson(events), new Map(), p, new Date(now), zone);
}

describe('follow-up due dates across daylight-saving changes', () => {
  it('Berlin, spring forward: sent 2026-03-25 10:00 → due 2026-04-01 10:00 local', () => {
    const { person, events } = sentPerson('2026-03-25T09:00:00.000Z'); // 10:00 CET
    const next = nextFollowUp(person, events, prefs, BERLIN);
    expect(next).toMatchObject({ kind: 'follow-up', number: 1, of: 1, dueAt: '2026-04-01T08:00:00.000Z', dueDay: '2026-04-01' }); // 10:00 CEST
  });

  it('New York, fall back: sent 2026-10-28 10:00 → due 2026-11-04 10:00 local', () => {
    const { person, events } = sentPerson('2026-10-28T14:00:00.000Z'); // 10:00 EDT
    expect(nextFollowUp(person, events, prefs, NEW_YORK)).toMatchObject({ dueAt: '2026-11-04T15:00:00.000Z', dueDay: '2026-11-04' }); // 10:00 EST
  });

  it('lists it from the start of the due day in the mentee’s zone, not before', () => {
    const { person, events } = sentPerson('2026-03-25T09:00:00.000Z');
    expect(today(person, events, '2026-03-31T21:59:00.000Z')).toEqual([]); // 23:59 on the 31st in Berlin
    expect(today(person, events, '2026-03-31T22:00:00.000Z')).toMatchObject([{ kind: 'follow-up', dueDay: '2026-04-01', overdueDays: 0 }]);
    expect(today(person, events, '2026-04-03T12:00:00.000Z')).toMatchObject([{ kind: 'follow-up', overdueDays: 2 }]);
  });

  it('a late-evening send in New York is due on the local day, not the UTC one', () => {
    const { person, events } = sentPerson('2026-11-02T03:30:00.000Z'); // 22:30 EST on Nov 1
    expect(nextFollowUp(person, events, prefs, NEW_YORK)).toMatchObject({ dueDay: '2026-11-08', dueAt: '2026-11-09T03:30:00.000Z' });
    expect(nextFollowUp(person, events, prefs, 'UTC')).toMatchObject({ dueDay: '2026-11-09' });
  });
});

describe('the clock and the count', () => {
  const sentAt = '2026-05-04T08:00:00.000Z';

  it('any exchange restarts the clock: a follow-up, or a reply logged while still "sent"', () => {
    const { person, events } = sentPerson(sentAt);
    const withFollowUp = [...events, makeEvent(person.id, 'follow-up', '2026-05-11T08:00:00.000Z')];
    expect(nextFollowUp(person, withFollowUp, { followUpDays: 7, maxFollowUps: 2 }, BERLIN)).toMatchObject({ kind: 'follow-up', number: 2, dueDay: '2026-05-18' });
    const withReply = [...events, makeEvent(person.id, 'reply', '2026-05-06T08:00:00.000Z')];
    expect(nextFollowUp(person, withReply, prefs, BERLIN)).toMatchObject({ kind: 'follow-up', number: 1, dueDay: '2026-05-13' });
  });

  it('a note does not restart the clock', () => {
    const { person, events } = sentPerson(sentAt);
    const withNote = [...events, makeEvent(person.id, 'note', '2026-05-09T08:00:00.000Z', { text: 'Loved her talk' })];
    expect(nextFollowUp(person, withNote, prefs, BERLIN)).toMatchObject({ dueDay: '2026-05-11' });
  });

  it('after max follow-ups and the wait, offers "no reply" as a separate item to confirm', () => {
    const { person, events } = sentPerson(sentAt);
    const all = [...events, makeEvent(person.id, 'follow-up', '2026-05-11T09:00:00.000Z')];
    expect(today(person, all, '2026-05-17T12:00:00.000Z')).toEqual([]);
    const items = today(person, all, '2026-05-18T05:00:00.000Z');
    expect(items).toEqual([
      { kind: 'confirm-no-reply', personId: person.id, name: 'Ada Example', followUpsSent: 1, dueAt: '2026-05-18T09:00:00.000Z', dueDay: '2026-05-18', overdueDays: 0 },
    ]);
    expect(isReadyForNoReply(person, all, prefs, new Date('2026-05-17T12:00:00.000Z'), BERLIN)).toBe(false);
    expect(isReadyForNoReply(person, all, prefs, new Date('2026-05-18T05:00:00.000Z'), BERLIN)).toBe(true);
    // The badge counts follow-ups only, not the confirmation.
    expect(badgeCount([person], groupByPerson(all), prefs, new Date('2026-05-18T05:00:00.000Z'), BERLIN)).toBe(0);
    // And the confirmation unlocks sent → no-reply.
    const ready = isReadyForNoReply(person, all, prefs, new Date('2026-05-18T05:00:00.000Z'), BERLIN);
    expect(changeStatus(person, 'no-reply', { at: '2026-05-18T05:00:00.000Z', noReplyReady: ready }).ok).toBe(true);
  });

  it('with maxFollowUps 0, goes straight to the no-reply confirmation', () => {
    const { person, events } = sentPerson(sentAt);
    expect(nextFollowUp(person, events, { followUpDays: 10, maxFollowUps: 0 }, BERLIN)).toMatchObject({ kind: 'confirm-no-reply', followUpsSent: 0, dueDay: '2026-05-14' });
  });

  it('never offers "no reply" to someone who answered; nothing is due once their follow-ups are used', () => {
    const { person, events } = sentPerson(sentAt);
    const all = [...events, makeEvent(person.id, 'reply', '2026-05-05T08:00:00.000Z'), makeEvent(person.id, 'follow-up', '2026-05-12T08:00:00.000Z')];
    expect(nextFollowUp(person, all, prefs, BERLIN)).toBeNull();
  });

  it('a new request after "no reply" starts a fresh count', () => {
    const person = makePerson({ status: 'sent' });
    const events = [
      makeEvent(person.id, 'sent', '2026-01-05T08:00:00.000Z'),
      makeEvent(person.id, 'follow-up', '2026-01-12T08:00:00.000Z'),
      makeStatusEvent(person.id, 'sent', 'no-reply', '2026-01-20T08:00:00.000Z'),
      makeStatusEvent(person.id, 'no-reply', 'sent', '2026-03-02T08:00:00.000Z'),
    ];
    expect(nextFollowUp(person, events, prefs, BERLIN)).toMatchObject({ kind: 'follow-up', number: 1, dueDay: '2026-03-09' });
  });

  it('uses lastActivityAt when a "sent" person has no logged request (imported)', () => {
    const person = makePerson({ status: 'sent', lastActivityAt: '2026-02-01T10:00:00.000Z' });
    expect(nextFollowUp(person, [], prefs, 'UTC')).toMatchObject({ dueDay: '2026-02-08' });
  });

  it('ignores people not waiting for an answer', () => {
    for (const status of ['saved', 'drafted', 'replied', 'meeting-scheduled', 'mentoring', 'declined', 'no-reply'] as const) {
      const person = makePerson({ status });
      expect(nextFollowUp(person, [makeEvent(person.id, 'sent', sentAt)], prefs, BERLIN)).toBeNull();
    }
  });

  it('ignores events of other people passed by mistake', () => {
    const { person, events } = sentPerson(sentAt);
    const stray = makeEvent('someone-else', 'follow-up', '2026-05-10T08:00:00.000Z');
    expect(nextFollowUp(person, [...events, stray], prefs, BERLIN)).toMatchObject({ number: 1, dueDay: '2026-05-11' });
  });
});

describe('the Today list', () => {
  const now = new Date('2026-06-10T07:00:00.000Z'); // 09:00 in Berlin

  it('lists meetings, follow-ups, action items and confirmations in that order', () => {
    const a = makePerson({ status: 'sent', profile: { name: 'Anna' } });
    const b = makePerson({ status: 'sent', profile: { name: 'Bo' } });
    const c = makePerson({ status: 'mentoring', profile: { name: 'Cy' } });
    const events = [
      makeEvent(a.id, 'sent', '2026-06-01T08:00:00.000Z'),
      makeEvent(b.id, 'sent', '2026-05-20T08:00:00.000Z'),
      makeEvent(b.id, 'follow-up', '2026-05-27T08:00:00.000Z'),
    ];
    const meetings = [
      makeMeeting(c.id, {
        startsAt: '2026-06-10T15:00:00.000Z',
        actionItems: [
          makeActionItem({ text: 'Overdue', due: '2026-06-08' }),
          makeActionItem({ text: 'Today', due: '2026-06-10' }),
          makeActionItem({ text: 'Later', due: '2026-06-11' }),
          makeActionItem({ text: 'Done', due: '2026-06-01', done: true }),
          makeActionItem({ text: 'No day' }),
        ],
      }),
      makeMeeting(c.id, { startsAt: '2026-06-09T15:00:00.000Z' }),
      makeMeeting(c.id, { startsAt: '2026-06-11T15:00:00.000Z' }),
    ];
    const items = dueItems([a, b, c], groupByPerson(events), groupByPerson(meetings), prefs, now, BERLIN);
    expect(items.map((i) => [i.kind, i.name, 'item' in i ? i.item.text : ''])).toEqual([
      ['meeting', 'Cy', ''],
      ['follow-up', 'Anna', ''],
      ['action-item', 'Cy', 'Overdue'],
      ['action-item', 'Cy', 'Today'],
      ['confirm-no-reply', 'Bo', ''],
    ]);
    expect(items[0]).toMatchObject({ startsAt: '2026-06-10T15:00:00.000Z', endsAt: '2026-06-10T15:30:00.000Z', inProgress: false });
    expect(items[2]).toMatchObject({ overdueDays: 2 });
    expect(badgeCount([a, b, c], groupByPerson(events), prefs, now, BERLIN)).toBe(1);
  });

  it('drops a meeting of today once it has ended, and marks one in progress', () => {
    const c = makePerson({ status: 'mentoring' });
    const meetings = groupByPerson([makeMeeting(c.id, { startsAt: '2026-06-10T06:00:00.000Z', durationMinutes: 30 }), makeMeeting(c.id, { startsAt: '2026-06-10T06:45:00.000Z', durationMinutes: 60 })]);
    const items = dueItems([c], new Map(), meetings, prefs, now, BERLIN);
    expect(items).toMatchObject([{ kind: 'meeting', startsAt: '2026-06-10T06:45:00.000Z', inProgress: true }]);
  });

  it('uses the mentee’s calendar for "today", not the meeting’s zone', () => {
    const c = makePerson({ status: 'mentoring' });
    // 23:30 UTC on the 10th is the 11th in Berlin, and the 10th in New York.
    const meetings = groupByPerson([makeMeeting(c.id, { startsAt: '2026-06-10T23:30:00.000Z', timeZone: NEW_YORK })]);
    expect(dueItems([c], new Map(), meetings, prefs, now, BERLIN)).toEqual([]);
    expect(dueItems([c], new Map(), meetings, prefs, now, NEW_YORK)).toHaveLength(1);
  });

  it('survives an unknown time zone by computing in UTC', () => {
    const { person, events } = sentPerson('2026-06-01T08:00:00.000Z');
    expect(() => today(person, events, '2026-06-09T00:00:00.000Z', 'Not/AZone')).not.toThrow();
    expect(today(person, events, '2026-06-08T00:00:00.000Z', 'Not/AZone')).toHaveLength(1);
  });
});

describe('nextAlarmAt', () => {
  it('wakes at 9:00 local on the next due day, or before the next meeting, whichever is first', () => {
    const { person, events } = sentPerson('2026-03-25T09:00:00.000Z');
    const now = new Date('2026-03-26T12:00:00.000Z');
    const alarm = nextAlarmAt([person], groupByPerson(events), new Map(), prefs, now, BERLIN);
    expect(alarm?.toISOString()).toBe('2026-04-01T07:00:00.000Z'); // 09:00 CEST
    const meeting = makeMeeting(person.id, { startsAt: '2026-03-30T10:00:00.000Z' });
    const withMeeting = nextAlarmAt([person], groupByPerson(events), groupByPerson([meeting]), prefs, now, BERLIN);
    expect(withMeeting?.toISOString()).toBe('2026-03-30T09:45:00.000Z');
  });

  it('is null when nothing is coming', () => {
    expect(nextAlarmAt([makePerson({ status: 'replied' })], new Map(), new Map(), prefs, new Date(), BERLIN)).toBeNull();
  });
});

describe('paused and ended (issue #13)', () => {
  it('stop follow-ups and meeting reminders; resuming to "sent" restarts the follow-up clock', () => {
    const sentAt = '2026-05-04T08:00:00.000Z';
    const { person, events } = sentPerson(sentAt);
    const paused = { ...person, status: 'paused' as const };
    const pause = makeStatusEvent(person.id, 'sent', 'paused', '2026-05-05T08:00:00.000Z');
    const meeting = makeMeeting(person.id, { startsAt: '2026-06-01T12:00:00.000Z', actionItems: [makeActionItem({ due: '2026-06-01' })] });
    const now = new Date('2026-06-01T10:00:00.000Z');
    const items = dueItems([paused], groupByPerson([...events, pause]), groupByPerson([meeting]), prefs, now, BERLIN);
    // The mentee's own action item stays; the meeting and the follow-up do not.
    expect(items.map((i) => i.kind)).toEqual(['action-item']);
    expect(dueItems([{ ...person, status: 'ended' }], groupByPerson(events), groupByPerson([meeting]), prefs, now, BERLIN).map((i) => i.kind)).toEqual(['action-item']);
    expect(nextAlarmAt([paused], groupByPerson(events), groupByPerson([{ ...meeting, actionItems: [] }]), prefs, new Date('2026-05-20T00:00:00.000Z'), BERLIN)).toBeNull();

    const resume = makeStatusEvent(person.id, 'paused', 'sent', '2026-05-30T08:00:00.000Z');
    expect(nextFollowUp(person, [...events, pause, resume], prefs, BERLIN)).toMatchObject({ kind: 'follow-up', number: 1, dueDay: '2026-06-06' });
  });
});
