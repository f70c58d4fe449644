import { useId, useMemo, useState } from 'react';
import { isBackupDue } from '../utils/backup/reminder';
import { toggleActionItem } from '../utils/db/meetings';
import { setStatus, undoStatusEvent } from '../utils/db/timeline';
import { readTrackingData } from '../utils/db/tracking-data';
import { dueItems, groupByPerson, type TodayItem } from '../utils/tracking/followups';
import { deleteReflection, saveReflection } from '../utils/db/reflections';
import { newId } from '../utils/db/ids';
import { linkedGoal } from '../utils/tracking/goals';
import { dueReflections, snoozeUntil, type ReflectionTodayItem } from '../utils/tracking/reflections';
import { ReflectionForm } from './reflection/ReflectionForm';
import { downloadBackup, exportedMessage } from './tracking/backup-download';
import { formatDay, formatTime, menteeTimeZone } from './tracking/format';
import { useFeedback } from './tracking/useFeedback';
import { useNow } from './tracking/useNow';
import { useDbData } from './hooks/useDbData';
import { Notice } from './Notice';
import { ViewHeading } from './ViewHeading';

function overdue(days: number): string {
  return days === 0 ? 'today' : days === 1 ? 'since yesterday' : `${days} days overdue`;
}

/**
 * What needs the mentee today, in their time zone: meetings, due follow-ups, action items due or
 * overdue, people ready to be marked "no reply", and a reminder to export a backup.
 */
