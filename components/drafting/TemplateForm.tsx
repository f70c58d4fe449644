import { useId, useMemo, useState, type FormEvent } from 'react';
import { CHANNELS, channelSpec } from '../../utils/drafting/channels';
import { TEMPLATE_VARIABLES, VARIABLE_DOCS } from '../../utils/drafting/templates';
import type { TemplateInput } from '../../utils/db/templates';
import type { Goals } from '../../utils/schema/goals';
import type { Template } from '../../utils/schema/draft';
import { SAMPLE_PROFILE } from '../sample';
import { CHANNEL_NAMES } from './composer';
import { checkTemplate } from './template-check';

interface Props {
  initial: TemplateInput;
  /** "Edit: Connection note" or "New template". */
  title: string;
  goals: Goals | null;
  premium: boolean;
  onSave: (template: TemplateInput) => Promise<void>;
  onCancel: () => void;
}

/** One template's name, channel, subject and body, with its variables explained and tried live. */
export function TemplateForm({ initial, title, goals, premium, onSave, onCancel }: Props) {
  const id = useId();
  const [value, setValue] = useState<TemplateInput>(initial);
  const [error, setError] = useState<string | null>(null);
  const check = useMemo(() => checkTemplate(value, goals, premium), [value, goals, premium]);
  const hasSubject = value.channel === 'any' || channelSpec(value.channel).hasSubject;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.name.trim()) return setError('Give the template a name.');
    if (check.unknown.length) return setError(`Fix the unknown variable${check.unknown.length === 1 ? '' : 's'} first: ${check.unknown.map((v) => `{${v}}`).join(', ')}.`);
    setError(null);
    await onSave({ ...value, name: value.name.trim() });
  };

  return (
    <form className="stack card" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{title}</h3>
      <div>
        <label htmlFor={`${id}-name`}>Name</label>
        {/* The form opens from an Edit button elsewhere in the list: take the keyboard focus to it. */}
        <input id={`${id}-name`} autoFocus value={value.name} maxLength={80} required onChange={(e) => setValue({ ...value, name: e.target.value })} />
      </div>
      <div>
        <label htmlFor={`${id}-channel`}>For</label>
        <select id={`${id}-channel`} value={value.channel} onChange={(e) => setValue({ ...value, channel: e.target.value as Template['channel'] })}>
          <option value="any">Any channel</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_NAMES[c]}
            </option>
          ))}
        </select>
      </div>
      {hasSubject && (
        <div>
          <label htmlFor={`${id}-subject`}>
            Subject <span className="hint">(InMail and email)</span>
          </label>
          <input id={`${id}-subject`} value={value.subject} maxLength={1000} onChange={(e) => setValue({ ...value, subject: e.target.value })} />
        </div>
      )}
      <div>
        <label htmlFor={`${id}-body`}>Text</label>
        <textarea
          id={`${id}-body`}
          rows={8}
          maxLength={10_000}
          value={value.body}
          aria-describedby={`${id}-problems`}
          onChange={(e) => setValue({ ...value, body: e.target.value })}
        />
      </div>
      <div id={`${id}-problems`} aria-live="polite">
        {check.messages.length > 0 ? (
          <div className={check.unknown.length ? 'notice bad' : 'notice warn'}>
            <p style={{ margin: 0 }}>
              {check.unknown.length ? 'This template has variables that do not exist:' : `With the sample person ${SAMPLE_PROFILE.name} and your goals, some variables stay empty:`}
            </p>
            <ul style={{ margin: '0.3em 0 0' }}>
              {check.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="hint">Every variable is filled for the sample person.</p>
        )}
      </div>
      <details>
        <summary>Preview with the sample person, {SAMPLE_PROFILE.name}</summary>
        {hasSubject && check.preview.subject && <p>Subject: {check.preview.subject}</p>}
        <p style={{ whiteSpace: 'pre-wrap' }}>{check.preview.text}</p>
        {check.length && <p className="hint">{check.length}</p>}
      </details>
      <details>
        <summary>Variables you can use</summary>
        <dl>
          {TEMPLATE_VARIABLES.map((v) => (
            <div key={v} style={{ marginBottom: '0.4em' }}>
              <dt>
                <code>{`{${v}}`}</code>
              </dt>
              <dd style={{ margin: '0 0 0 1em' }}>
                {VARIABLE_DOCS[v].description} <span className="hint">Example: “{VARIABLE_DOCS[v].example}”</span>
              </dd>
            </div>
          ))}
        </dl>
      </details>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary">
          Save template
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
