// @vitest-environment happy-dom
// The person view for a person who is not in the database (issue #9, item 9): an address with an
// unknown id, or a person deleted while the view is open, says so instead of "Loading…" forever.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PersonView } from '../../../components/PersonView';
import { closeDatabases, openDatabase } from '../../../utils/db/database';
import { applyBulkWrite, deletePeople } from '../../../utils/db/records';
import { makePerson, resetIds } from '../builders';

beforeEach(async () => {
  resetIds();
  const db = await openDatabase();
  await applyBulkWrite({ clear: ['people', 'drafts', 'events', 'templates', 'meetings', 'snapshots'], put: {} }, db);
});
afterEach(async () => {
  cleanup();
  await closeDatabases();
});

const noop = () => {};

describe('PersonView for a person who is not saved', () => {
  it('says so for an id that was never stored, and the button goes back to everyone', async () => {
    const onBack = vi.fn();
    render(<PersonView personId="no-such-person" goals={null} onBack={onBack} onOpenPerson={noop} onDeleted={noop} />);
    expect(await screen.findByText('This person is no longer saved.')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to everyone' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('says so when the person is deleted elsewhere while the view is open', async () => {
    const person = makePerson({ profile: { name: 'Jo Quill' } });
    await applyBulkWrite({ put: { people: [person] } });
    render(<PersonView personId={person.id} goals={null} onBack={noop} onOpenPerson={noop} onDeleted={noop} />);
    expect(await screen.findByRole('heading', { name: 'Jo Quill' })).toBeTruthy();
    // Another window deletes them: its change reaches this view through the change channel.
    await deletePeople([person.id]);
    expect(await screen.findByText('This person is no longer saved.', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Jo Quill' })).toBeNull();
  });
});
