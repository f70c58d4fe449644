import { useId } from 'react';
import type { Check, CheckId } from '../../utils/drafting/quality';

const TITLES: Record<CheckId, string> = {
  fact: 'Specific to them',
  goal: 'Your goal',
  ask: 'A small ask',
  limit: 'Length',
  placeholder: 'No placeholders',
  'not-generic': 'No empty praise',
  link: 'Why them, for your goal',
  wording: 'Plain, whole sentences',
};

/**
 * The quality check, updated as the mentee types. The list is a polite live region: only the
 * checks whose words change are read out, not the whole list on every keystroke.
 */
export function QualityList({ checks }: { checks: readonly Check[] }) {
  const id = useId();
  const failing = checks.filter((c) => !c.ok).length;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Quality check</h3>
      <ul className="plain" aria-live="polite" aria-labelledby={`${id}-title`} data-testid="quality-checks">
        {checks.map((check) => (
          <li key={check.id} data-check={check.id} data-ok={String(check.ok)} style={{ display: 'flex', gap: '0.4em', margin: '0.2em 0' }}>
            <span aria-hidden="true" style={{ color: check.ok ? 'var(--ok)' : 'var(--bad)', fontWeight: 700, flex: 'none' }}>
              {check.ok ? '✓' : '✗'}
            </span>
            <span>
              <strong>{TITLES[check.id]}</strong>
              <span className="visually-hidden">{check.ok ? ' (passes)' : ' (needs a change)'}</span>: {check.message}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted" style={{ marginTop: '0.3em' }}>
        {failing === 0 ? 'Every check passes.' : `${failing} of ${checks.length} checks need a change.`}
      </p>
    </section>
  );
}
