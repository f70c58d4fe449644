import { useId } from 'react';
import type { AiAvailability, RewriteKind } from '../../utils/drafting/ai';

export interface AiRun {
  kind: RewriteKind;
  /** Model download, 0–1; null when no download is under way. */
  progress: number | null;
}

const BUTTONS: { kind: RewriteKind; label: string; hint: string }[] = [
  { kind: 'rewrite', label: 'Rewrite', hint: 'Rewrite the draft so it reads naturally' },
  { kind: 'warmer', label: 'Warmer', hint: 'Make the draft warmer, without flattery' },
  { kind: 'shorter', label: 'Shorter', hint: 'Make the draft shorter' },
];

/**
 * Rewrites with the browser's on-device model. Rendered only where that model exists; whatever it
 * writes still goes through the channel's limit and the quality check before it reaches the editor.
 */
export function AiActions({ availability, running, onRun, onCancel }: {
  availability: AiAvailability;
  running: AiRun | null;
  onRun: (kind: RewriteKind) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const percent = running?.progress == null ? null : Math.round(running.progress * 100);
  return (
    <div className="stack" role="group" aria-label="Rewrite on this device">
      <div className="row">
        <span className="hint">On-device AI:</span>
        {BUTTONS.map((b) => (
          <button key={b.kind} type="button" title={b.hint} disabled={running !== null} onClick={() => onRun(b.kind)}>
            {b.label}
          </button>
        ))}
      </div>
      {availability !== 'available' && !running && (
        <p className="hint">The first use downloads Chrome's on-device model; nothing you write leaves this computer.</p>
      )}
      {running && (
        <div className="row" role="status" aria-live="polite">
          {percent !== null ? (
            <>
              <label htmlFor={`${id}-download`} style={{ margin: 0 }}>
                Downloading the on-device model: {percent}%
              </label>
              <progress id={`${id}-download`} className="grow" max={100} value={percent} />
            </>
          ) : (
            <span className="grow">Rewriting on this device…</span>
          )}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
