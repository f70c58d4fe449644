import { removeEvent, REMOVABLE_EVENT_TYPES, restoreEvent, undoStatusEvent } from '../../utils/db/timeline';
import type { TimelineEvent } from '../../utils/schema/event';
import { latestStatusEventId } from '../../utils/tracking/defaults';
import { STATUS_LABELS } from '../../utils/tracking/status';
import { channelLabel, describeEvent, formatDateTime, newestFirst } from './format';
import type { Feedback } from './useFeedback';

const REMOVED_WORDS: Partial<Record<TimelineEvent['type'], string>> = { note: 'the note', reply: 'the reply', 'follow-up': 'the follow-up' };

/**
 * The person's timeline, newest first. Everything from data is rendered as text (a pasted reply may
 * hold markup; it shows as typed). Status changes have Undo; notes, replies and follow-ups Remove.
 */
export function Timeline({ personId, events, timeZone, feedback }: { personId: string; events: readonly TimelineEvent[]; timeZone: string; feedback: Feedback }) {
  if (events.length === 0) return <p className="muted">Nothing on the timeline yet. Mark the request as sent once you have sent it, and the follow-up reminders start.</p>;
  const now = new Date();
  // Only the newest status change can be undone: undoing an older one would skip the later ones.
  const undoable = latestStatusEventId(events);
  return (
    <ul className="plain stack" aria-label="Timeline, newest first">
      {newestFirst(events).map((event) => (
        <li key={event.id} className="card">
          <div className="row">
            <span className="grow">
              <time dateTime={event.at} className="muted">
                {formatDateTime(event.at, timeZone, now)}
              </time>{' '}
              — <strong>{describeEvent(event)}</strong>
              {event.channel && <span className="muted"> · {channelLabel(event.channel)}</span>}
            </span>
            {event.type === 'status' && event.id === undoable && event.from && event.to && (
              <button
                type="button"
                className="link"
                disabled={feedback.busy}
                aria-label={`Undo the change from ${STATUS_LABELS[event.from]} to ${STATUS_LABELS[event.to]}`}
                onClick={() =>
                  void feedback.run(async () => {
                    await undoStatusEvent(personId, event.id);
                    return { message: `Undone: the status is “${STATUS_LABELS[event.from!]}” again.` };
                  })
                }
              >
                Undo
              </button>
            )}
            {REMOVABLE_EVENT_TYPES.has(event.type) && (
              <button
                type="button"
                className="link"
                disabled={feedback.busy}
                aria-label={`Remove ${REMOVED_WORDS[event.type]} of ${formatDateTime(event.at, timeZone, now)}`}
                onClick={() =>
                  void feedback.run(async () => {
                    const removed = await removeEvent(personId, event.id);
                    return { message: `Removed ${REMOVED_WORDS[event.type]} from the timeline.`, undo: () => restoreEvent(removed) };
                  })
                }
              >
                Remove
              </button>
            )}
          </div>
          {event.text && (
            <p style={{ whiteSpace: 'pre-wrap', margin: '0.3em 0 0', overflowWrap: 'anywhere' }} className="timeline-text">
              {event.text}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
