import { beforeEach, describe, expect, it } from 'vitest';
import { goalRecordSchema, goalVersionSchema } from '../../../utils/schema/goal-record';
import { goalsSchema } from '../../../utils/schema/goals';
import { editGoal, firstGoal, goalHistory, goalTitle, linkedGoal, newGoal, sortGoals } from '../../../utils/tracking/goals';
import { T0, makeGoal, makePerson, plus, resetIds } from '../builders';

beforeEach(() => resetIds());

describe('several goals', () => {
  it('orders by position, links people to their goal or the first', () => {
    const skill = makeGoal({ position: 1, goals: { summary: 'Learn public speaking' } });
    const career = makeGoal({ position: 0 });
    expect(sortGoals([skill, career]).map((g) => g.id)).toEqual([career.id, skill.id]);
    expect(firstGoal([skill, career])).toBe(career);
    expect(firstGoal([])).toBeNull();
    expect(linkedGoal(makePerson(), [skill, career])).toBe(career);
    expect(linkedGoal(makePerson({ goalId: skill.id }), [skill, career])).toBe(skill);
    expect(linkedGoal(makePerson({ goalId: 'gone' }), [skill, career])).toBe(career);
  });

  it('adds a new goal at the end', () => {
    const a = makeGoal({ position: 0 });
    const b = makeGoal({ position: 3 });
    const c = newGoal(goalsSchema.parse({ summary: 'Grow my network', ask: { format: 'message' } }), [a, b], { id: 'g-new', now: plus(T0, 1) });
    expect(c).toMatchObject({ id: 'g-new', position: 4, createdAt: plus(T0, 1), updatedAt: plus(T0, 1) });
    expect(goalRecordSchema.safeParse(c).success).toBe(true);
  });

  it('shortens a long summary at a word for menus', () => {
    expect(goalTitle(makeGoal({ goals: { summary: 'Short' } }))).toBe('Short');
    const long = goalTitle(makeGoal({ goals: { summary: 'Move from backend engineering into engineering management within the next eighteen months' } }));
    expect(long.length).toBeLessThanOrEqual(61);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('goal history', () => {
  it('editing keeps the earlier version with the dates it was in force', () => {
    const goal = makeGoal();
    const changed = { ...goal.goals, summary: 'Lead a platform team' };
    const result = editGoal(goal, changed, { now: plus(T0, 10), versionId: 'v-1', reflectionId: 'r-1' })!;
    expect(result.goal).toMatchObject({ id: goal.id, goals: { summary: 'Lead a platform team' }, updatedAt: plus(T0, 10), createdAt: T0 });
    expect(result.version).toEqual({ id: 'v-1', goalId: goal.id, goals: goal.goals, from: T0, until: plus(T0, 10), reflectionId: 'r-1' });
    expect(goalVersionSchema.safeParse(result.version).success).toBe(true);

    const again = editGoal(result.goal, { ...changed, helpWanted: 'hiring' }, { now: plus(T0, 20), versionId: 'v-2' })!;
    expect(goalHistory(again.goal, [result.version, again.version]).map((h) => [h.goals.summary, h.from, h.until ?? null, h.current])).toEqual([
      ['Lead a platform team', plus(T0, 20), null, true],
      ['Lead a platform team', plus(T0, 10), plus(T0, 20), false],
      ['Move into engineering management', T0, plus(T0, 10), false],
    ]);
  });

  it('saving the same words adds no history', () => {
    const goal = makeGoal();
    expect(editGoal(goal, { ...goal.goals }, { now: plus(T0, 1), versionId: 'v' })).toBeNull();
  });
});
