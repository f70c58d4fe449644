import { useId, useState } from 'react';
import { describeStorageError } from '../utils/db/errors';
import { updatePreferences } from '../utils/db/settings';
import type { Preferences } from '../utils/schema/preferences';
import { Notice } from './Notice';

/** Settings that shape drafting limits and follow-up reminders. Each change is saved at once. */
export function PreferencesForm({ preferences }: { preferences: Preferences }) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const change = (patch: Partial<Preferences>) => void updatePreferences(patch).then(() => setProblem(null), (e: unknown) => setProblem(describeStorageError(e)));
  const number = (key: 'monthlyNoteAllowance' | 'followUpDays' | 'maxFollowUps' | 'backupReminderDays', label: string, min: number, max: number, hint?: string) => (
    <div>
      <label htmlFor={`${id}-${key}`}>
        {label} {hint && <span className="hint">{hint}</span>}
      </label>
      <input
        id={`${id}-${key}`}
        type="number"
        min={min}
        max={max}
        defaultValue={preferences[key]}
        onBlur={(e) => {
          const value = Number(e.target.value);
          if (Number.isInteger(value) && value >= min && value <= max) change({ [key]: value });
          else setProblem(`${label}: use a whole number from ${min} to ${max}.`);
        }}
      />
    </div>
  );
  return (
    <section aria-labelledby={`${id}-title`} className="stack">
      <h2 id={`${id}-title`}>Outreach settings</h2>
      {problem && <Notice tone="bad">{problem}</Notice>}
      <label style={{ fontWeight: 'normal' }}>
        <input type="checkbox" style={{ width: 'auto', marginRight: '0.4em' }} checked={preferences.premium} onChange={(e) => change({ premium: e.target.checked })} />
        I have LinkedIn Premium (connection notes up to 300 characters instead of 200)
      </label>
      {number('monthlyNoteAllowance', 'Personalised connection notes a month', 0, 100, 'free accounts get only a few; check LinkedIn for yours')}
      {number('followUpDays', 'Days to wait before a follow-up', 1, 90)}
      {number('maxFollowUps', 'Polite follow-ups at most', 0, 5)}
      <label style={{ fontWeight: 'normal' }}>
        <input
          type="checkbox"
          style={{ width: 'auto', marginRight: '0.4em' }}
          checked={preferences.notifications}
          onChange={(e) => change({ notifications: e.target.checked })}
        />
        Show a browser notification when a follow-up is due
      </label>
      <label style={{ fontWeight: 'normal' }}>
        <input
          type="checkbox"
          style={{ width: 'auto', marginRight: '0.4em' }}
          checked={preferences.reflectionNotifications}
          onChange={(e) => change({ reflectionNotifications: e.target.checked })}
        />
        Show a browser notification when a reflection is due{' '}
        <span className="hint">(off: reflections wait on Today and on the toolbar button’s number)</span>
      </label>
      {number('backupReminderDays', 'Remind me to export a backup after (days)', 1, 365)}
    </section>
  );
}
