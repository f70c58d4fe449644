/** One bar: its words, its number as text, and how long it is drawn (0–1 of the longest). */
export interface Bar {
  key: string;
  label: string;
  /** The number as the mentee reads it: "12", "40% (4 of 10)". */
  text: string;
  share: number;
}

/**
 * A small horizontal bar chart as a list: each row says its label and number in words, and the
 * bar beside it is decoration (hidden from screen readers, which read the list). Drawn with CSS,
 * in the theme's colours, so it follows light and dark.
 */
export function Bars({ bars, label }: { bars: readonly Bar[]; label: string }) {
  return (
    <ul className="plain stack" aria-label={label} style={{ gap: '0.25em' }}>
      {bars.map((bar) => (
        <li key={bar.key} style={{ display: 'grid', gridTemplateColumns: 'minmax(7em, 40%) 1fr 7.5em', alignItems: 'center', gap: '0.5em' }}>
          <span>{bar.label}</span>
          <span aria-hidden="true" style={{ background: 'var(--bg-raised)', borderRadius: 'var(--radius)', height: '0.8em', overflow: 'hidden' }}>
            <span style={{ display: 'block', height: '100%', width: `${Math.round(Math.min(1, Math.max(0, bar.share)) * 100)}%`, background: 'var(--accent)' }} />
          </span>
          <strong style={{ textAlign: 'right' }}>{bar.text}</strong>
        </li>
      ))}
    </ul>
  );
}
