import { useEffect, useId, useState } from 'react';
import { listForPerson } from '../../utils/db/records';
import { deleteMeeting, restoreMeeting, toggleActionItem } from '../../utils/db/meetings';
import type { Meeting } from '../../utils/schema/meeting';
import type { Person } from '../../utils/schema/person';
import { icsFileName, meetingToIcs } from '../../utils/tracking/ics';
import { useDbData } from '../hooks/useDbData';
import { Notice } from '../Notice';
import { downloadText } from './download';
import { getGoals } from '../../utils/db/settings';
import { formatTimeRange, formatZoneName } from '../../utils/format/dates';
import { meetingMinutesFor } from '../../utils/tracking/defaults';
import { formatDay, menteeTimeZone } from './format';
import { FORMAT_LABELS, MeetingForm } from './MeetingForm';
import { useFeedback, type Feedback } from './useFeedback';

/** Meetings with one person: schedule, prepare, record what came of them, add to a calendar. */
export function MeetingsPanel({ person }: { person: Person }) {
  const id = useId();
  const meetings = useDbData(() => listForPerson('meetings', person.id), ['meetings'], [person.id]);
  const goals = useDbData(getGoals, ['goals']);
  const feedback = useFeedback();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const { clear } = feedback;
  // Another person's page (after a merge, or Today → person) starts without the last one's messages.
  useEffect(() => {
    clear();
    setEditing(null);
  }, [clear, person.id]);
  const timeZone = menteeTimeZone();
  const now = Date.now();
  const list = [...(meetings.data ?? [])].sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  return (
    <section aria-labelledby={`${id}-title`} className="stack">
      <div className="row">
        <h2 id={`${id}-title`} className="grow">
          Meetings
        </h2>
        {editing !== 'new' && (
          <button type="button" onClick={() => setEditing('new')}>
            Schedule a meeting…
          </button>
        )}
      </div>
      {meetings.error && <Notice tone="bad">{meetings.error}</Notice>}
      {feedback.view}
      {editing === 'new' && (
        <MeetingForm personId={person.id} timeZone={timeZone} defaultMinutes={meetingMinutesFor(goals.data)} feedback={feedback} onClose={() => setEditing(null)} />
      )}
      {meetings.data && list.length === 0 && editing !== 'new' && (
        <p className="muted">No meetings yet. When {person.profile.name} agrees to talk, schedule it here: you can prepare questions and add it to your calendar.</p>
      )}
      {list.map((meeting) =>
        editing === meeting.id ? (
          <MeetingForm key={meeting.id} personId={person.id} meeting={meeting} timeZone={timeZone} feedback={feedback} onClose={() => setEditing(null)} />
        ) : (
          <MeetingCard key={meeting.id} meeting={meeting} person={person} timeZone={timeZone} past={Date.parse(meeting.startsAt) + meeting.durationMinutes * 60_000 < now} feedback={feedback} onEdit={() => setEditing(meeting.id)} />
        ),
      )}
    </section>
  );
}

/**
 * "Video call, 5 Dec, 10:00–10:30 (CET)" in the meeting's own zone, and the same span in the
 * mentee's zone when it differs ("16:00–16:30 your time").
 */
export function meetingWhen(meeting: Meeting, end: string, timeZone: string, locale?: string): { title: string; yourTime: string | null } {
  const zone = meeting.timeZone;
  const span = formatTimeRange(meeting.startsAt, end, { timeZone: zone, locale });
  if (zone === timeZone) return { title: `${FORMAT_LABELS[meeting.format]}, ${span}`, yourTime: null };
  return {
    title: `${FORMAT_LABELS[meeting.format]}, ${span} (${formatZoneName(meeting.startsAt, { timeZone: zone, locale })})`,
    yourTime: `${formatTimeRange(meeting.startsAt, end, { timeZone, locale })} your time (${formatZoneName(meeting.startsAt, { timeZone, locale })})`,
  };
}

interface CardProps {
  meeting: Meeting;
  person: Person;
  timeZone: string;
  past: boolean;
  feedback: Feedback;
  onEdit: () => void;
}

function MeetingCard({ meeting, person, timeZone, past, feedback, onEdit }: CardProps) {
  const id = useId();
  const end = new Date(Date.parse(meeting.startsAt) + meeting.durationMinutes * 60_000).toISOString();
  const { title, yourTime } = meetingWhen(meeting, end, timeZone);

  const addToCalendar = () => {
    const text = meetingToIcs(meeting, { personName: person.profile.name, now: new Date(), profileUrl: person.profileUrl });
    downloadText(text, icsFileName(meeting, person.profile.name), 'text/calendar;charset=utf-8');
  };

  return (
    <article className="card stack" aria-labelledby={`${id}-title`}>
      <div className="row">
        <h3 id={`${id}-title`} className="grow" style={{ margin: 0 }}>
          {title} {past ? <span className="badge">Past</span> : <span className="badge">Upcoming</span>}
        </h3>
      </div>
      {yourTime && (
        <p className="hint" style={{ margin: 0 }}>
          {yourTime}
        </p>
      )}
      {meeting.questions.length > 0 && (
        <>
          <h4 style={{ margin: 0 }}>Questions to ask</h4>
          <ol>
            {meeting.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ol>
        </>
      )}
      {meeting.takeaways.length > 0 && (
        <>
          <h4 style={{ margin: 0 }}>Takeaways</h4>
          <ul>
            {meeting.takeaways.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </>
      )}
      {meeting.actionItems.length > 0 && (
        <>
          <h4 style={{ margin: 0 }}>Action items</h4>
          <ul className="plain">
            {meeting.actionItems.map((item) => (
              <li key={item.id}>
                <label style={{ fontWeight: 'normal', margin: 0, display: 'flex', gap: '0.4em', alignItems: 'baseline' }}>
                  <input
                    type="checkbox"
                    style={{ width: 'auto' }}
                    checked={item.done}
                    disabled={feedback.busy}
                    onChange={(e) => {
                      const done = e.target.checked;
                      void feedback.run(async () => {
                        await toggleActionItem(meeting.id, item.id, done);
                        return { message: done ? `Done: “${item.text}”.` : `Reopened: “${item.text}”.`, undo: () => toggleActionItem(meeting.id, item.id, !done) };
                      });
                    }}
                  />
                  <span style={item.done ? { textDecoration: 'line-through' } : undefined}>
                    {item.text}
                    {item.due && <span className="muted"> — due {formatDay(item.due, timeZone)}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {(meeting.expectations.frequency || meeting.expectations.channel) && (
        <p style={{ margin: 0 }}>
          Agreed: {[meeting.expectations.frequency, meeting.expectations.channel].filter(Boolean).join(', ')}
        </p>
      )}
      {meeting.notes && <p style={{ whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' }}>{meeting.notes}</p>}
      <div className="row">
        {/* The name starts with the visible words, so speech users can say what they see. */}
        <button type="button" onClick={addToCalendar} aria-label={`Add to calendar: ${title} (downloads a calendar file)`}>
          Add to calendar
        </button>
        <button type="button" onClick={onEdit}>
          {past ? 'Record how it went' : 'Edit'}
        </button>
        <button
          type="button"
          className="danger"
          disabled={feedback.busy}
          onClick={() =>
            void feedback.run(async () => {
              const deleted = await deleteMeeting(meeting.id);
              return { message: `Deleted the meeting of ${formatDay(meeting.startsAt, timeZone)}.`, undo: () => restoreMeeting(deleted) };
            })
          }
        >
          Delete
        </button>
      </div>
    </article>
  );
}
