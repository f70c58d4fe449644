// Issue #13 with issue #9's import rule: a reflection or a goal saved here and in a backup made on
// another device; the newer copy is kept and nothing written in the other is lost.
import { beforeEach, describe, expect, it } from 'vitest';
import { mergeGoal, mergeReflection } from '../../../utils/backup/merge-reflections';
import type { Reflection } from '../../../utils/schema/reflection';
import { makeGoal, makeReflection, plus, resetIds, T0 } from '../builders';

beforeEach(() => resetIds());

const SOURCE = 'the backup exported on 2026-04-01';

describe('one reflection saved here and in the file', () => {
  it('keeps the newer words first and the older below with their date, the changes joined', () => {
    const here = makeReflection('p:ada', T0, { id: 'r:1', why: 'Good questions.', changes: ['frequency'], changeNote: 'Meet every two weeks.' });
    const file = { ...here, why: 'Good questions; she shares her own mistakes.', changes: ['sharper-questions' as const], changeNote: 'Meet every two weeks.', updatedAt: plus(T0, 2) };
    const merged = mergeReflection(here, file, SOURCE);
    expect(merged.fileNewer).toBe(true);
    expect(merged.textsCombined).toBe(true);
    expect(merged.reflection).toMatchObject({
      id: 'r:1',
      why: 'Good questions; she shares her own mistakes.\n\n— Written here before the import (2026-03-02):\nGood questions.',
      changeNote: 'Meet every two weeks.',
      changes: ['sharper-questions', 'frequency'],
      updatedAt: plus(T0, 2),
    });
  });

  it('keeps the copy here when it is newer, with the file’s words marked as from the file', () => {
    const here = makeReflection('p:ada', T0, { id: 'r:1', why: 'Edited here.', updatedAt: plus(T0, 3) });
    const file = { ...here, why: 'Written on the laptop.', updatedAt: plus(T0, 1) };
    const merged = mergeReflection(here, file, SOURCE);
    expect(merged.fileNewer).toBe(false);
    expect(merged.reflection.kind === 'answered' && merged.reflection.why).toBe(`Edited here.\n\n— From ${SOURCE} (2026-03-03):\nWritten on the laptop.`);
  });

  it('never lets a skip or a snooze replace a written reflection, whichever is newer', () => {
    const answered = makeReflection('p:ada', T0, { id: 'r:1', why: 'Helpful.' });
    const skipped: Reflection = { id: 'r:1', personId: 'p:ada', promptKey: answered.promptKey, kind: 'skipped', at: plus(T0, 5) };
    expect(mergeReflection(answered, skipped, SOURCE).reflection).toEqual(answered);
    expect(mergeReflection(skipped, answered, SOURCE)).toMatchObject({ reflection: answered, fileNewer: true });
  });

  it('changes nothing when the same file is imported again', () => {
    const here = makeReflection('p:ada', T0, { id: 'r:1', why: 'A' });
    const once = mergeReflection(here, { ...here, why: 'B', updatedAt: plus(T0, 1) }, SOURCE).reflection;
    expect(mergeReflection(once, { ...here, why: 'B', updatedAt: plus(T0, 1) }, SOURCE).reflection).toEqual(once);
  });
});

describe('one goal saved here and in the file', () => {
  it('takes the newer wording and keeps the one here as an earlier version', () => {
    const here = makeGoal({ id: 'goal:first', position: 0, goals: { summary: 'Grow into a staff role' }, updatedAt: plus(T0, 1) });
    const file = makeGoal({ id: 'goal:first', position: 3, goals: { summary: 'Lead a platform team' }, createdAt: plus(T0, -5), updatedAt: plus(T0, 4) });
    const merged = mergeGoal(here, file, [], 'gv:new');
    expect(merged.fileNewer).toBe(true);
    expect(merged.goal).toEqual({ ...file, position: 0, createdAt: plus(T0, -5) });
    expect(merged.keptVersion).toEqual({ id: 'gv:new', goalId: 'goal:first', goals: here.goals, from: plus(T0, 1), until: plus(T0, 4) });
  });

  it('keeps the wording here when it is newer; the file’s joins the history unless already there', () => {
    const here = makeGoal({ id: 'goal:first', goals: { summary: 'Lead a platform team' }, updatedAt: plus(T0, 4) });
    const file = makeGoal({ id: 'goal:first', goals: { summary: 'Grow into a staff role' }, updatedAt: plus(T0, 1) });
    expect(mergeGoal(here, file, [], 'gv:new')).toMatchObject({ goal: here, fileNewer: false, keptVersion: { goals: file.goals, from: plus(T0, 1), until: plus(T0, 4) } });
    const known = [{ id: 'gv:1', goalId: 'goal:first', goals: file.goals, from: T0, until: plus(T0, 4) }];
    expect(mergeGoal(here, file, known, 'gv:new').keptVersion).toBeNull();
  });
});
