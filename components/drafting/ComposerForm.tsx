import { useId, type ReactNode } from 'react';
import { CHANNELS, channelSpec, INMAIL_BODY_LIMIT, MESSAGE_RECOMMENDED } from '../../utils/drafting/channels';
import type { Channel } from '../../utils/schema/channel';
import type { Template } from '../../utils/schema/draft';
import { CHANNEL_NAMES, lengthWords } from './composer';

function channelHint(channel: Channel, premium: boolean): string {
  switch (channel) {
    case 'connection-note':
      return `up to ${channelSpec(channel, { premium }).bodyLimit} characters`;
    case 'message':
      return `to someone you are connected with; under ${MESSAGE_RECOMMENDED} characters reads best`;
    case 'inmail':
      return `subject and up to ${INMAIL_BODY_LIMIT.toLocaleString('en')} characters`;
    case 'email':
      return 'subject and message';
  }
}

export interface NoteAllowance {
  sent: number;
  allowance: number;
}

interface Props {
  channel: Channel;
  premium: boolean;
  templateId: string;
  /** templatesFor(channel, the mentee's templates). */
  templates: readonly Template[];
  text: string;
  subject: string;
  /** Fill-in problems of the template, in words. */
  error: string | null;
  /** Only for connection notes. */
  notes: NoteAllowance | null;
  unsaved: boolean;
  onChannel: (channel: Channel) => void;
  onTemplate: (templateId: string) => void;
  onText: (text: string) => void;
  onSubject: (subject: string) => void;
  onMakeFit: () => void;
  onCopy: (part: 'message' | 'subject') => void;
  onSave: () => void;
  onNew: () => void;
  /** The on-device AI buttons, where there is a model. */
  ai?: ReactNode;
}

/** Channel, template, the editable text with its live length, and the actions on it. */
export function ComposerForm(props: Props) {
  const { channel, premium, text, subject } = props;
  const id = useId();
  const spec = channelSpec(channel, { premium });
  const lengths = lengthWords(spec, text, subject);
  const over = (props.notes?.sent ?? 0) >= (props.notes?.allowance ?? Infinity);

  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Your request</h3>
      <fieldset>
        <legend>Where you will send it</legend>
        {CHANNELS.map((c) => (
          <label key={c} style={{ fontWeight: 'normal', display: 'flex', gap: '0.4em', alignItems: 'baseline', margin: '0.2em 0' }}>
            <input type="radio" name={`${id}-channel`} value={c} style={{ width: 'auto' }} checked={channel === c} onChange={() => props.onChannel(c)} />
            <span>
              {CHANNEL_NAMES[c]} <span className="hint">— {channelHint(c, premium)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {props.notes && (
        <p className={over ? 'notice warn' : 'hint'} data-testid="note-allowance">
          {props.notes.sent} of {props.notes.allowance} personalised notes marked sent this month.
          {over && ' That is your monthly allowance: you can still connect without a note, then send a message once they accept.'}
        </p>
      )}
      <div>
        <label htmlFor={`${id}-template`}>Template</label>
        <select id={`${id}-template`} value={props.templateId} onChange={(e) => props.onTemplate(e.target.value)}>
          {props.templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <p className="hint">Edit templates or add your own in Settings.</p>
      </div>
      {spec.hasSubject && (
        <div>
          <label htmlFor={`${id}-subject`}>Subject</label>
          <input id={`${id}-subject`} value={subject} aria-describedby={`${id}-subject-count`} aria-invalid={lengths.subjectOver || undefined} onChange={(e) => props.onSubject(e.target.value)} />
          <p id={`${id}-subject-count`} className="hint" role="status" style={lengths.subjectOver ? { color: 'var(--bad)' } : undefined}>
            {lengths.subject}
          </p>
        </div>
      )}
      <div>
        <label htmlFor={`${id}-text`}>{spec.hasSubject ? 'Message' : `${spec.label} text`}</label>
        <textarea
          id={`${id}-text`}
          rows={channel === 'connection-note' ? 5 : 10}
          value={text}
          aria-describedby={`${id}-count`}
          aria-invalid={lengths.over || undefined}
          onChange={(e) => props.onText(e.target.value)}
        />
        <p id={`${id}-count`} role="status" aria-live="polite" data-testid="length" style={{ margin: '0.2em 0 0', color: lengths.over ? 'var(--bad)' : undefined }}>
          {lengths.body}
        </p>
      </div>
      {props.error && (
        <div className="notice warn">
          <p style={{ whiteSpace: 'pre-line', margin: 0 }}>{props.error}</p>
        </div>
      )}
      {props.ai}
      <div className="row">
        <button type="button" onClick={props.onMakeFit}>
          Make it fit
        </button>
        {spec.hasSubject ? (
          <>
            <button type="button" onClick={() => props.onCopy('subject')}>
              Copy subject
            </button>
            <button type="button" className="primary" onClick={() => props.onCopy('message')}>
              Copy message
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={() => props.onCopy('message')}>
            Copy
          </button>
        )}
        <button type="button" onClick={props.onSave}>
          Save draft
        </button>
        <button type="button" onClick={props.onNew}>
          New draft
        </button>
        {props.unsaved && <span className="hint">Not saved yet</span>}
      </div>
    </section>
  );
}
