// @vitest-environment happy-dom
// The review form, the goals form and the people list as a first-time user meets them (issue #10,
// items 2, 4, 10, 11 and 13).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GoalsForm } from '../../../components/GoalsForm';
import { PeopleView } from '../../../components/PeopleView';
import { ProfileForm } from '../../../components/ProfileForm';
import { ReviewAndSave } from '../../../components/ReviewAndSave';
import { closeDatabases, openDatabase } from '../../../utils/db/database';
import { applyBulkWrite } from '../../../utils/db/records';
import { REASONS } from '../../../utils/extract/linkedin/page-state';
import { emptyProfile } from '../../../utils/schema/profile';
import { makePerson, makeProfile, resetIds } from '../builders';

beforeEach(async () => {
  resetIds();
  const db = await openDatabase();
  await applyBulkWrite({ clear: ['people', 'settings'], put: {} }, db);
});
afterEach(async () => {
  cleanup();
  await closeDatabases();
});

const noop = () => {};

describe('the review form', () => {
  const profile = makeProfile({
    name: 'Noor Valdes',
    experience: [{ title: 'Member Of Technical Staff', company: 'Ridgeway Labs', location: 'Lisbon', start: 'October 2019', end: 'Present', description: '' }],
    education: [{ school: 'Delft University of Technology', degree: 'MSc', field: 'Computer Science', start: '2008', end: '2010' }],
  });

  it('shows each role and school as one whole, readable line, with its fields one click away', () => {
    render(<ProfileForm value={profile} onChange={noop} onSubmit={noop} errors={{}} submitLabel="Save" />);
    expect(screen.getByText('Member Of Technical Staff · Ridgeway Labs')).toBeTruthy();
    expect(screen.getByText('October 2019 – Present, Lisbon')).toBeTruthy();
    expect(screen.getByText('MSc, Computer Science, 2008 – 2010')).toBeTruthy();
    expect(screen.queryByLabelText('Title')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Edit role 1: Member Of Technical Staff · Ridgeway Labs' }));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Member Of Technical Staff');
  });

  it('keeps Save in a bar that stays in view', () => {
    render(<ProfileForm value={profile} onChange={noop} onSubmit={noop} errors={{}} submitLabel="Save" />);
    expect(screen.getByRole('button', { name: 'Save' }).closest('.form-actions')).toBeTruthy();
  });

  it('puts focus on Save when the capture is complete, on the name when it is missing', () => {
    const { unmount } = render(<ProfileForm value={profile} onChange={noop} onSubmit={noop} errors={{}} submitLabel="Save" focusOnOpen />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }));
    unmount();
    render(<ProfileForm value={emptyProfile()} onChange={noop} onSubmit={noop} errors={{}} submitLabel="Save" focusOnOpen />);
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
  });

  it('a new role opens with focus in its first field', () => {
    let value = profile;
    const { rerender } = render(<ProfileForm value={value} onChange={(v) => (value = v)} onSubmit={noop} errors={{}} submitLabel="Save" />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a role' }));
    rerender(<ProfileForm value={value} onChange={(v) => (value = v)} onSubmit={noop} errors={{}} submitLabel="Save" />);
    expect(document.activeElement).toBe(screen.getByLabelText('Title'));
  });

  it('says why there is no profile once', () => {
    render(<ReviewAndSave outcome={{ found: false, reason: REASONS.signIn, sourceUrl: 'https://www.linkedin.com/in/x/', canEnterByHand: true }} onOpenPerson={noop} openLabel="Open" />);
    const notice = screen.getByText(REASONS.signIn);
    expect(notice.textContent!.match(/no profile found/gi)).toHaveLength(1);
  });
});

describe('the goals form', () => {
  it('looks empty when empty (no example answers as placeholders) and says what is missing at the field', () => {
    render(<GoalsForm initial={null} onSave={async (goals) => ({ goals, bothKept: [] })} />);
    const summary = screen.getByLabelText(/What you want from mentoring/) as HTMLTextAreaElement;
    expect(summary.placeholder).toBe('');
    expect((screen.getByLabelText(/The help you are looking for/) as HTMLTextAreaElement).placeholder).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Save goals' }));
    const error = document.getElementById(summary.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toBe('Say in a few words what you want from mentoring.');
    // Right after the field, not down by the Save button.
    expect(summary.nextElementSibling).toBe(error);
    expect(document.activeElement).toBe(summary);
  });

  it('says a wrong number of minutes at the minutes field, not under the summary', () => {
    render(<GoalsForm initial={null} onSave={async (goals) => ({ goals, bothKept: [] })} />);
    fireEvent.change(screen.getByLabelText(/What you want from mentoring/), { target: { value: 'grow into a staff engineer role' } });
    const minutes = screen.getByLabelText('Minutes') as HTMLInputElement;
    fireEvent.change(minutes, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save goals' }));
    const error = document.getElementById(minutes.getAttribute('aria-describedby')!)!;
    expect(error.textContent).toMatch(/from 5 to 240/);
    expect(minutes.nextElementSibling).toBe(error);
    expect(screen.getByLabelText(/What you want from mentoring/).getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(minutes);
  });
});

describe('the people list', () => {
  it('says what the fit score is, visibly and to screen readers', () => {
    const person = makePerson();
    render(<PeopleView people={[person]} complete total={1} fitScores={new Map([[person.id, 73]])} onOpen={noop} onAddSample={noop} onSaveFromTab={noop} />);
    const row = screen.getByRole('button', { name: /Fit 73 out of 100 with your goals/ });
    expect(within(row).getByText(/Fit 73/).closest('.badge')!.getAttribute('title')).toBeNull();
  });
});
