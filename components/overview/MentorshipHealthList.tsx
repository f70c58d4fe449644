import type { HealthRow } from '../../utils/tracking/progress';

const STALLED_BECAUSE = { 'no-meeting': 'stalled: no meeting for two periods', 'no-progress': 'stalled: no progress for two periods' } as const;

/**
 * Every mentorship (status "Mentoring") and whether it moves the mentee forward, stalled first,
 * each with its next step (utils/tracking/progress.ts `mentorshipOverview`).
 */
export function MentorshipHealthList({ rows, onOpenPerson }: { rows: readonly HealthRow[]; onOpenPerson: (id: string) => void }) {
  if (rows.length === 0) return <p className="muted">No one is mentoring you yet. Once someone is in “Mentoring”, this says whether it moves you forward.</p>;
  return (
    <ul className="plain stack">
      {rows.map(({ personId, name, health }) => (
        <li key={personId} className="card">
          <button type="button" className="link" onClick={() => onOpenPerson(personId)}>
            {name}
          </button>{' '}
          — <strong>{health.state === 'moving' ? 'moving you forward' : STALLED_BECAUSE[health.because]}</strong>
          <br />
          <span className="muted">Next step: {health.nextStep}</span>
        </li>
      ))}
    </ul>
  );
}
