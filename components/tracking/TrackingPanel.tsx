import { useEffect, useId, useState } from 'react';
import { listForPerson } from '../../utils/db/records';
import { setStatus, undoStatusEvent } from '../../utils/db/timeline';
import type { Person } from '../../utils/schema/person';
import type { Preferences } from '../../utils/schema/preferences';
import type { Status } from '../../utils/schema/status';
import { isSuperseded } from '../../utils/tracking/defaults';
import { isReadyForNoReply } from '../../utils/tracking/followups';
import { hasLinkedInAddress } from '../../utils/tracking/linkedin-person';
import { nextStatuses, resumeStatus, STATUS_DESCRIPTIONS, STATUS_LABELS } from '../../utils/tracking/status';
import { useDbData } from '../hooks/useDbData';
import { Notice } from '../Notice';
import { ConversationReply } from './ConversationReply';
import { CorrectStatusForm } from './CorrectStatusForm';
import { FollowUpState } from './FollowUpState';
import { menteeTimeZone } from './format';
import { InteractionForm, type InteractionKind } from './InteractionForm';
import { Timeline } from './Timeline';
import { useFeedback } from './useFeedback';

/** How each next step is offered as a button. */
const NEXT_STEP_LABELS: Record<Status, string> = {
  saved: 'Back to “Saved”',
  drafted: 'Request drafted',
  sent: 'Mark as sent…',
  replied: 'They replied',
  'meeting-scheduled': 'Meeting scheduled',
  mentoring: 'They mentor me',
  declined: 'They declined',
  'no-reply': 'Mark as no reply',
  paused: 'Pause',
  ended: 'End with thanks',
};

type OpenForm = InteractionKind | 'correct' | null;

/**
 * Where the outreach to one person stands and what to do next: the status with only the sensible
 * next steps, logging what happened, the follow-up state in words, and the timeline with Undo.
 * Every change is applied to the stored record (utils/db/tracking), never to the copy shown here.
 */
export function TrackingPanel({ person, preferences }: { person: Person; preferences: Preferences }) {
  const id = useId();
  const events = useDbData(() => listForPerson('events', person.id), ['events'], [person.id]);
  const drafts = useDbData(() => listForPerson('drafts', person.id), ['drafts'], [person.id]);
  const feedback = useFeedback();
  const [open, setOpen] = useState<OpenForm>(null);
  const { clear } = feedback;
  // Another person's page (after a merge, or Today → person) starts without the last one's messages.
  useEffect(() => {
    clear();
    setOpen(null);
  }, [clear, person.id]);
  const timeZone = menteeTimeZone();
  const now = new Date();
  const timeline = events.data ?? [];
  // "Logged their reply … Undo" is out of date once something newer happened (a meeting scheduled).
  const superseded = isSuperseded(feedback.eventIds, timeline);
  useEffect(() => {
    if (superseded) clear();
  }, [superseded, clear]);
  const noReplyReady = isReadyForNoReply(person, timeline, preferences, now, timeZone);
  // "No reply" is asked as a question in the follow-up state below, not offered twice.
  // Paused or ended (issue #13): "Resume" goes back to where it stood before the pause (or to
  // Mentoring after an end) and restarts follow-ups, reflection prompts and meeting reminders.
  const resume = events.data ? resumeStatus(person, timeline) : null;
  const next = nextStatuses(person.status, { noReplyReady }).filter((s) => s !== 'no-reply' && s !== resume);

  const move = (to: Status) => {
    if (to === 'sent') return setOpen('sent');
    setOpen(null);
    void feedback.run(async () => {
      const { event } = await setStatus(person.id, to, { at: new Date().toISOString() });
      return { message: `Status changed to “${STATUS_LABELS[to]}”.`, undo: () => undoStatusEvent(person.id, event.id), eventIds: [event.id] };
    });
  };

  const toggle = (form: OpenForm) => setOpen((current) => (current === form ? null : form));

  return (
    <section aria-labelledby={`${id}-title`} className="stack">
      <h2 id={`${id}-title`}>Outreach</h2>
      <p>
        <strong>{STATUS_LABELS[person.status]}</strong> <span className="muted">— {STATUS_DESCRIPTIONS[person.status]}</span>
      </p>
      {events.error && <Notice tone="bad">{events.error}</Notice>}
      {feedback.view}
      {events.data && (
        <FollowUpState
          person={person}
          events={timeline}
          preferences={preferences}
          now={now}
          timeZone={timeZone}
          busy={feedback.busy}
          onConfirmNoReply={() =>
            void feedback.run(async () => {
              const { event } = await setStatus(person.id, 'no-reply', { at: new Date().toISOString() });
              return { message: 'Marked as “No reply”.', undo: () => undoStatusEvent(person.id, event.id) };
            })
          }
        />
      )}

      {resume && (
        <div className="row" role="group" aria-label="Resume">
          <button type="button" className="primary" onClick={() => move(resume)} disabled={feedback.busy} aria-expanded={resume === 'sent' ? open === 'sent' : undefined}>
            Resume: back to “{STATUS_LABELS[resume]}”
          </button>
          <span className="hint">Follow-ups, reflection prompts and meeting reminders start again.</span>
        </div>
      )}

      {next.length > 0 && (
        <div className="row" role="group" aria-label="Next step">
          <span className="hint">{resume ? 'Or:' : 'Next step:'}</span>
          {next.map((to) => (
            <button key={to} type="button" onClick={() => move(to)} disabled={feedback.busy} aria-expanded={to === 'sent' ? open === 'sent' : undefined}>
              {NEXT_STEP_LABELS[to]}
            </button>
          ))}
        </div>
      )}

      <div className="row" role="group" aria-label="Log what happened">
        <button type="button" onClick={() => toggle('reply')} aria-expanded={open === 'reply'}>
          Log a reply…
        </button>
        <button type="button" onClick={() => toggle('follow-up')} aria-expanded={open === 'follow-up'}>
          Log a follow-up…
        </button>
        <button type="button" onClick={() => toggle('note')} aria-expanded={open === 'note'}>
          Add a note…
        </button>
        <button type="button" className="link" onClick={() => toggle('correct')} aria-expanded={open === 'correct'}>
          Correct by hand…
        </button>
      </div>

      {open === 'correct' ? (
        <CorrectStatusForm personId={person.id} current={person.status} timeZone={timeZone} feedback={feedback} onClose={() => setOpen(null)} />
      ) : open ? (
        <InteractionForm
          key={open}
          kind={open}
          personId={person.id}
          personName={person.profile.name}
          events={timeline}
          drafts={drafts.data ?? []}
          timeZone={timeZone}
          feedback={feedback}
          onClose={() => setOpen(null)}
        />
      ) : null}

      {/* Only for someone Mentor Scout knows on LinkedIn (not a person saved from their own site). */}
      {hasLinkedInAddress(person) && <ConversationReply person={person} events={timeline} feedback={feedback} />}

      <h3 id={`${id}-timeline`}>Timeline</h3>
      {events.data ? <Timeline personId={person.id} events={timeline} timeZone={timeZone} feedback={feedback} /> : <p role="status">Loading…</p>}
    </section>
  );
}
