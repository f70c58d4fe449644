import { beforeEach, describe, expect, it } from 'vitest';
import { groupByPerson } from '../../../utils/tracking/followups';
import {
  actionItemShare,
  furthestStage,
  mentorshipHealth,
  mentorshipOverview,
  outreachFunnel,
  prepList,
  progressSeries,
  withPrepQuestions,
} from '../../../utils/tracking/progress';
import { makeActionItem, makeEvent, makeMeeting, makePerson, makeReflection, makeStatusEvent, resetIds } from '../builders';

beforeEach(() => resetIds());

const NOW = new Date('2026-06-01T09:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

function mentor(sinceDaysAgo: number) {
  const person = makePerson({ status: 'mentoring', profile: { name: 'Ada Example' } });
  return { person, events: [makeStatusEvent(person.id, 'replied', 'mentoring', daysAgo(sinceDaysAgo))] };
}

describe('progressSeries and actionItemShare', () => {
  it('lists answered reflections oldest first, ignoring skips and snoozes', () => {
    const a = makeReflection('p', daysAgo(10), { progress: 4 });
    const b = makeReflection('p', daysAgo(40), { progress: 2, working: 'no' });
    const points = progressSeries([a, { id: 's', personId: 'p', promptKey: 'k', kind: 'skipped', at: daysAgo(5) }, b]);
    expect(points).toEqual([
      { reflectionId: b.id, at: b.at, progress: 2, working: 'no' },
      { reflectionId: a.id, at: a.at, progress: 4, working: 'partly' },
    ]);
  });

  it('counts action items done', () => {
    const m1 = makeMeeting('p', { actionItems: [makeActionItem({ done: true }), makeActionItem()] });
    const m2 = makeMeeting('p', { actionItems: [makeActionItem({ done: true })] });
    expect(actionItemShare([m1, m2])).toEqual({ done: 2, total: 3 });
    expect(actionItemShare([])).toEqual({ done: 0, total: 0 });
  });
});

describe('mentorshipHealth (periods of 4 weeks: stalled after 8 weeks)', () => {
  it('stalled without a meeting for two periods, with a next step', () => {
    const { person, events } = mentor(100);
    const old = makeMeeting(person.id, { startsAt: daysAgo(60) });
    expect(mentorshipHealth(person, events, [old], [], NOW)).toMatchObject({ state: 'stalled', because: 'no-meeting', nextStep: expect.stringMatching(/meeting/) });
    // A meeting on the calendar, or a recent one, is movement.
    expect(mentorshipHealth(person, events, [old, makeMeeting(person.id, { startsAt: daysAgo(-3) })], [], NOW)?.state).toBe('moving');
    expect(mentorshipHealth(person, events, [makeMeeting(person.id, { startsAt: daysAgo(20) })], [], NOW)?.state).toBe('moving');
  });

  it('too early to say is moving', () => {
    const { person, events } = mentor(20);
    expect(mentorshipHealth(person, events, [], [], NOW)).toEqual({ state: 'moving', nextStep: 'Schedule the next meeting.' });
  });

  it('stalled when progress has not risen for two periods; not working suggests pausing or ending', () => {
    const { person, events } = mentor(100);
    const meeting = makeMeeting(person.id, { startsAt: daysAgo(10) });
    const before = makeReflection(person.id, daysAgo(70), { progress: 3 });
    const flat = [before, makeReflection(person.id, daysAgo(40), { progress: 3 }), makeReflection(person.id, daysAgo(9), { progress: 2 })];
    expect(mentorshipHealth(person, events, [meeting], flat, NOW)).toMatchObject({ state: 'stalled', because: 'no-progress', nextStep: expect.stringMatching(/change/) });
    const notWorking = [before, makeReflection(person.id, daysAgo(9), { progress: 1, working: 'no' })];
    expect(mentorshipHealth(person, events, [meeting], notWorking, NOW)).toMatchObject({ nextStep: expect.stringMatching(/pausing, or ending/) });
    const rising = [before, makeReflection(person.id, daysAgo(9), { progress: 4 })];
    expect(mentorshipHealth(person, events, [meeting], rising, NOW)?.state).toBe('moving');
  });

  it('names the open action item as the next step when moving; nothing for other statuses', () => {
    const { person, events } = mentor(30);
    const meeting = makeMeeting(person.id, { startsAt: daysAgo(5), actionItems: [makeActionItem({ text: 'Draft the team charter' })] });
    expect(mentorshipHealth(person, events, [meeting], [], NOW)).toEqual({ state: 'moving', nextStep: 'Do the open action item: Draft the team charter' });
    expect(mentorshipHealth({ ...person, status: 'paused' }, events, [], [], NOW)).toBeNull();
  });

  it('the overview lists stalled first', () => {
    const moving = mentor(10);
    const stalled = mentor(100);
    stalled.person.profile.name = 'Zed Example';
    const rows = mentorshipOverview([moving.person, stalled.person, makePerson()], groupByPerson([...moving.events, ...stalled.events]), new Map(), new Map(), NOW);
    expect(rows.map((r) => [r.name, r.health.state])).toEqual([
      ['Zed Example', 'stalled'],
      ['Ada Example', 'moving'],
    ]);
  });
});

describe('the outreach funnel', () => {
  it('counts everyone who reached each stage or beyond, from the history as well as the status', () => {
    const saved = makePerson();
    const sent = makePerson({ status: 'sent' });
    const declined = makePerson({ status: 'declined' });
    const ended = makePerson({ status: 'ended' });
    const mentoredThenPaused = makePerson({ status: 'paused' });
    const events = [makeStatusEvent(mentoredThenPaused.id, 'replied', 'mentoring', daysAgo(50)), makeEvent(sent.id, 'reply', daysAgo(3))];
    expect(furthestStage(mentoredThenPaused, events)).toBe(5);
    expect(outreachFunnel([saved, sent, declined, ended, mentoredThenPaused], groupByPerson(events))).toEqual([
      { stage: 'saved', count: 5 },
      { stage: 'drafted', count: 4 },
      { stage: 'sent', count: 4 },
      { stage: 'replied', count: 3 },
      { stage: 'meeting-scheduled', count: 1 },
      { stage: 'mentoring', count: 1 },
    ]);
  });
});

describe('the next meeting’s prep list', () => {
  it('takes what to change from the latest reflection since the last meeting, then open action items', () => {
    const last = makeMeeting('p', { startsAt: daysAgo(14), actionItems: [makeActionItem({ text: 'Read the book' }), makeActionItem({ text: 'Done one', done: true })] });
    const older = makeReflection('p', daysAgo(20), { changes: ['channel'] });
    const latest = makeReflection('p', daysAgo(7), { changes: ['sharper-questions', 'frequency'], changeNote: 'Ask how she ran her first 1:1s' });
    expect(prepList([last], [latest, older], NOW)).toEqual([
      'Bring more specific questions',
      'Meet more or less often',
      'Ask how she ran her first 1:1s',
      'Action item: Read the book',
    ]);
    // A reflection from before the last meeting was discussed there.
    expect(prepList([last], [older], NOW)).toEqual(['Action item: Read the book']);
  });

  it('adds the prep lines to a meeting’s questions without duplicates', () => {
    expect(withPrepQuestions(['Own question', 'Action item: Read the book'], ['Action item: Read the book', 'Bring more specific questions'])).toEqual([
      'Own question',
      'Action item: Read the book',
      'Bring more specific questions',
    ]);
  });
});
