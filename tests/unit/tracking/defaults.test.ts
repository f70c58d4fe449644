import { describe, expect, it } from 'vitest';
import { isSuperseded, latestStatusEventId, meetingMinutesFor, replyChannelFor } from '../../../utils/tracking/defaults';
import type { Goals } from '../../../utils/schema/goals';
import { makeEvent, makeStatusEvent } from '../builders';

const P = 'li:someone';

describe('what the tracking forms start with', () => {
  it('a reply is expected where the request went; a connection note is answered by message', () => {
    expect(replyChannelFor([makeEvent(P, 'sent', '2026-11-01T10:00:00.000Z', { channel: 'connection-note' })])).toBe('message');
    expect(replyChannelFor([makeEvent(P, 'sent', '2026-11-01T10:00:00.000Z', { channel: 'email' })])).toBe('email');
    expect(replyChannelFor([makeEvent(P, 'sent', '2026-11-01T10:00:00.000Z', { channel: 'inmail' })])).toBe('inmail');
    // The latest outreach wins: a follow-up by email after a note.
    expect(
      replyChannelFor([
        makeEvent(P, 'sent', '2026-11-01T10:00:00.000Z', { channel: 'connection-note' }),
        makeEvent(P, 'follow-up', '2026-11-08T10:00:00.000Z', { channel: 'email' }),
      ]),
    ).toBe('email');
    expect(replyChannelFor([])).toBe('message');
  });

  it('a meeting lasts what the goals ask for, else half an hour', () => {
    const goals: Goals = { summary: 'x', reasons: [], helpWanted: '', ask: { format: 'call', minutes: 20 } };
    expect(meetingMinutesFor(goals)).toBe(20);
    expect(meetingMinutesFor({ ...goals, ask: { format: 'call' } })).toBe(30);
    expect(meetingMinutesFor(null)).toBe(30);
  });

  it('only the newest status change can be undone', () => {
    const older = makeStatusEvent(P, 'saved', 'sent', '2026-11-01T10:00:00.000Z');
    const newer = makeStatusEvent(P, 'sent', 'replied', '2026-11-05T10:00:00.000Z');
    expect(latestStatusEventId([newer, older, makeEvent(P, 'note', '2026-11-06T10:00:00.000Z')])).toBe(newer.id);
  });

  it('a “Logged their reply … Undo” message goes out of date once something newer happens', () => {
    const reply = makeEvent(P, 'reply', '2026-11-05T10:00:00.000Z');
    const status = makeStatusEvent(P, 'sent', 'replied', '2026-11-05T10:00:00.000Z');
    expect(isSuperseded([reply.id, status.id], [reply, status])).toBe(false);
    const meeting = makeEvent(P, 'meeting', '2026-11-06T09:00:00.000Z');
    expect(isSuperseded([reply.id, status.id], [reply, status, meeting])).toBe(true);
    expect(isSuperseded(undefined, [reply, meeting])).toBe(false);
  });
});
