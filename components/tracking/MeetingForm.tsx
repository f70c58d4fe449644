import { useId, useState, type FormEvent } from 'react';
import { newId } from '../../utils/db/ids';
import { deleteMeeting, saveMeeting, updateMeeting, updateMeetingKeepingBoth, type MeetingPatch } from '../../utils/db/meetings';
import { undoInteraction } from '../../utils/db/timeline';
import type { ActionItem, Meeting, MeetingFormat } from '../../utils/schema/meeting';
import { meetingFormatSchema } from '../../utils/schema/meeting';
import { DEFAULT_MEETING_MINUTES } from '../../utils/tracking/defaults';
import { addDays, localDay, wallTimeOf } from '../../utils/tracking/zoned-time';
import { formatDay, formatTime, instantFromDayAndTime } from './format';
import type { Feedback } from './useFeedback';

export const FORMAT_LABELS: Record<MeetingFormat, string> = {
  video: 'Video call',
  call: 'Phone call',
  'in-person': 'In person',
  chat: 'Chat',
};

interface ItemRow {
  id: string;
  text: string;
  due: string;
  done: boolean;
}

interface Props {
  personId: string;
  /** The meeting to edit; a new one when absent. */
  meeting?: Meeting;
  timeZone: string;
  /** A new meeting's length: the goals' ask (utils/tracking/defaults.ts). */
  defaultMinutes?: number;
  feedback: Feedback;
  onClose: () => void;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Key-order-independent comparison: stored records come back in schema order, the form's in its own. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Schedule a meeting (date and time in the mentee's zone, shown), prepare questions, and afterwards
 * record takeaways, action items, what was agreed and notes. An edit stores only the fields changed
 * here, so a box ticked in another window meanwhile is kept.
 */
/** How the form names a free text whose two versions were both kept. */
const BOTH_KEPT_NAMES = { questions: 'questions', takeaways: 'takeaways', notes: 'notes' } as const;

