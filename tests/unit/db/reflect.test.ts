import { afterEach, describe, expect, it } from 'vitest';
import { listGoals, listGoalVersions, goalsForPerson, saveGoal } from '../../../utils/db/goals';
import { deleteReflection, listReflections, saveReflection } from '../../../utils/db/reflections';
import { getGoals, saveGoals, saveGoalsKeepingBoth } from '../../../utils/db/settings';
import { BOTH_KEPT_MARK } from '../../../utils/tracking/edit-conflict';
import { goalHistory } from '../../../utils/tracking/goals';
import { saveMeeting } from '../../../utils/db/meetings';
import { makeActionItem, makeMeeting, makePerson, makeReflection } from '../builders';
import { closeDatabases, freshDb } from './helpers';

afterEach(closeDatabases);

const career = { summary: 'Move into engineering management', reasons: [], helpWanted: '', ask: { format: 'call' as const, minutes: 20 } };
const speaking = { ...career, summary: 'Speak at a conference' };

describe('goals in the database', () => {
  it('the first goal gets the shared id; saveGoals edits it and keeps the earlier version', async () => {
    const { db } = await freshDb();
    expect(await getGoals(db)).toBeNull();
    await saveGoals(career, db);
    const [first] = await listGoals(db);
    expect(first).toMatchObject({ id: 'goal:first', position: 0, goals: { summary: career.summary } });
    await saveGoals({ ...career, summary: 'Lead a platform team' }, db);
    expect(await getGoals(db)).toMatchObject({ summary: 'Lead a platform team' });
    const versions = await listGoalVersions('goal:first', db);
    expect(versions.map((v) => v.goals.summary)).toEqual([career.summary]);
    const goal = (await listGoals(db))[0]!;
    expect(goalHistory(goal, versions).map((h) => h.goals.summary)).toEqual(['Lead a platform team', career.summary]);
    // The same words again add nothing.
    await saveGoals({ ...career, summary: 'Lead a platform team' }, db);
    expect(await listGoalVersions('goal:first', db)).toHaveLength(1);
  });

  it('the goals form in two windows at once keeps both texts in the first goal, and every earlier version', async () => {
    const { db } = await freshDb();
    await saveGoals(career, db);
    await saveGoalsKeepingBoth({ ...career, summary: 'Lead a platform team' }, career, db);
    const second = await saveGoalsKeepingBoth({ ...career, summary: 'Speak at a conference' }, career, db);
    expect(second.bothKept).toEqual(['summary']);
    expect(second.goals.summary).toBe(`Lead a platform team\n\n${BOTH_KEPT_MARK}\nSpeak at a conference`);
    expect((await listGoals(db)).map((g) => g.id)).toEqual(['goal:first']);
    expect((await listGoalVersions('goal:first', db)).map((v) => v.goals.summary).sort()).toEqual([career.summary, 'Lead a platform team'].sort());
  });

  it('a person linked to a second goal drafts with it; unlinked people use the first', async () => {
    const { db } = await freshDb();
    await saveGoal(career, {}, db);
    const second = await saveGoal(speaking, {}, db);
    expect(second.position).toBe(1);
    const linked = makePerson({ goalId: second.id });
    const unlinked = makePerson();
    await db.put('people', linked);
    await db.put('people', unlinked);
    expect(await goalsForPerson(linked.id, db)).toMatchObject({ summary: speaking.summary });
    expect(await goalsForPerson(unlinked.id, db)).toMatchObject({ summary: career.summary });
    expect(await goalsForPerson(undefined, db)).toMatchObject({ summary: career.summary });
  });
});

describe('reflections in the database', () => {
  it('saves, edits, deletes with undo; a changed goal gets a new version pointing at the reflection', async () => {
    const { db } = await freshDb();
    const goal = await saveGoal(career, {}, db);
    const person = makePerson({ goalId: goal.id });
    await db.put('people', person);
    const reflection = makeReflection(person.id, '2026-04-01T09:00:00.000Z', { id: 'r-1', goalId: goal.id, goalOutcome: 'changed' });
    await saveReflection(reflection, { changedGoal: { ...career, summary: 'Move into management at my company' } }, db);
    expect(await listReflections(person.id, db)).toEqual([reflection]);
    expect(await goalsForPerson(person.id, db)).toMatchObject({ summary: 'Move into management at my company' });
    expect(await listGoalVersions(goal.id, db)).toMatchObject([{ reflectionId: 'r-1', goals: { summary: career.summary } }]);

    const edited = { ...reflection, progress: 5, updatedAt: '2026-04-02T09:00:00.000Z' };
    await saveReflection(edited, {}, db);
    expect(await listReflections(person.id, db)).toEqual([edited]);

    const removed = await deleteReflection('r-1', db);
    expect(removed).toEqual(edited);
    expect(await listReflections(person.id, db)).toEqual([]);
    await saveReflection(removed!, {}, db);
    expect(await listReflections(person.id, db)).toEqual([edited]);
  });

  it('marks the goal reached', async () => {
    const { db } = await freshDb();
    const goal = await saveGoal(career, {}, db);
    await saveReflection(makeReflection('p', '2026-04-01T09:00:00.000Z', { goalId: goal.id, goalOutcome: 'reached' }), { now: new Date('2026-04-01T10:00:00.000Z') }, db);
    expect((await listGoals(db))[0]).toMatchObject({ reachedAt: '2026-04-01T10:00:00.000Z' });
  });
});

describe('the prep list goes into the next meeting', () => {
  it('a newly scheduled meeting gets what to change and the open action items after its own questions', async () => {
    const { db } = await freshDb();
    const person = makePerson({ status: 'mentoring' });
    await db.put('people', person);
    const first = makeMeeting(person.id, { startsAt: '2026-04-01T08:00:00.000Z', actionItems: [makeActionItem({ text: 'Read the book' })] });
    await saveMeeting(first, { now: new Date('2026-03-30T08:00:00.000Z') }, db);
    await saveReflection(makeReflection(person.id, '2026-04-02T08:00:00.000Z', { changes: ['sharper-questions'], changeNote: 'Ask about hiring' }), {}, db);
    const next = makeMeeting(person.id, { startsAt: '2026-04-20T08:00:00.000Z', questions: ['My own question'] });
    const { meeting } = await saveMeeting(next, { now: new Date('2026-04-03T08:00:00.000Z') }, db);
    expect(meeting.questions).toEqual(['My own question', 'Bring more specific questions', 'Ask about hiring', 'Action item: Read the book']);
    // Editing it later does not add them again.
    const { meeting: edited } = await saveMeeting({ ...meeting, questions: ['My own question'] }, { now: new Date('2026-04-04T08:00:00.000Z') }, db);
    expect(edited.questions).toEqual(['My own question']);
  });
});
