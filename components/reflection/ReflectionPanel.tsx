import { useId, useState } from 'react';
import { listGoals } from '../../utils/db/goals';
import { updatePerson } from '../../utils/db/people';
import { listForPerson } from '../../utils/db/records';
import { deleteReflection, listReflections, saveReflection } from '../../utils/db/reflections';
import { newId } from '../../utils/db/ids';
import type { Person } from '../../utils/schema/person';
import type { AnsweredReflection } from '../../utils/schema/reflection';
import { goalTitle, linkedGoal } from '../../utils/tracking/goals';
import { actionItemShare, CHANGE_LABELS, PROGRESS_LABELS, prepList, progressSeries, WORKING_LABELS } from '../../utils/tracking/progress';
import { answeredReflections, dueReflection, snoozeUntil } from '../../utils/tracking/reflections';
import { reflectWeeks, suggestedReflectWeeks } from '../../utils/tracking/rhythm';
import { isQuiet } from '../../utils/tracking/status';
import { useDbData } from '../hooks/useDbData';
import { formatDay, menteeTimeZone } from '../tracking/format';
import { useFeedback } from '../tracking/useFeedback';
import { useNow } from '../tracking/useNow';
import { ProgressChart } from './ProgressChart';
import { ReflectionForm, type ReflectionSubmit } from './ReflectionForm';

type Editing = { kind: 'new'; promptKey: string; meetingId?: string } | { kind: 'edit'; reflection: AnsweredReflection } | null;

async function loadPersonReflectionData(personId: string) {
  const [reflections, meetings, events, goals] = await Promise.all([listReflections(personId), listForPerson('meetings', personId), listForPerson('events', personId), listGoals()]);
  return { reflections, meetings, events, goals };
}

/**
 * "Reflect and adjust" on a person's page: the goal this mentorship serves, how often to reflect,
 * a due prompt, progress over time beside meetings and action items, the reflections (editable,
 * deletable with Undo) and the next meeting's prep list.
 */