export function MeetingForm({ personId, meeting, timeZone, defaultMinutes = DEFAULT_MEETING_MINUTES, feedback, onClose }: Props) {
  const id = useId();
  const now = new Date();
  const start = meeting ? wallTimeOf(meeting.startsAt, timeZone) : null;
  const [day, setDay] = useState(meeting ? localDay(meeting.startsAt, timeZone) : addDays(localDay(now, timeZone), 1));
  const [time, setTime] = useState(start ? `${String(start.hour).padStart(2, '0')}:${String(start.minute).padStart(2, '0')}` : '10:00');
  const [duration, setDuration] = useState(String(meeting?.durationMinutes ?? defaultMinutes));
  const [format, setFormat] = useState<MeetingFormat>(meeting?.format ?? 'video');
  const [questions, setQuestions] = useState((meeting?.questions ?? []).join('\n'));
  const [takeaways, setTakeaways] = useState((meeting?.takeaways ?? []).join('\n'));
  const [items, setItems] = useState<ItemRow[]>((meeting?.actionItems ?? []).map((item) => ({ ...item, due: item.due ?? '' })));
  const [frequency, setFrequency] = useState(meeting?.expectations.frequency ?? '');
  const [channel, setChannel] = useState(meeting?.expectations.channel ?? '');
  const [notes, setNotes] = useState(meeting?.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  // The item just added: its text field takes focus (the button would otherwise keep it).
  const [focusItem, setFocusItem] = useState<string | null>(null);

  const setItem = (index: number, patch: Partial<ItemRow>) => setItems((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const startsAt = instantFromDayAndTime(day, time, timeZone);
    const minutes = Number(duration);
    if (!startsAt) return setError('Pick the day and the time of the meeting.');
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 600) return setError('The length should be a whole number of minutes from 5 to 600.');
    setError(null);
    const actionItems: ActionItem[] = items
      .filter((row) => row.text.trim())
      .map((row) => ({ id: row.id, text: row.text.trim(), done: row.done, ...(row.due ? { due: row.due } : {}) }));
    const fields = {
      startsAt,
      timeZone,
      durationMinutes: minutes,
      format,
      questions: lines(questions),
      takeaways: lines(takeaways),
      actionItems,
      expectations: { frequency: frequency.trim(), channel: channel.trim() },
      notes,
    };
    const done = await feedback.run(async () => {
      if (!meeting) {
        const stamp = new Date().toISOString();
        const saved = await saveMeeting({ id: newId('m'), personId, ...fields, createdAt: stamp, updatedAt: stamp });
        return {
          message: `Meeting on ${formatDay(startsAt, timeZone)} at ${formatTime(startsAt, timeZone)} saved.`,
          undo: async () => {
            // The status it moved goes back first; if that is refused the meeting stays too.
            if (saved.events.length) await undoInteraction(personId, saved.events.map((ev) => ev.id));
            await deleteMeeting(saved.meeting.id);
          },
        };
      }
      const patch: MeetingPatch = {};
      for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
        if (stable(fields[key]) !== stable(meeting[key])) (patch as Record<string, unknown>)[key] = fields[key];
      }
      if (Object.keys(patch).length === 0) return { message: 'Nothing changed.' };
      const before: MeetingPatch = Object.fromEntries(Object.keys(patch).map((key) => [key, meeting[key as keyof Meeting]]));
      // The meeting as this form loaded it: a question, takeaway or note changed in another window
      // meanwhile is kept beside this one, never replaced (issue #9, item 5).
      const { bothKept } = await updateMeetingKeepingBoth(meeting.id, patch, { base: meeting });
      const kept = bothKept.map((key) => BOTH_KEPT_NAMES[key]).join(' and ');
      return {
        message: kept
          ? `Meeting updated. Its ${kept} were also changed in another window at the same time: both versions are kept, one after the other.`
          : 'Meeting updated.',
        undo: () => updateMeeting(meeting.id, before),
      };
    });
    if (done) onClose();
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} style={{ margin: 0 }}>
        {meeting ? 'Edit the meeting' : 'Schedule a meeting'}
      </h3>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <fieldset>
        <legend>When</legend>
        <div className="row">
          <div className="grow">
            <label htmlFor={`${id}-day`}>Day</label>
            <input id={`${id}-day`} type="date" required value={day} onChange={(e) => setDay(e.target.value)} />
          </div>
          <div className="grow">
            <label htmlFor={`${id}-time`}>Time</label>
            <input id={`${id}-time`} type="time" required value={time} onChange={(e) => setTime(e.target.value)} aria-describedby={`${id}-zone`} />
          </div>
        </div>
        <p id={`${id}-zone`} className="hint">
          In your time zone: {timeZone}
        </p>
        <div className="row">
          <div className="grow">
            <label htmlFor={`${id}-duration`}>Length (minutes)</label>
            <input id={`${id}-duration`} type="number" min={5} max={600} step={5} required value={duration} onChange={(e) => setDuration(e.target.value)} />
          </div>
          <div className="grow">
            <label htmlFor={`${id}-format`}>Format</label>
            <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value as MeetingFormat)}>
              {meetingFormatSchema.options.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend>Before the meeting</legend>
        <label htmlFor={`${id}-questions`}>
          Questions to ask <span className="hint">(one per line; specific ones get the best answers)</span>
        </label>
        <textarea id={`${id}-questions`} rows={3} value={questions} onChange={(e) => setQuestions(e.target.value)} />
      </fieldset>

      <fieldset>
        <legend>After the meeting</legend>
        <label htmlFor={`${id}-takeaways`}>
          Takeaways <span className="hint">(one per line)</span>
        </label>
        <textarea id={`${id}-takeaways`} rows={3} value={takeaways} onChange={(e) => setTakeaways(e.target.value)} />

        <h4 id={`${id}-items`} style={{ margin: '0.6em 0 0.2em' }}>
          Action items
        </h4>
        <ul className="plain stack" aria-labelledby={`${id}-items`}>
          {items.map((item, index) => (
            <li key={item.id} className="action-item">
              <input
                type="checkbox"
                style={{ width: 'auto' }}
                checked={item.done}
                aria-label={`Done: ${item.text || `action item ${index + 1}`}`}
                onChange={(e) => setItem(index, { done: e.target.checked })}
              />
              <input
                className="action-text"
                value={item.text}
                maxLength={1_000}
                aria-label={`Action item ${index + 1}`}
                ref={
                  item.id === focusItem
                    ? (el) => {
                        if (!el) return;
                        el.focus();
                        setFocusItem(null);
                      }
                    : undefined
                }
                onChange={(e) => setItem(index, { text: e.target.value })}
              />
              {/* On its own line, wide enough for the whole date (a 65 px box showed "0/2026"). */}
              <label className="action-due">
                Due{' '}
                <input type="date" value={item.due} aria-label={`Due date of action item ${index + 1}`} onChange={(e) => setItem(index, { due: e.target.value })} />
              </label>
              <button type="button" className="link" aria-label={`Remove action item ${index + 1}`} onClick={() => setItems((rows) => rows.filter((_, i) => i !== index))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          onClick={() => {
            const added = newId('ai');
            setFocusItem(added);
            setItems((rows) => [...rows, { id: added, text: '', due: '', done: false }]);
          }}
        >
          Add an action item
        </button>

        <div className="row">
          <div className="grow">
            <label htmlFor={`${id}-frequency`}>Agreed: how often</label>
            <input id={`${id}-frequency`} value={frequency} maxLength={120} placeholder="e.g. monthly" onChange={(e) => setFrequency(e.target.value)} />
          </div>
          <div className="grow">
            <label htmlFor={`${id}-channel`}>Agreed: which channel</label>
            <input id={`${id}-channel`} value={channel} maxLength={120} placeholder="e.g. video call, LinkedIn messages" onChange={(e) => setChannel(e.target.value)} />
          </div>
        </div>
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea id={`${id}-notes`} rows={3} value={notes} maxLength={20_000} onChange={(e) => setNotes(e.target.value)} />
      </fieldset>

      <div className="row">
        <button type="submit" className="primary" disabled={feedback.busy}>
          {meeting ? 'Save changes' : 'Save meeting'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
