import { beforeEach, describe, expect, it } from 'vitest';
import { timelineEventSchema } from '../../../utils/schema/event';
import { personSchema } from '../../../utils/schema/person';
import type { Status } from '../../../utils/schema/status';
import {
  STATUSES,
  STATUS_LABELS,
  canTransition,
  changeStatus,
  lastActivityFrom,
  nextStatuses,
  transitionProblem,
  isQuiet,
  resumeStatus,
  undoStatusChange,
} from '../../../utils/tracking/status';
import { logInteraction } from '../../../utils/tracking/interactions';
import { T0, makeEvent, makePerson, makeStatusEvent, plus, resetIds } from '../builders';

beforeEach(() => resetIds());

/** The whole graph, written out once more so a change to it is a deliberate change to this table. */
const ALLOWED: Record<Status, Status[]> = {
  saved: ['drafted', 'sent'],
  drafted: ['sent', 'saved'],
  sent: ['replied', 'declined', 'no-reply', 'paused'],
  replied: ['meeting-scheduled', 'mentoring', 'declined', 'paused', 'ended'],
  'meeting-scheduled': ['mentoring', 'replied', 'declined', 'paused', 'ended'],
  mentoring: ['paused', 'ended'],
  declined: ['saved'],
  'no-reply': ['replied', 'declined', 'sent', 'saved'],
  paused: ['sent', 'replied', 'meeting-scheduled', 'mentoring', 'ended'],
  ended: ['mentoring', 'saved'],
};

