import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A section of a person's page that opens on demand: a heading holding a button while closed, the
 * section itself once opened (it brings its own <h2>). Focus moves to that heading when it opens,
 * since the button it came from is gone.
 */
export function SectionToggle({ title, summary, children }: { title: string; summary?: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const heading = body.current?.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [open]);
  if (open) return <div ref={body}>{children}</div>;
  return (
    <h2 className="section-toggle">
      <button type="button" aria-expanded="false" onClick={() => setOpen(true)}>
        <span>{title}</span>
        {summary && <span className="hint">{summary}</span>}
      </button>
    </h2>
  );
}