export function TodayView({ onOpenPerson }: { onOpenPerson: (id: string) => void }) {
  const id = useId();
  const data = useDbData(readTrackingData, ['people', 'events', 'meetings', 'settings', 'reflections', 'goals']);
  const [reflecting, setReflecting] = useState<string | null>(null);
  const feedback = useFeedback();
  const timeZone = menteeTimeZone();
  const now = useNow();

  const items = useMemo(() => {
    if (!data.data) return [];
    const { people, events, meetings, preferences } = data.data;
    return dueItems(people, groupByPerson(events), groupByPerson(meetings), preferences, now, timeZone);
  }, [data.data, now, timeZone]);
  const reflectionItems = useMemo(() => {
    if (!data.data) return [];
    const { people, events, meetings, reflections } = data.data;
    return dueReflections(people, groupByPerson(events), groupByPerson(meetings), groupByPerson(reflections), now, timeZone);
  }, [data.data, now, timeZone]);

  if (data.error) return <Notice tone="bad">{data.error}</Notice>;
  if (!data.data) return <p role="status">Loading…</p>;
  const { people, preferences } = data.data;
  const firstSavedAt = people.reduce<string | null>((oldest, p) => (!oldest || p.createdAt < oldest ? p.createdAt : oldest), null);
  const backupDue = isBackupDue(preferences, now, firstSavedAt);

  const promptLine = (item: ReflectionTodayItem) => {
    const person = people.find((p) => p.id === item.personId);
    if (reflecting === item.promptKey && person) {
      return (
        <ReflectionForm
          personId={item.personId}
          name={item.name}
          promptKey={item.promptKey}
          meetingId={item.meetingId}
          goal={linkedGoal(person, data.data!.goals)}
          busy={feedback.busy}
          onCancel={() => setReflecting(null)}
          onSubmit={({ reflection, changedGoal }) =>
            feedback.run(async () => {
              await saveReflection(reflection, changedGoal ? { changedGoal } : {});
              setReflecting(null);
              return { message: `Reflection saved for ${item.name}.`, undo: () => deleteReflection(reflection.id) };
            })
          }
        />
      );
    }
    const record = (kind: 'skipped' | 'snoozed') =>
      feedback.run(async () => {
        const rid = newId('r');
        const at = new Date();
        await saveReflection(
          kind === 'skipped'
            ? { id: rid, personId: item.personId, promptKey: item.promptKey, kind, at: at.toISOString() }
            : { id: rid, personId: item.personId, promptKey: item.promptKey, kind, at: at.toISOString(), until: snoozeUntil(at, 'tomorrow', timeZone) },
        );
        return { message: kind === 'skipped' ? `Skipped the reflection on ${item.name} this time.` : `Asking again tomorrow about ${item.name}.`, undo: () => deleteReflection(rid) };
      });
    return (
      <div className="row">
        <span className="grow">
          <strong>{item.name}</strong>: {item.reason === 'meeting' ? 'reflect on your meeting' : `reflect on the last ${item.weeks} week${item.weeks === 1 ? '' : 's'}`}{' '}
          <span className="muted">— due {overdue(item.overdueDays)}</span>
        </span>
        <button type="button" className="primary" onClick={() => setReflecting(item.promptKey)} aria-label={`Reflect on ${item.name}`}>
          Reflect
        </button>
        <button type="button" disabled={feedback.busy} onClick={() => void record('snoozed')} aria-label={`Later: ask again tomorrow about ${item.name}`}>
          Later
        </button>
        <button type="button" disabled={feedback.busy} onClick={() => void record('skipped')} aria-label={`Not this time: skip the reflection on ${item.name}`}>
          Not this time
        </button>
      </div>
    );
  };

  const open = (item: TodayItem) => (
    <button type="button" className="link" onClick={() => onOpenPerson(item.personId)} aria-label={`Open ${item.name}`}>
      Open
    </button>
  );

  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <ViewHeading id={`${id}-title`}>Today</ViewHeading>
      {feedback.view}
      {backupDue && (
        <Notice tone="warn">
          <p>
            {preferences.lastExportAt
              ? `Your last backup is from ${formatDay(preferences.lastExportAt, timeZone, now)}.`
              : 'You have not exported a backup yet.'}{' '}
            Everything lives in this browser only; a backup file keeps it safe if the browser or the computer is lost.
          </p>
          <button type="button" onClick={() => void feedback.run(async () => ({ message: exportedMessage(await downloadBackup()) }))} disabled={feedback.busy}>
            Export a backup
          </button>
        </Notice>
      )}
      {reflectionItems.length > 0 && (
        <ul className="plain stack" aria-label="Reflections due">
          {reflectionItems.map((item) => (
            <li key={`reflection:${item.personId}`} className="card">
              {promptLine(item)}
            </li>
          ))}
        </ul>
      )}
      {items.length === 0 && reflectionItems.length > 0 ? null : items.length === 0 ? (
        <div className="stack">
          <p>
            <strong>Nothing to do today.</strong>
          </p>
          <p className="muted">
            This list shows follow-ups that are due, today’s meetings, action items due today or overdue, and people to mark as “no reply”
            after your follow-ups. {people.length === 0 ? 'Save someone first, then ' : 'Open a person and '}mark your request as sent: the follow-up
            reminder starts from then.
          </p>
        </div>
      ) : (
        <ul className="plain stack" aria-label="To do today">
          {items.map((item) => (
            <li key={`${item.kind}:${item.personId}:${item.kind === 'action-item' ? item.item.id : item.kind === 'meeting' ? item.meetingId : ''}`} className="card">
              {item.kind === 'meeting' && (
                <div className="row">
                  <span className="grow">
                    <strong>{item.inProgress ? 'Now' : formatTime(item.startsAt, timeZone)}</strong> — meeting with {item.name} until {formatTime(item.endsAt, timeZone)}
                  </span>
                  {open(item)}
                </div>
              )}
              {item.kind === 'follow-up' && (
                <div className="row">
                  <span className="grow">
                    <strong>{item.name}</strong>: follow-up {item.number} of {item.of} due {overdue(item.overdueDays)}
                  </span>
                  {open(item)}
                </div>
              )}
              {item.kind === 'action-item' && (
                <div className="row">
                  <label className="grow" style={{ fontWeight: 'normal', margin: 0, display: 'flex', gap: '0.4em', alignItems: 'baseline' }}>
                    <input
                      type="checkbox"
                      style={{ width: 'auto' }}
                      checked={false}
                      disabled={feedback.busy}
                      onChange={() =>
                        void feedback.run(async () => {
                          await toggleActionItem(item.meetingId, item.item.id, true);
                          return { message: `Done: “${item.item.text}”.`, undo: () => toggleActionItem(item.meetingId, item.item.id, false) };
                        })
                      }
                    />
                    <span>
                      {item.item.text} <span className="muted">— for {item.name}, due {overdue(item.overdueDays)}</span>
                    </span>
                  </label>
                  {open(item)}
                </div>
              )}
              {item.kind === 'confirm-no-reply' && (
                <div className="row">
                  <span className="grow">
                    <strong>{item.name}</strong>: no reply after {item.followUpsSent} follow-up{item.followUpsSent === 1 ? '' : 's'} — mark as no reply?
                  </span>
                  <button
                    type="button"
                    disabled={feedback.busy}
                    onClick={() =>
                      void feedback.run(async () => {
                        const { event } = await setStatus(item.personId, 'no-reply', { at: new Date().toISOString() });
                        return { message: `${item.name} is marked “No reply”.`, undo: () => undoStatusEvent(item.personId, event.id) };
                      })
                    }
                  >
                    Confirm
                  </button>
                  {open(item)}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
