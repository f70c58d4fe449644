// @vitest-environment happy-dom
// The Overview as a picture with its numbers as text (issue #13): the funnel from saved to
// mentoring, reply rate by channel, and each mentorship moving or stalled with its next step.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OverviewView } from '../../../components/OverviewView';
import { closeDatabases, openDatabase } from '../../../utils/db/database';
import { applyBulkWrite } from '../../../utils/db/records';
import { makeEvent, makeMeeting, makePerson, makeStatusEvent, resetIds } from '../builders';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

beforeEach(async () => {
  resetIds();
  const db = await openDatabase();
  await applyBulkWrite({ clear: ['people', 'events', 'meetings', 'reflections', 'settings'], put: {} }, db);
});
afterEach(async () => {
  cleanup();
  await closeDatabases();
});

describe('the Overview (issue #13)', () => {
  it('draws the funnel and the reply rate by channel with their numbers, and says which mentorship stalled and what to do', async () => {
    const saved = makePerson({ id: 'p:saved', status: 'saved', profile: { name: 'Ines Saved' } });
    const waiting = makePerson({ id: 'p:sent', status: 'sent', profile: { name: 'Tomás Waiting' } });
    const stalled = makePerson({ id: 'p:stalled', status: 'mentoring', profile: { name: 'Priya Stalled' }, createdAt: ago(120) });
    await applyBulkWrite(
      {
        put: {
          people: [saved, waiting, stalled],
          events: [
            makeEvent(waiting.id, 'sent', ago(5), { channel: 'email' }),
            makeEvent(stalled.id, 'sent', ago(110), { channel: 'email' }),
            makeEvent(stalled.id, 'reply', ago(108), { channel: 'email', text: 'Yes' }),
            makeStatusEvent(stalled.id, 'replied', 'mentoring', ago(100)),
          ],
          // One meeting, long ago: nothing in the last two periods (4 weeks each) and none planned.
          meetings: [makeMeeting(stalled.id, { startsAt: ago(90) })],
        },
      },
      await openDatabase(),
    );
    render(<OverviewView onOpenPerson={() => {}} />);

    const funnel = await screen.findByRole('list', { name: 'People who reached each stage' });
    expect(within(funnel).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Saved3', 'Request drafted2', 'Request sent2', 'They replied1', 'Meeting scheduled1', 'Mentoring1']);
    const channels = screen.getByRole('list', { name: 'Reply rate by channel' });
    expect(within(channels).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Email50% (1 of 2)']);

    expect(screen.getByText('stalled: no meeting for two periods')).toBeTruthy();
    expect(screen.getByText('Next step: Suggest a short meeting, with one specific question.')).toBeTruthy();
  });
});