export function ReflectionPanel({ person }: { person: Person }) {
  const id = useId();
  const data = useDbData(() => loadPersonReflectionData(person.id), ['reflections', 'meetings', 'events', 'goals'], [person.id]);
  const feedback = useFeedback();
  const now = useNow();
  const timeZone = menteeTimeZone();
  const [editing, setEditing] = useState<Editing>(null);

  if (!data.data) return null;
  const { reflections, meetings, events, goals } = data.data;
  const goal = linkedGoal(person, goals);
  const due = dueReflection(person, events, meetings, reflections, now, timeZone);
  const points = progressSeries(reflections);
  const share = actionItemShare(meetings);
  const prep = prepList(meetings, reflections, now);
  const weeks = reflectWeeks(person, meetings);
  const answered = answeredReflections(reflections).reverse();
  const pastMeetings = meetings.filter((m) => Date.parse(m.startsAt) <= now.getTime()).map((m) => m.startsAt);

  const submit = ({ reflection, changedGoal }: ReflectionSubmit) =>
    feedback.run(async () => {
      const before = editing?.kind === 'edit' ? editing.reflection : null;
      await saveReflection(reflection, changedGoal ? { changedGoal } : {});
      setEditing(null);
      return before
        ? { message: 'Reflection updated.', undo: () => saveReflection(before) }
        : { message: `Reflection saved for ${person.profile.name}.`, undo: () => deleteReflection(reflection.id) };
    });

  const snooze = () =>
    due &&
    feedback.run(async () => {
      const rid = newId('r');
      await saveReflection({ id: rid, personId: person.id, promptKey: due.promptKey, kind: 'snoozed', at: new Date().toISOString(), until: snoozeUntil(new Date(), 'tomorrow', timeZone) });
      return { message: 'The reflection will be asked again tomorrow.', undo: () => deleteReflection(rid) };
    });

  const skip = () =>
    due &&
    feedback.run(async () => {
      const rid = newId('r');
      await saveReflection({ id: rid, personId: person.id, promptKey: due.promptKey, kind: 'skipped', at: new Date().toISOString() });
      return { message: 'Skipped this time.', undo: () => deleteReflection(rid) };
    });

  return (
    <section aria-labelledby={`${id}-title`} className="stack">
      <h2 id={`${id}-title`}>Reflect and adjust</h2>
      {feedback.view}
      <div className="row">
        {goals.length > 0 && (
          <label className="grow" style={{ fontWeight: 'normal' }}>
            Goal this mentorship serves{' '}
            <select
              value={goal?.id ?? ''}
              onChange={(e) => void feedback.run(async () => void (await updatePerson(person.id, (p) => ({ ...p, goalId: e.target.value }))))}
            >
              {goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {goalTitle(g)}
                  {g.reachedAt ? ' (reached)' : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        <label style={{ fontWeight: 'normal' }}>
          Reflect every{' '}
          <input
            type="number"
            min={1}
            max={52}
            style={{ width: '4em' }}
            value={weeks}
            aria-describedby={`${id}-weeks-hint`}
            onChange={(e) => {
              const n = Math.round(Number(e.target.value));
              if (n >= 1 && n <= 52) void feedback.run(async () => void (await updatePerson(person.id, (p) => ({ ...p, reflectEveryWeeks: n }))));
            }}
          />{' '}
          weeks
        </label>
      </div>
      <p id={`${id}-weeks-hint`} className="hint">
        {isQuiet(person.status)
          ? 'Paused or ended: no reflection prompts until you resume.'
          : person.reflectEveryWeeks
            ? 'Your own rhythm for this person.'
            : `Suggested from your agreed frequency (${suggestedReflectWeeks(meetings)} weeks); asked while you are in “Mentoring”, and after each meeting’s takeaways.`}
      </p>

      {due && !editing && (
        <div className="card row" role="group" aria-label="Reflection due">
          <span className="grow">{due.reason === 'meeting' ? 'How did the meeting move you forward?' : `Time for your ${due.weeks}-weekly reflection.`}</span>
          <button type="button" className="primary" onClick={() => setEditing({ kind: 'new', promptKey: due.promptKey, ...(due.meetingId ? { meetingId: due.meetingId } : {}) })}>
            Reflect now
          </button>
          <button type="button" onClick={() => void snooze()} disabled={feedback.busy}>
            Later
          </button>
          <button type="button" onClick={() => void skip()} disabled={feedback.busy}>
            Not this time
          </button>
        </div>
      )}
      {editing ? (
        <ReflectionForm
          personId={person.id}
          name={person.profile.name}
          promptKey={editing.kind === 'new' ? editing.promptKey : editing.reflection.promptKey}
          meetingId={editing.kind === 'new' ? editing.meetingId : editing.reflection.meetingId}
          goal={goal}
          initial={editing.kind === 'edit' ? editing.reflection : undefined}
          busy={feedback.busy}
          headingLevel={3}
          onSubmit={submit}
          onCancel={() => setEditing(null)}
        />
      ) : (
        !due && (
          <button type="button" onClick={() => setEditing({ kind: 'new', promptKey: `own:${newId('p')}` })}>
            Write a reflection
          </button>
        )
      )}

      {points.length > 0 ? (
        <ProgressChart
          points={points}
          meetings={pastMeetings}
          timeZone={timeZone}
          now={now}
          caption={`Progress over ${points.length} reflection${points.length === 1 ? '' : 's'} (latest: ${PROGRESS_LABELS[points.at(-1)!.progress]}); ${meetings.length} meeting${meetings.length === 1 ? '' : 's'}; ${share.done} of ${share.total} action items done.`}
        />
      ) : (
        <p className="muted">
          No reflections yet. {meetings.length} meeting{meetings.length === 1 ? '' : 's'}; {share.done} of {share.total} action items done.
        </p>
      )}

      {answered.length > 0 && (
        <details>
          <summary>Your reflections ({answered.length})</summary>
          <ul className="plain stack">
            {answered.map((r) => (
              <li key={r.id} className="card">
                <p style={{ margin: 0 }}>
                  <strong>{formatDay(r.at, timeZone, now)}</strong> — {PROGRESS_LABELS[r.progress]}; working: {WORKING_LABELS[r.working].toLowerCase()}
                  {r.why && ` — ${r.why}`}
                </p>
                {(r.changes.length > 0 || r.changeNote) && (
                  <p className="muted" style={{ margin: 0 }}>
                    Change: {[...r.changes.map((c) => CHANGE_LABELS[c]), r.changeNote].filter(Boolean).join('; ')}
                  </p>
                )}
                <div className="row">
                  <button type="button" className="link" onClick={() => setEditing({ kind: 'edit', reflection: r })}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      void feedback.run(async () => {
                        const removed = await deleteReflection(r.id);
                        return { message: 'Reflection deleted.', undo: async () => removed && saveReflection(removed) };
                      })
                    }
                  >
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}

      {prep.length > 0 && (
        <div>
          <h3>For the next meeting</h3>
          <ul>
            {prep.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="hint">Copied into the questions when you schedule the next meeting.</p>
        </div>
      )}
    </section>
  );
}
