import { useId, useRef, useState, type FormEvent } from 'react';
import { Notice } from './Notice';
import { askFormatSchema, goalsSchema, reasonSchema, type Goals, type Reason } from '../utils/schema/goals';

const REASON_LABELS: Record<Reason, string> = {
  'career-advancement': 'Career advancement',
  'personal-growth': 'Personal growth',
  'new-skill': 'Learning a new skill',
  network: 'Growing my network',
};

const FORMAT_LABELS = { call: 'A short call', message: 'One question by message', meeting: 'A meeting (coffee, video)', email: 'An email exchange' } as const;

/** How the form names a goal text whose two versions were both kept. */
const GOAL_TEXT_NAMES: Record<string, string> = { summary: 'what you want from mentoring', helpWanted: 'the help you are looking for', intro: 'your introduction' };

export const blankGoals = (): Goals => ({ summary: '', reasons: [], helpWanted: '', ask: { format: 'call', minutes: 20 }, me: { name: '', intro: '' } });

/**
 * The mentee states their goals once: who they are, what they want in their own words, the help
 * they look for, and the ask they are comfortable making. Every draft is built from this.
 */
export function GoalsForm({
  initial,
  onSave,
  labelledBy,
}: {
  initial: Goals | null;
  /**
   * Stores the goals. `base` is what the form loaded (null for a first statement); the answer names
   * the free texts another window changed meanwhile, whose two versions were both kept.
   */
  onSave: (goals: Goals, base: Goals | null) => Promise<{ goals: Goals; bothKept: string[] }>;
  /** The id of a heading outside the form that names it (the form then shows no heading of its own). */
  labelledBy?: string;
}) {
  const id = useId();
  const [goals, setGoals] = useState<Goals>(initial ?? blankGoals());
  /** A field's problem, said at that field (the summary is required; minutes have a range). */
  const [error, setError] = useState<{ field: 'summary' | 'minutes'; message: string } | null>(null);
  const summaryField = useRef<HTMLTextAreaElement>(null);
  const minutesField = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState(false);
  /** The goals as stored when this form loaded them or last saved: a save compares against them (issue #9). */
  const base = useRef<Goals | null>(initial);
  const [bothKept, setBothKept] = useState<string[]>([]);
  const me = goals.me ?? { name: '', intro: '' };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = goalsSchema.safeParse(goals);
    if (!parsed.success) {
      // Each problem is said at its own field, and focus goes there.
      const onMinutes = parsed.error.issues.some((issue) => issue.path[0] === 'ask' && issue.path[1] === 'minutes');
      const onSummary = parsed.error.issues.some((issue) => issue.path[0] === 'summary');
      if (onSummary || !onMinutes) {
        setError({ field: 'summary', message: 'Say in a few words what you want from mentoring.' });
        summaryField.current?.focus();
      } else {
        setError({ field: 'minutes', message: 'Minutes: a whole number from 5 to 240, or leave it empty.' });
        minutesField.current?.focus();
      }
      return;
    }
    setError(null);
    const result = await onSave(parsed.data, base.current);
    base.current = result.goals;
    setGoals(result.goals);
    setBothKept(result.bothKept);
    setSaved(true);
  };
  const toggleReason = (reason: Reason) =>
    setGoals({ ...goals, reasons: goals.reasons.includes(reason) ? goals.reasons.filter((r) => r !== reason) : [...goals.reasons, reason] });

  return (
    <form onSubmit={submit} aria-labelledby={labelledBy ?? `${id}-title`} noValidate>
      {!labelledBy && <h2 id={`${id}-title`}>Your goals</h2>}
      <div className="row">
        <div className="grow">
          <label htmlFor={`${id}-name`}>Your name</label>
          <input id={`${id}-name`} value={me.name} autoComplete="name" onChange={(e) => setGoals({ ...goals, me: { ...me, name: e.target.value } })} />
        </div>
      </div>
      <label htmlFor={`${id}-intro`}>
        Who you are, in one line <span className="hint">e.g. “backend engineer at a logistics start-up”</span>
      </label>
      <input id={`${id}-intro`} value={me.intro} onChange={(e) => setGoals({ ...goals, me: { ...me, intro: e.target.value } })} />
      {/* Examples are hints beside the label, not placeholders: grey example answers made an empty form look filled in. */}
      <label htmlFor={`${id}-summary`}>
        What you want from mentoring, in your own words <span className="hint">e.g. “move from backend engineering into engineering management”</span>
      </label>
      <textarea
        id={`${id}-summary`}
        ref={summaryField}
        rows={2}
        required
        aria-invalid={error?.field === 'summary' || undefined}
        aria-describedby={error?.field === 'summary' ? `${id}-summary-error` : undefined}
        value={goals.summary}
        onChange={(e) => setGoals({ ...goals, summary: e.target.value })}
      />
      {error?.field === 'summary' && (
        <p className="field-error" id={`${id}-summary-error`}>
          {error.message}
        </p>
      )}
      <fieldset>
        <legend>Why (tick any)</legend>
        {reasonSchema.options.map((reason) => (
          <label key={reason} style={{ fontWeight: 'normal' }}>
            <input type="checkbox" style={{ width: 'auto', marginRight: '0.4em' }} checked={goals.reasons.includes(reason)} onChange={() => toggleReason(reason)} />
            {REASON_LABELS[reason]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-help`}>
        The help you are looking for <span className="hint">e.g. “advice on leading a team for the first time”</span>
      </label>
      <textarea id={`${id}-help`} rows={2} value={goals.helpWanted} onChange={(e) => setGoals({ ...goals, helpWanted: e.target.value })} />
      <fieldset>
        <legend>The ask you are comfortable with</legend>
        <div className="row">
          <div className="grow">
            <label htmlFor={`${id}-format`}>Format</label>
            <select id={`${id}-format`} value={goals.ask.format} onChange={(e) => setGoals({ ...goals, ask: { ...goals.ask, format: askFormatSchema.parse(e.target.value) } })}>
              {askFormatSchema.options.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </div>
          <div style={{ width: '7em' }}>
            <label htmlFor={`${id}-minutes`}>Minutes</label>
            <input
              id={`${id}-minutes`}
              ref={minutesField}
              aria-invalid={error?.field === 'minutes' || undefined}
              aria-describedby={error?.field === 'minutes' ? `${id}-minutes-error` : undefined}
              type="number"
              min={5}
              max={240}
              step={5}
              value={goals.ask.minutes ?? ''}
              onChange={(e) => setGoals({ ...goals, ask: { ...goals.ask, minutes: e.target.value ? Number(e.target.value) : undefined } })}
            />
            {error?.field === 'minutes' && (
              <p className="field-error" id={`${id}-minutes-error`}>
                {error.message}
              </p>
            )}
          </div>
        </div>
        <label htmlFor={`${id}-frequency`}>
          How often <span className="hint">e.g. “once”, “monthly”</span>
        </label>
        <input id={`${id}-frequency`} value={goals.ask.frequency ?? ''} onChange={(e) => setGoals({ ...goals, ask: { ...goals.ask, frequency: e.target.value || undefined } })} />
      </fieldset>
      <p className="row" style={{ marginTop: '0.8em' }}>
        <button type="submit" className="primary">
          Save goals
        </button>
        {saved && <span role="status">Saved.</span>}
      </p>
      {bothKept.length > 0 && (
        <Notice tone="warn">
          <p>
            Your goals were also changed in another window at the same time. Both versions of {bothKept.map((field) => GOAL_TEXT_NAMES[field] ?? field).join(' and ')} are
            kept, one after the other: tidy them up and save again.
          </p>
        </Notice>
      )}
    </form>
  );
}
