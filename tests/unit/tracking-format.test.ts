import { describe, expect, it } from 'vitest';
import { describeEvent, formatDay, instantFromDayAndTime, instantFromDayInput, newestFirst } from '../../components/tracking/format';
import { makeEvent } from './builders';

const BERLIN = 'Europe/Berlin';
// Thursday 2025-12-04, 15:20 in Berlin.
const now = new Date('2025-12-04T14:20:00.000Z');

describe('dates picked in the tracking forms', () => {
  it('today is now; an earlier day keeps the clock time; a future or empty day is refused', () => {
    expect(instantFromDayInput('2025-12-04', now, BERLIN)).toBe(now.toISOString());
    expect(instantFromDayInput('2025-11-27', now, BERLIN)).toBe('2025-11-27T14:20:00.000Z');
    expect(instantFromDayInput('2025-12-05', now, BERLIN)).toBeNull();
    expect(instantFromDayInput('', now, BERLIN)).toBeNull();
  });

  it('a meeting day and time are read in the mentee’s zone, across a DST change', () => {
    expect(instantFromDayAndTime('2026-03-30', '10:00', BERLIN)).toBe('2026-03-30T08:00:00.000Z');
    expect(instantFromDayAndTime('2026-03-27', '10:00', BERLIN)).toBe('2026-03-27T09:00:00.000Z');
    expect(instantFromDayAndTime('2026-03-27', '', BERLIN)).toBeNull();
  });

  it('says the day as "3 Dec", with the year only when it is another year', () => {
    expect(formatDay('2025-12-03', BERLIN, now, 'en-GB')).toBe('3 Dec');
    expect(formatDay('2024-12-31T23:30:00.000Z', BERLIN, now, 'en-GB')).toBe('1 Jan');
    expect(formatDay('2024-06-01', BERLIN, now, 'en-GB')).toBe('1 Jun 2024');
  });
});

describe('timeline entries in words', () => {
  it('names status changes, corrections and interactions plainly', () => {
    expect(describeEvent(makeEvent('p', 'status', now.toISOString(), { from: 'sent', to: 'replied' }))).toBe('Status: Request sent → They replied');
    expect(describeEvent(makeEvent('p', 'status', now.toISOString(), { from: 'saved', to: 'mentoring', manual: true }))).toBe('Status: Saved → Mentoring (corrected by hand)');
    expect(describeEvent(makeEvent('p', 'reply', now.toISOString()))).toBe('They replied');
  });

  it('lists newest first, and a status change after the interaction that caused it', () => {
    const at = now.toISOString();
    const reply = makeEvent('p', 'reply', at, { id: 'reply' });
    const status = makeEvent('p', 'status', at, { id: 'status', from: 'sent', to: 'replied' });
    const sent = makeEvent('p', 'sent', '2025-11-20T10:00:00.000Z', { id: 'sent' });
    expect(newestFirst([sent, reply, status]).map((e) => e.id)).toEqual(['status', 'reply', 'sent']);
    expect(newestFirst([status, sent, reply]).map((e) => e.id)).toEqual(['status', 'reply', 'sent']);
  });
});
