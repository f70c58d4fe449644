import type { TimelineEvent } from '../../utils/schema/event';
import type { Person } from '../../utils/schema/person';
import type { Preferences } from '../../utils/schema/preferences';
import { nextFollowUp } from '../../utils/tracking/followups';
import { daysBetween, localDay } from '../../utils/tracking/zoned-time';
import { formatDay } from './format';

interface Props {
  person: Person;
  events: readonly TimelineEvent[];
  preferences: Preferences;
  now: Date;
  timeZone: string;
  busy: boolean;
  onConfirmNoReply: () => void;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Where the follow-ups stand, in a sentence: "Follow-up 1 of 1 due on 3 Dec", or, once they are
 * used and the wait is over, the question whether to mark "no reply" (the app never does it alone).
 */
export function FollowUpState({ person, events, preferences, now, timeZone, busy, onConfirmNoReply }: Props) {
  const next = nextFollowUp(person, events, preferences, timeZone);
  if (!next) return null;
  const today = localDay(now, timeZone);
  const late = daysBetween(next.dueDay, today);
  const when = late > 0 ? ` (${plural(late, 'day')} ago)` : late === 0 ? ' (today)' : '';

  if (next.kind === 'follow-up') {
    return (
      <p role="status">
        Follow-up {next.number} of {next.of} {late >= 0 ? 'was due' : 'due'} on {formatDay(next.dueDay, timeZone, now)}
        {when}.{' '}
        {late >= 0 && <span className="hint">A short, friendly nudge; log it below once you have sent it.</span>}
      </p>
    );
  }
  const after = next.followUpsSent === 0 ? 'No reply' : `No reply after ${plural(next.followUpsSent, 'follow-up')}`;
  if (late < 0) {
    return (
      <p role="status">
        {after} yet. If nothing comes, you can mark them as “no reply” from {formatDay(next.dueDay, timeZone, now)}.
      </p>
    );
  }
  return (
    <div className="notice warn" role="status">
      <p>{after} — mark as no reply?</p>
      <div className="row">
        <button type="button" onClick={onConfirmNoReply} disabled={busy}>
          Mark as no reply
        </button>
        <span className="hint">You can undo it, and move them back to “Request sent” if they answer later.</span>
      </div>
    </div>
  );
}
