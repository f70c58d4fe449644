import { useId, useState } from 'react';
import { blankReflection } from '../../utils/db/reflections';
import type { GoalRecord } from '../../utils/schema/goal-record';
import type { Goals } from '../../utils/schema/goals';
import { reflectionChangeSchema, type AnsweredReflection, type Progress, type Working } from '../../utils/schema/reflection';
import { CHANGE_LABELS, PROGRESS_LABELS, WORKING_LABELS } from '../../utils/tracking/progress';
import { goalTitle } from '../../utils/tracking/goals';

export interface ReflectionSubmit {
  reflection: AnsweredReflection;
  /** The goal's new version, when the reflection says the goal changed. */
  changedGoal?: Goals;
}

interface Props {
  personId: string;
  name: string;
  /** Which prompt this answers ("meeting:<id>", "rhythm:<day>", or a fresh "own:…"). */
  promptKey: string;
  meetingId?: string;
  /** The goal this mentorship serves, if any is stated. */
  goal: GoalRecord | null;
  /** An existing reflection to edit. */
  initial?: AnsweredReflection;
  onSubmit: (value: ReflectionSubmit) => Promise<unknown>;
  onCancel: () => void;
  busy?: boolean;
  /** The form's heading level where it appears: 2 on Today (under the view's h1), 3 in a person's section. */
  headingLevel?: 2 | 3;
}

const PROGRESS_VALUES = [1, 2, 3, 4, 5] as const;
const WORKING_VALUES: Working[] = ['yes', 'partly', 'no'];

/**
 * The short reflection: progress toward the goal (words, not bare numbers), whether the mentorship
 * works and why, what to change, and whether the goal was reached or changed.
 */
export function ReflectionForm({ personId, name, promptKey, meetingId, goal, initial, onSubmit, onCancel, busy, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = useId();
  const [value, setValue] = useState<AnsweredReflection>(
    () => initial ?? blankReflection(personId, promptKey, new Date(), { ...(meetingId ? { meetingId } : {}), ...(goal ? { goalId: goal.id } : {}) }),
  );
  const [newSummary, setNewSummary] = useState(goal?.goals.summary ?? '');
  const set = (patch: Partial<AnsweredReflection>) => setValue((v) => ({ ...v, ...patch }));

  const submit = () => {
    const changedGoal = value.goalOutcome === 'changed' && goal && newSummary.trim() && newSummary.trim() !== goal.goals.summary ? { ...goal.goals, summary: newSummary.trim() } : undefined;
    const reflection = initial ? { ...value, updatedAt: new Date().toISOString() } : { ...value, at: new Date().toISOString() };
    void onSubmit({ reflection, ...(changedGoal ? { changedGoal } : {}) });
  };

  return (
    <form
      className="stack card"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Heading id={`${id}-title`}>{initial ? `Edit your reflection on ${name}` : `Reflect on your mentorship with ${name}`}</Heading>
      <fieldset>
        <legend>{goal ? `Progress toward “${goalTitle(goal)}”` : 'Progress toward your goal'}</legend>
        {PROGRESS_VALUES.map((n) => (
          <label key={n} style={{ fontWeight: 'normal', display: 'block' }}>
            <input type="radio" name={`${id}-progress`} style={{ width: 'auto', marginRight: '0.4em' }} checked={value.progress === n} onChange={() => set({ progress: n as Progress })} />
            {PROGRESS_LABELS[n]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Is this mentorship working for you?</legend>
        {WORKING_VALUES.map((w) => (
          <label key={w} style={{ fontWeight: 'normal', display: 'inline-block', marginRight: '1em' }}>
            <input type="radio" name={`${id}-working`} style={{ width: 'auto', marginRight: '0.4em' }} checked={value.working === w} onChange={() => set({ working: w })} />
            {WORKING_LABELS[w]}
          </label>
        ))}
        <label htmlFor={`${id}-why`}>Why?</label>
        <textarea id={`${id}-why`} rows={2} maxLength={5_000} value={value.why} onChange={(e) => set({ why: e.target.value })} />
      </fieldset>
      <fieldset>
        <legend>What to change</legend>
        {reflectionChangeSchema.options.map((c) => (
          <label key={c} style={{ fontWeight: 'normal', display: 'block' }}>
            <input
              type="checkbox"
              style={{ width: 'auto', marginRight: '0.4em' }}
              checked={value.changes.includes(c)}
              onChange={(e) => set({ changes: e.target.checked ? [...value.changes, c] : value.changes.filter((x) => x !== c) })}
            />
            {CHANGE_LABELS[c]}
          </label>
        ))}
        <label htmlFor={`${id}-note`}>In your words (goes into the next meeting’s questions)</label>
        <textarea id={`${id}-note`} rows={2} maxLength={5_000} value={value.changeNote} onChange={(e) => set({ changeNote: e.target.value })} />
      </fieldset>
      {goal && (
        <fieldset>
          <legend>Your goal</legend>
          {(
            [
              [undefined, 'Still the same'],
              ['reached', 'Reached it'],
              ['changed', 'It changed'],
            ] as const
          ).map(([outcome, label]) => (
            <label key={label} style={{ fontWeight: 'normal', display: 'inline-block', marginRight: '1em' }}>
              <input
                type="radio"
                name={`${id}-goal`}
                style={{ width: 'auto', marginRight: '0.4em' }}
                checked={value.goalOutcome === outcome}
                onChange={() => setValue(({ goalOutcome: _, ...rest }) => (outcome ? { ...rest, goalOutcome: outcome } : rest))}
              />
              {label}
            </label>
          ))}
          {value.goalOutcome === 'changed' && (
            <>
              <label htmlFor={`${id}-goal-text`}>The goal now (the earlier words are kept in its history)</label>
              <textarea id={`${id}-goal-text`} rows={2} maxLength={500} value={newSummary} onChange={(e) => setNewSummary(e.target.value)} />
            </>
          )}
        </fieldset>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {initial ? 'Save changes' : 'Save reflection'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
