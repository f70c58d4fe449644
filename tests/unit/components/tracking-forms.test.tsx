// @vitest-environment happy-dom
// The tracking forms start from what is known, and put focus where the next keystroke goes
// (issue #10, items 7, 13 and 14).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InteractionForm } from '../../../components/tracking/InteractionForm';
import { MeetingForm } from '../../../components/tracking/MeetingForm';
import { meetingWhen, MeetingsPanel } from '../../../components/tracking/MeetingsPanel';
import { Timeline } from '../../../components/tracking/Timeline';
import { TrackingPanel } from '../../../components/tracking/TrackingPanel';
import { defaultPreferences } from '../../../utils/schema/preferences';
import type { Feedback } from '../../../components/tracking/useFeedback';
import { closeDatabases, openDatabase } from '../../../utils/db/database';
import { applyBulkWrite } from '../../../utils/db/records';
import { saveGoals } from '../../../utils/db/settings';
import type { Meeting } from '../../../utils/schema/meeting';
import { makeEvent, makePerson, makeStatusEvent, resetIds } from '../builders';

const feedback: Feedback = { run: async () => true, busy: false, view: null, clear: () => {} };
const BERLIN = 'Europe/Berlin';

beforeEach(async () => {
  resetIds();
  const db = await openDatabase();
  await applyBulkWrite({ clear: ['people', 'events', 'meetings', 'settings'], put: {} }, db);
});
afterEach(async () => {
  cleanup();
  await closeDatabases();
});

describe('logging a reply', () => {
  it('expects it where the request went (a connection note is answered by message), and never offers a connection note', () => {
    const events = [makeEvent('p', 'sent', '2026-11-01T10:00:00.000Z', { channel: 'connection-note' })];
    render(<InteractionForm kind="reply" personId="p" personName="Ada" events={events} drafts={[]} timeZone={BERLIN} feedback={feedback} onClose={() => {}} />);
    const where = screen.getByLabelText('Where did they reply?') as HTMLSelectElement;
    expect(where.value).toBe('message');
    expect([...where.options].map((o) => o.value)).not.toContain('connection-note');
  });

  it('after an email, expects the reply by email', () => {
    const events = [makeEvent('p', 'sent', '2026-11-01T10:00:00.000Z', { channel: 'email' })];
    render(<InteractionForm kind="reply" personId="p" personName="Ada" events={events} drafts={[]} timeZone={BERLIN} feedback={feedback} onClose={() => {}} />);
    expect((screen.getByLabelText('Where did they reply?') as HTMLSelectElement).value).toBe('email');
  });
});

describe('the timeline', () => {
  it('offers Undo on the newest status change only', () => {
    const events = [
      makeStatusEvent('p', 'saved', 'sent', '2026-11-01T10:00:00.000Z'),
      makeStatusEvent('p', 'sent', 'replied', '2026-11-05T10:00:00.000Z'),
      makeStatusEvent('p', 'replied', 'meeting-scheduled', '2026-11-06T10:00:00.000Z'),
    ];
    render(<Timeline personId="p" events={events} timeZone={BERLIN} feedback={feedback} />);
    const undo = screen.getAllByRole('button', { name: /^Undo/ });
    expect(undo.map((b) => b.getAttribute('aria-label'))).toEqual(['Undo the change from They replied to Meeting scheduled']);
  });
});

describe('meetings', () => {
  it('a new meeting lasts what the goals ask for', async () => {
    await saveGoals({ summary: 'lead a team', reasons: [], helpWanted: '', ask: { format: 'call', minutes: 20 } });
    const person = makePerson();
    await applyBulkWrite({ put: { people: [person] } });
    render(<MeetingsPanel person={person} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Schedule a meeting…' }));
    await waitFor(() => expect((screen.getByLabelText('Length (minutes)') as HTMLInputElement).value).toBe('20'));
  });

  it('a new action item takes focus in its text field', () => {
    render(<MeetingForm personId="p" timeZone={BERLIN} feedback={feedback} onClose={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add an action item' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Action item 1'));
  });

  it('says a meeting in its own zone, the mentee’s time beside it when it differs, and names the calendar button by its words', () => {
    const meeting: Meeting = {
      id: 'm1',
      personId: 'p',
      startsAt: '2026-12-05T09:00:00.000Z',
      timeZone: 'America/New_York',
      durationMinutes: 30,
      format: 'video',
      questions: [],
      takeaways: [],
      actionItems: [],
      expectations: { frequency: '', channel: '' },
      notes: '',
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-01T09:00:00.000Z',
    };
    const end = '2026-12-05T09:30:00.000Z';
    expect(meetingWhen(meeting, end, BERLIN, 'en-GB')).toEqual({ title: 'Video call, 5 Dec, 04:00–04:30 (GMT-5)', yourTime: '5 Dec, 10:00–10:30 your time (CET)' });
    expect(meetingWhen({ ...meeting, timeZone: BERLIN }, end, BERLIN, 'en-GB')).toEqual({ title: 'Video call, 5 Dec, 10:00–10:30', yourTime: null });
  });
});

describe('a paused or ended mentorship (issue #13)', () => {
  const preferences = defaultPreferences();

  it('offers Resume back to the status before the pause, and it is the status change made', async () => {
    const person = makePerson({ id: 'p:paused', status: 'paused' });
    const db = await openDatabase();
    await applyBulkWrite(
      { put: { people: [person], events: [makeStatusEvent(person.id, 'replied', 'meeting-scheduled', '2026-11-01T10:00:00.000Z'), makeStatusEvent(person.id, 'meeting-scheduled', 'paused', '2026-11-05T10:00:00.000Z')] } },
      db,
    );
    render(<TrackingPanel person={person} preferences={preferences} />);
    const resume = await screen.findByRole('button', { name: 'Resume: back to “Meeting scheduled”' });
    // Offered once: not again among the other next steps.
    expect(screen.queryByRole('button', { name: 'Meeting scheduled' })).toBeNull();
    fireEvent.click(resume);
    await waitFor(async () => expect((await db.get('people', person.id))?.status).toBe('meeting-scheduled'));
  });

  it('offers Resume to Mentoring after an end with thanks', async () => {
    const person = makePerson({ id: 'p:ended', status: 'ended' });
    await applyBulkWrite({ put: { people: [person] } }, await openDatabase());
    render(<TrackingPanel person={person} preferences={preferences} />);
    expect(await screen.findByRole('button', { name: 'Resume: back to “Mentoring”' })).toBeTruthy();
  });

  it('offers no Resume to someone not paused or ended', async () => {
    const person = makePerson({ id: 'p:mentoring', status: 'mentoring' });
    await applyBulkWrite({ put: { people: [person] } }, await openDatabase());
    render(<TrackingPanel person={person} preferences={preferences} />);
    await screen.findByRole('button', { name: 'Pause' });
    expect(screen.queryByRole('button', { name: /^Resume/ })).toBeNull();
  });
});
