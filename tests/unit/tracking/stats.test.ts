import { beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../utils/schema/event';
import type { Channel } from '../../../utils/schema/channel';
import type { Person } from '../../../utils/schema/person';
import { groupByPerson } from '../../../utils/tracking/followups';
import { firstRequestOutcome, formatDuration, inactivePeople, median, outreachStats } from '../../../utils/tracking/stats';
import { T0, makeEvent, makePerson, makeStatusEvent, plus, resetIds } from '../builders';

beforeEach(() => resetIds());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Someone sent a request at T0 + `sentDay` on a channel/template, replied `replyHours` later (or never). */
function outreach(channel: Channel | undefined, templateId: string | undefined, replyHours: number | null, status: Person['status'] = 'sent'): { person: Person; events: TimelineEvent[] } {
  const person = makePerson({ status });
  const sentAt = plus(T0, 1);
  const events = [makeEvent(person.id, 'sent', sentAt, { ...(channel ? { channel } : {}), ...(templateId ? { templateId } : {}) })];
  if (replyHours !== null) events.push(makeEvent(person.id, 'reply', new Date(Date.parse(sentAt) + replyHours * HOUR).toISOString()));
  return { person, events };
}

describe('median', () => {
  it('takes the middle, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('outreachStats', () => {
  it('counts by status and computes reply rate and median by channel and template', () => {
    const cases = [
      outreach('email', 't-short', 2),
      outreach('email', 't-short', 10),
      outreach('email', 't-long', null),
      outreach('message', 't-short', 48),
      outreach('message', undefined, 24),
      outreach('message', undefined, null),
      outreach('message', undefined, 72),
      outreach(undefined, undefined, null),
    ];
    const notSent = makePerson({ status: 'saved' });
    const people = [...cases.map((c) => c.person), notSent];
    const events = groupByPerson(cases.flatMap((c) => c.events));
    const stats = outreachStats(people, events, new Date(plus(T0, 2)));

    expect(stats.total).toBe(9);
    expect(stats.byStatus).toEqual({ saved: 1, drafted: 0, sent: 8, replied: 0, 'meeting-scheduled': 0, mentoring: 0, declined: 0, 'no-reply': 0, paused: 0, ended: 0 });
    expect(stats.overall).toEqual({ sent: 8, replied: 5, replyRate: 5 / 8, medianReplyMs: 24 * HOUR });

    expect(stats.byChannel).toEqual([
      { channel: 'message', sent: 4, replied: 3, replyRate: 0.75, medianReplyMs: 48 * HOUR },
      { channel: 'email', sent: 3, replied: 2, replyRate: 2 / 3, medianReplyMs: 6 * HOUR },
      { channel: null, sent: 1, replied: 0, replyRate: 0, medianReplyMs: null },
    ]);
    expect(stats.byTemplate).toEqual([
      { templateId: null, sent: 4, replied: 2, replyRate: 0.5, medianReplyMs: 48 * HOUR },
      { templateId: 't-short', sent: 3, replied: 3, replyRate: 1, medianReplyMs: 10 * HOUR },
      { templateId: 't-long', sent: 1, replied: 0, replyRate: 0, medianReplyMs: null },
    ]);
  });

  it('measures from the first request to the first answer, counting follow-ups once', () => {
    const person = makePerson({ status: 'replied' });
    const events = [
      makeEvent(person.id, 'sent', plus(T0, 0), { channel: 'connection-note' }),
      makeEvent(person.id, 'follow-up', plus(T0, 7)),
      makeEvent(person.id, 'sent', plus(T0, 8), { channel: 'email' }),
      makeEvent(person.id, 'reply', plus(T0, 9)),
      makeEvent(person.id, 'reply', plus(T0, 10)),
    ];
    expect(firstRequestOutcome(events)).toEqual({ channel: 'connection-note', templateId: null, replyMs: 9 * DAY });
  });

  it('counts a status change to replied or declined as an answer when no reply was logged', () => {
    const person = makePerson({ status: 'declined' });
    const events = [makeStatusEvent(person.id, 'saved', 'sent', plus(T0, 0)), makeStatusEvent(person.id, 'sent', 'declined', plus(T0, 3))];
    expect(firstRequestOutcome(events)).toEqual({ channel: null, templateId: null, replyMs: 3 * DAY });
  });

  it('prefers the "sent" event over a status change at the same moment (it carries the channel)', () => {
    const person = makePerson({ status: 'sent' });
    const events = [makeStatusEvent(person.id, 'drafted', 'sent', T0), makeEvent(person.id, 'sent', T0, { channel: 'inmail', templateId: 't-9' })];
    expect(firstRequestOutcome(events)).toMatchObject({ channel: 'inmail', templateId: 't-9' });
  });

  it('ignores an answer logged before any request', () => {
    const person = makePerson();
    const events = [makeEvent(person.id, 'reply', T0), makeEvent(person.id, 'sent', plus(T0, 1))];
    expect(firstRequestOutcome(events)?.replyMs).toBeNull();
    expect(firstRequestOutcome([makeEvent(person.id, 'note', T0)])).toBeNull();
  });

  it('has null figures with nothing sent', () => {
    expect(outreachStats([], new Map(), new Date(T0)).overall).toEqual({ sent: 0, replied: 0, replyRate: null, medianReplyMs: null });
  });
});

describe('inactive people', () => {
  it('lists people idle for 30+ days, longest first, leaving out closed ones by default', () => {
    const now = new Date(plus(T0, 100));
    const idle40 = makePerson({ status: 'sent', lastActivityAt: plus(T0, 60) });
    const idle30 = makePerson({ status: 'mentoring', lastActivityAt: plus(T0, 70) });
    const idle29 = makePerson({ status: 'saved', lastActivityAt: plus(T0, 71) });
    const declined = makePerson({ status: 'declined', lastActivityAt: plus(T0, 1) });
    const people = [idle29, idle30, declined, idle40];
    expect(inactivePeople(people, now)).toEqual([idle40.id, idle30.id]);
    expect(inactivePeople(people, now, { includeClosedInInactive: true })).toEqual([declined.id, idle40.id, idle30.id]);
    expect(inactivePeople(people, now, { inactiveDays: 29 })).toEqual([idle40.id, idle30.id, idle29.id]);
    expect(outreachStats(people, new Map(), now).inactive).toEqual([idle40.id, idle30.id]);
  });
});

describe('formatDuration', () => {
  it('says durations in plain words', () => {
    expect(formatDuration(20 * 60_000)).toBe('under an hour');
    expect(formatDuration(HOUR)).toBe('1 hour');
    expect(formatDuration(30 * HOUR)).toBe('30 hours');
    expect(formatDuration(3.4 * DAY)).toBe('3 days');
  });
});

describe('paused and ended in the stats (issue #13)', () => {
  it('are counted by status and never listed as inactive: the quiet is chosen', () => {
    const paused = makePerson({ status: 'paused', lastActivityAt: T0 });
    const ended = makePerson({ status: 'ended', lastActivityAt: T0 });
    const now = new Date(plus(T0, 90));
    const stats = outreachStats([paused, ended], new Map(), now);
    expect(stats.byStatus).toMatchObject({ paused: 1, ended: 1 });
    expect(stats.inactive).toEqual([]);
    expect(inactivePeople([paused, ended], now, { includeClosedInInactive: true })).toHaveLength(2);
  });
});
