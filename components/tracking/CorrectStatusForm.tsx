import { useId, useState, type FormEvent } from 'react';
import { setStatus, undoStatusEvent } from '../../utils/db/timeline';
import type { Status } from '../../utils/schema/status';
import { STATUS_DESCRIPTIONS, STATUS_LABELS, STATUSES } from '../../utils/tracking/status';
import { localDay } from '../../utils/tracking/zoned-time';
import { instantFromDayInput } from './format';
import type { Feedback } from './useFeedback';

/**
 * "Correct by hand": any status, for what the app cannot know (an answer by phone, a request sent
 * from another account). Still a timeline entry marked as a correction, with Undo.
 */
export function CorrectStatusForm({ personId, current, timeZone, feedback, onClose }: { personId: string; current: Status; timeZone: string; feedback: Feedback; onClose: () => void }) {
  const id = useId();
  const today = localDay(new Date(), timeZone);
  const options = STATUSES.filter((s) => s !== current);
  const [to, setTo] = useState<Status>(options[0]!);
  const [day, setDay] = useState(today);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const now = new Date();
    const at = instantFromDayInput(day, now, timeZone);
    if (!at) return setError('Pick a day that is today or earlier.');
    setError(null);
    const done = await feedback.run(async () => {
      const { event } = await setStatus(personId, to, { at, now, manual: true, note });
      return { message: `Status corrected to “${STATUS_LABELS[to]}”.`, undo: () => undoStatusEvent(personId, event.id) };
    });
    if (done) onClose();
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} style={{ margin: 0 }}>
        Correct the status by hand
      </h3>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <div className="grow">
          <label htmlFor={`${id}-to`}>New status</label>
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value as Status)} aria-describedby={`${id}-desc`}>
            {options.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="grow">
          <label htmlFor={`${id}-day`}>Since</label>
          <input id={`${id}-day`} type="date" value={day} max={today} required onChange={(e) => setDay(e.target.value)} />
        </div>
      </div>
      <p id={`${id}-desc`} className="hint">
        {STATUS_DESCRIPTIONS[to]}
      </p>
      <div>
        <label htmlFor={`${id}-note`}>
          Why <span className="hint">(optional, kept on the timeline)</span>
        </label>
        <input id={`${id}-note`} value={note} maxLength={2_000} onChange={(e) => setNote(e.target.value)} placeholder="e.g. She answered by phone" />
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={feedback.busy}>
          Set status
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
