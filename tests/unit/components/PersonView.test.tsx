// @vitest-environment happy-dom
// A person's page opens on what comes next for their status (issue #10, item 6), also when the
// panel moves from one person straight to another.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PersonView } from '../../../components/PersonView';
import { closeDatabases, openDatabase } from '../../../utils/db/database';
import { applyBulkWrite } from '../../../utils/db/records';
import { makePerson, resetIds } from '../builders';

beforeEach(async () => {
  resetIds();
  const db = await openDatabase();
  await applyBulkWrite({ clear: ['people', 'events', 'meetings', 'drafts', 'settings'], put: {} }, db);
});
afterEach(async () => {
  cleanup();
  await closeDatabases();
});

const noop = () => {};
const firstSection = () => document.querySelector('[data-section]')?.getAttribute('data-section');

describe('a person’s page', () => {
  it('opens on drafting before the request is sent, and on meetings once mentoring, with the rest one click away', async () => {
    const saved = makePerson({ id: 'li:ada', status: 'saved', profile: { name: 'Ada Saved' } });
    const mentoring = makePerson({ id: 'li:bea', status: 'mentoring', profile: { name: 'Bea Mentor' } });
    await applyBulkWrite({ put: { people: [saved, mentoring] } });

    const view = render(<PersonView personId={saved.id} goals={null} onBack={noop} onOpenPerson={noop} onDeleted={noop} />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Saved' });
    expect(firstSection()).toBe('drafting');

    view.rerender(<PersonView personId={mentoring.id} goals={null} onBack={noop} onOpenPerson={noop} onDeleted={noop} />);
    await screen.findByRole('heading', { level: 1, name: 'Bea Mentor' });
    await waitFor(() => expect(firstSection()).toBe('meetings'));
    expect(screen.getByRole('button', { name: 'Draft a request', expanded: false })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Bea Mentor');
  });
});