describe('the transition graph', () => {
  for (const from of STATUSES) {
    for (const to of STATUSES) {
      const allowed = ALLOWED[from].includes(to);
      it(`${from} → ${to}: ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(canTransition(from, to, { noReplyReady: true })).toBe(allowed);
        const result = changeStatus(makePerson({ status: from }), to, { at: T0, noReplyReady: true });
        expect(result.ok).toBe(allowed);
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
      });
    }
  }

  it('offers no-reply only once the follow-ups are done', () => {
    expect(nextStatuses('sent')).toEqual(['replied', 'declined', 'paused']);
    expect(nextStatuses('sent', { noReplyReady: true })).toEqual(['replied', 'declined', 'no-reply', 'paused']);
    expect(transitionProblem('sent', 'no-reply')).toMatch(/follow-ups/);
  });

  it('has a plain label for every status', () => {
    for (const status of STATUSES) expect(STATUS_LABELS[status]).toMatch(/^[A-Z][a-z -]+$/);
  });

  it('explains a refusal and suggests correcting by hand', () => {
    expect(transitionProblem('saved', 'mentoring')).toMatch(/Correct by hand/);
    expect(transitionProblem('sent', 'sent')).toMatch(/already/);
  });
});

describe('changeStatus', () => {
  it('returns the updated person and a valid status event', () => {
    const person = makePerson({ status: 'sent', lastActivityAt: plus(T0, 1) });
    const result = changeStatus(person, 'replied', { at: plus(T0, 3), now: plus(T0, 4), channel: 'email', note: 'Warm answer', eventId: 'ev-x' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.person).toMatchObject({ status: 'replied', updatedAt: plus(T0, 4), lastActivityAt: plus(T0, 3) });
    expect(result.event).toEqual({ id: 'ev-x', personId: person.id, type: 'status', at: plus(T0, 3), from: 'sent', to: 'replied', channel: 'email', text: 'Warm answer' });
    expect(personSchema.safeParse(result.person).success).toBe(true);
    expect(timelineEventSchema.safeParse(result.event).success).toBe(true);
  });

  it('does not move lastActivityAt back for a back-dated change', () => {
    const person = makePerson({ status: 'sent', lastActivityAt: plus(T0, 5) });
    const result = changeStatus(person, 'replied', { at: plus(T0, 2) });
    expect(result.ok && result.person.lastActivityAt).toBe(plus(T0, 5));
  });

  it('allows any status when corrected by hand, still as an event', () => {
    const result = changeStatus(makePerson({ status: 'saved' }), 'mentoring', { at: T0, manual: true });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.event).toMatchObject({ type: 'status', from: 'saved', to: 'mentoring' });
    const noReply = changeStatus(makePerson({ status: 'sent' }), 'no-reply', { at: T0, manual: true });
    expect(noReply.ok).toBe(true);
  });

  it('refuses a change to the same status, even by hand', () => {
    expect(changeStatus(makePerson({ status: 'sent' }), 'sent', { at: T0, manual: true }).ok).toBe(false);
  });

  it('refuses sent → no-reply before the follow-ups are done', () => {
    const result = changeStatus(makePerson({ status: 'sent' }), 'no-reply', { at: T0 });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/follow-ups/) });
  });
});

describe('undoStatusChange', () => {
  it('restores the previous status and names the event to delete', () => {
    const person = makePerson({ status: 'sent' });
    const sent = makeEvent(person.id, 'note', plus(T0, 1));
    const change = changeStatus(person, 'replied', { at: plus(T0, 2) });
    if (!change.ok) throw new Error(change.reason);
    const undo = undoStatusChange(change.person, change.event, [sent, change.event], { now: plus(T0, 3) });
    expect(undo).toEqual({ ok: true, deleteEventId: change.event.id, person: { ...person, updatedAt: plus(T0, 3), lastActivityAt: plus(T0, 1) } });
  });

  it('refuses when a later status change happened', () => {
    const person = makePerson({ status: 'meeting-scheduled' });
    const first = makeStatusEvent(person.id, 'sent', 'replied', plus(T0, 1));
    const second = makeStatusEvent(person.id, 'replied', 'meeting-scheduled', plus(T0, 2));
    const undo = undoStatusChange(person, first, [first, second], { now: plus(T0, 3) });
    expect(undo).toEqual({ ok: false, reason: expect.stringMatching(/changed again later.*Meeting scheduled.*undo that change first/) });
    // The latest one can be undone.
    expect(undoStatusChange(person, second, [first, second], { now: plus(T0, 3) })).toMatchObject({ ok: true, person: { status: 'replied' } });
  });

  it('treats a merge that moved the status as a later change', () => {
    const person = makePerson({ status: 'replied' });
    const change = makeStatusEvent(person.id, 'saved', 'sent', plus(T0, 1));
    const merged = makeEvent(person.id, 'merged', plus(T0, 2), { from: 'sent', to: 'replied' });
    expect(undoStatusChange(person, change, [change, merged], { now: plus(T0, 3) }).ok).toBe(false);
  });

  it('refuses events that are not status changes, or of someone else, or stale', () => {
    const person = makePerson({ status: 'replied' });
    expect(undoStatusChange(person, makeEvent(person.id, 'note', T0), [], { now: T0 }).ok).toBe(false);
    expect(undoStatusChange(person, makeStatusEvent('someone-else', 'sent', 'replied', T0), [], { now: T0 }).ok).toBe(false);
    expect(undoStatusChange(person, makeStatusEvent(person.id, 'saved', 'sent', T0), [], { now: T0 })).toMatchObject({ ok: false, reason: expect.stringMatching(/now "They replied"/) });
    expect(undoStatusChange(person, makeEvent(person.id, 'status', T0, { to: 'replied' }), [], { now: T0 }).ok).toBe(false);
  });
});

describe('lastActivityFrom', () => {
  it('counts interactions and status changes, not bookkeeping', () => {
    const person = makePerson();
    const events = [makeEvent(person.id, 'reply', plus(T0, 2)), makeEvent(person.id, 'snapshot', plus(T0, 9)), makeEvent(person.id, 'copied', plus(T0, 8))];
    expect(lastActivityFrom(person, events)).toBe(plus(T0, 2));
    expect(lastActivityFrom(person, [])).toBe(person.createdAt);
  });
});

describe('logInteraction', () => {
  const ids = () => {
    let n = 0;
    return () => `ev-${++n}`;
  };

  it('moves drafted → sent when a request is logged, with channel and template on the event', () => {
    const person = makePerson({ status: 'drafted' });
    const { person: after, events } = logInteraction(person, { type: 'sent', at: plus(T0, 1), channel: 'email', templateId: 't-1', draftId: 'd-1', newId: ids() });
    expect(after.status).toBe('sent');
    expect(events).toEqual([
      { id: 'ev-1', personId: person.id, type: 'sent', at: plus(T0, 1), channel: 'email', templateId: 't-1', draftId: 'd-1' },
      { id: 'ev-2', personId: person.id, type: 'status', at: plus(T0, 1), from: 'drafted', to: 'sent', channel: 'email' },
    ]);
  });

  it('moves sent → replied on a reply and sent → meeting-scheduled on a meeting', () => {
    expect(logInteraction(makePerson({ status: 'sent' }), { type: 'reply', at: T0 }).person.status).toBe('replied');
    expect(logInteraction(makePerson({ status: 'sent' }), { type: 'meeting', at: T0, meetingId: 'm-1' }).person.status).toBe('meeting-scheduled');
  });

  it('leaves the status alone for follow-ups, notes, and people further along', () => {
    for (const [status, type] of [
      ['sent', 'follow-up'],
      ['sent', 'note'],
      ['mentoring', 'meeting'],
      ['meeting-scheduled', 'reply'],
    ] as const) {
      const result = logInteraction(makePerson({ status }), { type, at: T0 });
      expect(result.person.status).toBe(status);
      expect(result.events).toHaveLength(1);
    }
  });
});

describe('pausing and ending (issue #13)', () => {
  it('are quiet statuses with labels', () => {
    expect(isQuiet('paused')).toBe(true);
    expect(isQuiet('ended')).toBe(true);
    expect(isQuiet('mentoring')).toBe(false);
    expect(STATUS_LABELS.ended).toBe('Ended with thanks');
  });

  it('resume goes back to the status before the latest pause, else to Mentoring', () => {
    const person = makePerson({ status: 'paused' });
    const events = [
      makeStatusEvent(person.id, 'mentoring', 'paused', T0),
      makeStatusEvent(person.id, 'paused', 'mentoring', plus(T0, 1)),
      makeStatusEvent(person.id, 'sent', 'paused', plus(T0, 2)),
    ];
    expect(resumeStatus(person, events)).toBe('sent');
    expect(resumeStatus(person, [])).toBe('mentoring');
    expect(resumeStatus({ ...person, status: 'mentoring' }, events)).toBeNull();
    // An ended mentorship resumes as a mentorship, whatever came before the end.
    expect(resumeStatus({ ...person, status: 'ended' }, events)).toBe('mentoring');
    const resumed = changeStatus(person, 'sent', { at: plus(T0, 3) });
    expect(resumed.ok && resumed.event).toMatchObject({ type: 'status', from: 'paused', to: 'sent' });
  });
});
