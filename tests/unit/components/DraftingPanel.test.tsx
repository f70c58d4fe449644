// @vitest-environment happy-dom
// The drafting panel rendered against a real (fake-indexeddb) database: the cases the e2e journey
// does not walk through — a profile with nothing beyond a name, no goals yet, and saved drafts.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftingPanel } from '../../../components/drafting/DraftingPanel';
import { closeDatabases, openDatabase } from '../../../utils/db/database';
import { saveDraft } from '../../../utils/db/drafts';
import { applyBulkWrite } from '../../../utils/db/records';
import type { Goals } from '../../../utils/schema/goals';
import { defaultPreferences } from '../../../utils/schema/preferences';
import { emptyProfile } from '../../../utils/schema/profile';
import { makePerson, resetIds } from '../builders';

const GOALS: Goals = {
  summary: 'move from backend engineering into engineering management',
  reasons: [],
  helpWanted: '',
  ask: { format: 'call', minutes: 20 },
  me: { name: 'Sam', intro: '' },
};

beforeEach(async () => {
  resetIds();
  // The panel opens the app's own database; start each test from an empty one.
  const db = await openDatabase();
  await applyBulkWrite({ clear: ['people', 'drafts', 'events', 'templates'], put: {} }, db);
});
afterEach(async () => {
  cleanup();
  await closeDatabases();
});

const textField = () => screen.getByLabelText(/text$|^Message$/) as HTMLTextAreaElement;

describe('DraftingPanel', () => {
  it('says when a profile shows nothing beyond a name, and builds the draft from the mentee\'s own words', async () => {
    const person = makePerson({ profile: { ...emptyProfile('manual'), name: 'Jo Quill' } });
    await applyBulkWrite({ put: { people: [person] } });
    render(<DraftingPanel person={person} goals={GOALS} preferences={defaultPreferences()} />);

    expect(await screen.findByText(/shows nothing beyond a name/)).toBeTruthy();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    const fact = () => screen.getByText('Specific to them').closest('li')!;
    expect(fact().getAttribute('data-ok')).toBe('false');

    fireEvent.change(screen.getByLabelText('Why them, in your words'), { target: { value: 'your talk on calm incident reviews at LeadDev Berlin' } });
    await waitFor(() => expect(textField().value).toContain('calm incident reviews at LeadDev Berlin'));
    expect(fact().getAttribute('data-ok')).toBe('true');
  });

  it('without goals, asks for them in Settings and still lets the mentee write', async () => {
    const person = makePerson();
    await applyBulkWrite({ put: { people: [person] } });
    render(<DraftingPanel person={person} goals={null} preferences={defaultPreferences()} />);

    expect(await screen.findByText(/Set your goals first/)).toBeTruthy();
    expect(textField().value).toContain('{goal}');
    fireEvent.change(textField(), { target: { value: 'Hi Ada, my own words.' } });
    expect(textField().value).toBe('Hi Ada, my own words.');
    expect(screen.getByText(/quality check starts once your goals are set/)).toBeTruthy();
  });

  it('opens the latest saved draft, shows its earlier wordings, and deletes it with Undo', async () => {
    const person = makePerson();
    await applyBulkWrite({ put: { people: [person] } });
    const first = await saveDraft({ personId: person.id, channel: 'message', subject: '', text: 'First wording', factIds: [], admiration: '' });
    await saveDraft({ id: first.id, personId: person.id, channel: 'message', subject: '', text: 'Second wording', factIds: [], admiration: '' });
    render(<DraftingPanel person={person} goals={GOALS} preferences={defaultPreferences()} />);

    await waitFor(() => expect(textField().value).toBe('Second wording'));
    const saved = screen.getByRole('heading', { name: 'Saved drafts' }).parentElement!;
    expect(within(saved).getByText('1 earlier wording')).toBeTruthy();
    expect(within(saved).getByText('First wording')).toBeTruthy();

    fireEvent.click(within(saved).getByRole('button', { name: /^Delete the LinkedIn message draft/ }));
    expect(await within(saved).findByText(/No saved drafts yet/)).toBeTruthy();
    fireEvent.click(within(saved).getByRole('button', { name: 'Undo' }));
    expect(await within(saved).findByText('Second wording')).toBeTruthy();
  });
});
