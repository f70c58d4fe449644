import { useId, useState, type FormEvent } from 'react';
import { CHANNELS } from '../../utils/drafting/channels';
import { logInteractionFor, undoInteraction } from '../../utils/db/timeline';
import type { Channel } from '../../utils/schema/channel';
import type { Draft } from '../../utils/schema/draft';
import type { TimelineEvent } from '../../utils/schema/event';
import { followUpChannelFor, replyChannelFor, REPLY_CHANNELS } from '../../utils/tracking/defaults';
import { localDay } from '../../utils/tracking/zoned-time';
import { channelLabel, formatDay, instantFromDayInput } from './format';
import type { Feedback } from './useFeedback';

export type InteractionKind = 'sent' | 'reply' | 'follow-up' | 'note';

const TITLES: Record<InteractionKind, string> = {
  sent: 'Mark as sent',
  reply: 'Log a reply',
  'follow-up': 'Log a follow-up',
  note: 'Add a note to the timeline',
};

const SUBMIT: Record<InteractionKind, string> = {
  sent: 'Save as sent',
  reply: 'Save reply',
  'follow-up': 'Save follow-up',
  note: 'Add note',
};

interface Props {
  kind: InteractionKind;
  personId: string;
  personName: string;
  events: readonly TimelineEvent[];
  drafts: readonly Draft[];
  timeZone: string;
  feedback: Feedback;
  onClose: () => void;
}

function firstWords(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line || '(empty)';
}


/** One form for logging what happened: the request sent, their reply, a follow-up, or a note. */
export function InteractionForm({ kind, personId, personName, events, drafts, timeZone, feedback, onClose }: Props) {
  const id = useId();
  const today = localDay(new Date(), timeZone);
  const sortedDrafts = [...drafts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const [draftId, setDraftId] = useState(kind === 'sent' && sortedDrafts[0] ? sortedDrafts[0].id : '');
  const [channel, setChannel] = useState<Channel>(
    kind === 'sent' ? (sortedDrafts[0]?.channel ?? 'message') : kind === 'reply' ? replyChannelFor(events) : followUpChannelFor(events),
  );
  const [day, setDay] = useState(today);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const now = new Date();
    const at = kind === 'note' ? now.toISOString() : instantFromDayInput(day, now, timeZone);
    if (!at) return setError('Pick a day that is today or earlier.');
    if (kind === 'note' && !text.trim()) return setError('Write the note first.');
    setError(null);
    const draft = drafts.find((d) => d.id === draftId);
    const done = await feedback.run(async () => {
      const { events: added } = await logInteractionFor(personId, {
        type: kind,
        at,
        now,
        ...(kind !== 'note' ? { channel } : {}),
        ...(kind === 'sent' && draft ? { draftId: draft.id, ...(draft.templateId ? { templateId: draft.templateId } : {}) } : {}),
        ...(text.trim() ? { text } : {}),
      });
      const when = kind === 'note' ? '' : ` (${channelLabel(channel)}, ${formatDay(at, timeZone, now)})`;
      const words: Record<InteractionKind, string> = {
        sent: `Marked as sent${when}. The follow-up reminder counts from then.`,
        reply: `Logged ${personName}’s reply${when}.`,
        'follow-up': `Logged your follow-up${when}.`,
        note: 'Added the note to the timeline.',
      };
      return { message: words[kind], undo: () => undoInteraction(personId, added.map((ev) => ev.id)), eventIds: added.map((ev) => ev.id) };
    });
    if (done) onClose();
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} style={{ margin: 0 }}>
        {TITLES[kind]}
      </h3>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {kind === 'sent' && (
        <div>
          <label htmlFor={`${id}-draft`}>Which draft did you send?</label>
          <select
            id={`${id}-draft`}
            value={draftId}
            onChange={(e) => {
              setDraftId(e.target.value);
              const picked = drafts.find((d) => d.id === e.target.value);
              if (picked) setChannel(picked.channel);
            }}
          >
            <option value="">None — I wrote it elsewhere</option>
            {sortedDrafts.map((d) => (
              <option key={d.id} value={d.id}>
                {channelLabel(d.channel)}: {firstWords(d.text)} ({formatDay(d.updatedAt, timeZone)})
              </option>
            ))}
          </select>
        </div>
      )}
      {kind !== 'note' && (
        <div className="row">
          <div className="grow">
            <label htmlFor={`${id}-channel`}>{kind === 'reply' ? 'Where did they reply?' : 'Sent as'}</label>
            <select id={`${id}-channel`} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
              {(kind === 'reply' ? REPLY_CHANNELS : CHANNELS).map((c) => (
                <option key={c} value={c}>
                  {channelLabel(c)}
                </option>
              ))}
            </select>
          </div>
          <div className="grow">
            <label htmlFor={`${id}-day`}>When</label>
            <input id={`${id}-day`} type="date" value={day} max={today} required onChange={(e) => setDay(e.target.value)} />
          </div>
        </div>
      )}
      {kind !== 'sent' && (
        <div>
          <label htmlFor={`${id}-text`}>
            {kind === 'reply' ? 'Their reply' : kind === 'follow-up' ? 'What you wrote' : 'Note'}{' '}
            {kind !== 'note' && <span className="hint">(optional{kind === 'reply' ? '; paste it to keep it with the timeline' : ''})</span>}
          </label>
          <textarea id={`${id}-text`} rows={kind === 'note' ? 3 : 5} value={text} maxLength={20_000} onChange={(e) => setText(e.target.value)} />
        </div>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={feedback.busy}>
          {SUBMIT[kind]}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
