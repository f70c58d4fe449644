import { describe, expect, it } from 'vitest';
import { agreedFrequency, reflectWeeks, suggestedReflectWeeks, weeksFromFrequency } from '../../../utils/tracking/rhythm';
import { makeMeeting } from '../builders';

describe('weeksFromFrequency', () => {
  const cases: Array<[string, number | null]> = [
    ['weekly', 1],
    ['Once a week', 1],
    ['every other week', 2],
    ['Bi-weekly calls', 2],
    ['fortnightly', 2],
    ['twice a month', 2],
    ['monthly', 4],
    ['once a month, 30 minutes', 4],
    ['every 3 weeks', 3],
    ['every three weeks', 3],
    ['every 2 months', 8],
    ['every other month', 8],
    ['quarterly', 13],
    ['daily on Slack', 1],
    ['4 times a month', 1],
    ['when needed', null],
    ['', null],
    [undefined as unknown as string, null],
  ];
  for (const [words, weeks] of cases) {
    it(`"${words}" → ${weeks}`, () => expect(weeksFromFrequency(words)).toBe(weeks));
  }
});

describe('the rhythm in effect', () => {
  it('uses the latest meeting’s agreed words, else 4; the person’s own setting wins', () => {
    const old = makeMeeting('p', { startsAt: '2026-01-01T09:00:00.000Z', expectations: { frequency: 'weekly', channel: '' } });
    const latest = makeMeeting('p', { startsAt: '2026-02-01T09:00:00.000Z', expectations: { frequency: 'monthly', channel: '' } });
    const silent = makeMeeting('p', { startsAt: '2026-03-01T09:00:00.000Z' });
    expect(agreedFrequency([old, latest, silent])).toBe('monthly');
    expect(suggestedReflectWeeks([old, silent])).toBe(1);
    expect(suggestedReflectWeeks([silent])).toBe(4);
    expect(suggestedReflectWeeks([makeMeeting('p', { expectations: { frequency: 'as needed', channel: '' } })])).toBe(4);
    expect(reflectWeeks({ reflectEveryWeeks: 3 }, [old])).toBe(3);
    expect(reflectWeeks({}, [old])).toBe(1);
  });
});
