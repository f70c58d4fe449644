import { useId } from 'react';
import type { Alternative } from './composer';

interface Props {
  alternatives: readonly Alternative[];
  /** The key of the alternative in the editor, or null once the mentee has edited or rebuilt it. */
  current: string | null;
  onPick: (alternative: Alternative) => void;
}

/**
 * The drafts the mentee can start from, best first: the engine's (each on a different fact) and
 * their own templates. A radio group, so arrow keys move between them and a screen reader hears
 * what each rests on before its opening words.
 */
export function AlternativesPicker({ alternatives, current, onPick }: Props) {
  const name = useId();
  if (alternatives.length < 2) return null;
  return (
    <fieldset className="alternatives">
      <legend>Alternatives</legend>
      {alternatives.map((a) => (
        <label key={a.key} className="alternative">
          <input type="radio" name={name} checked={current === a.key} onChange={() => onPick(a)} disabled={!a.copyable} />
          <span className="alternative-label">{a.label}</span>
          <span className="alternative-preview">{a.text ? `${a.text.replace(/\s+/g, ' ').slice(0, 90)}…` : a.error}</span>
        </label>
      ))}
    </fieldset>
  );
}
