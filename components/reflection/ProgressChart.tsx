import type { ProgressPoint } from '../../utils/tracking/progress';
import { PROGRESS_LABELS, WORKING_LABELS } from '../../utils/tracking/progress';
import { formatDay } from '../tracking/format';

interface Props {
  points: readonly ProgressPoint[];
  /** Meeting start instants, drawn as ticks along the bottom. */
  meetings: readonly string[];
  timeZone: string;
  now: Date;
  caption: string;
}

const WIDTH = 320;
const HEIGHT = 140;
const LEFT = 8;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 24;

/**
 * Progress over time as an SVG drawn here (no chart library), with the same numbers as a table for
 * screen readers. One point is drawn as a dot in the middle; two or more as a line from the
 * first to the last reflection. Meetings are ticks on the time axis.
 */
export function ProgressChart({ points, meetings, timeZone, now, caption }: Props) {
  const times = [...points.map((p) => Date.parse(p.at)), ...meetings.map((m) => Date.parse(m))];
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = max - min;
  const x = (ms: number) => (span === 0 ? WIDTH / 2 : LEFT + ((ms - min) / span) * (WIDTH - LEFT - RIGHT));
  const y = (progress: number) => TOP + ((5 - progress) / 4) * (HEIGHT - TOP - BOTTOM);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(Date.parse(p.at)).toFixed(1)},${y(p.progress).toFixed(1)}`).join(' ');

  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH * 1.5, display: 'block' }} aria-hidden="true" focusable="false" data-testid="progress-chart">
        {[1, 3, 5].map((level) => (
          <g key={level}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(level)} y2={y(level)} stroke="var(--border)" strokeDasharray="3 3" />
            <text x={WIDTH - RIGHT} y={y(level) - 2} textAnchor="end" fontSize="9" fill="var(--fg-muted)">
              {PROGRESS_LABELS[level as 1 | 3 | 5]}
            </text>
          </g>
        ))}
        {meetings.map((m) => (
          <line key={m} x1={x(Date.parse(m))} x2={x(Date.parse(m))} y1={HEIGHT - BOTTOM + 2} y2={HEIGHT - BOTTOM + 10} stroke="var(--fg-muted)" />
        ))}
        {points.length > 1 && <path d={path} fill="none" stroke="var(--accent)" strokeWidth="2" />}
        {points.map((p) => (
          <circle key={p.reflectionId} cx={x(Date.parse(p.at))} cy={y(p.progress)} r="4" fill="var(--accent)" />
        ))}
        {points.length > 0 && (
          <>
            <text x={LEFT} y={HEIGHT - 2} fontSize="9" fill="var(--fg-muted)">
              {formatDay(new Date(min).toISOString(), timeZone, now)}
            </text>
            {span > 0 && (
              <text x={WIDTH - RIGHT} y={HEIGHT - 2} textAnchor="end" fontSize="9" fill="var(--fg-muted)">
                {formatDay(new Date(max).toISOString(), timeZone, now)}
              </text>
            )}
          </>
        )}
      </svg>
      <figcaption className="hint">{caption}</figcaption>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Progress</th>
            <th scope="col">Working?</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.reflectionId}>
              <td>{formatDay(p.at, timeZone, now)}</td>
              <td>
                {PROGRESS_LABELS[p.progress]} ({p.progress} of 5)
              </td>
              <td>{WORKING_LABELS[p.working]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
