import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props<T> {
  items: T[];
  rowHeight: number;
  /** Height of the scrolling area in pixels. */
  height: number | string;
  renderRow: (item: T, index: number) => ReactNode;
  getKey: (item: T) => string;
  label: string;
}

/**
 * Renders only the rows in view (plus a few), so 10,000 people cost what 20 do. Rows have a fixed
 * height; the list is a listbox-free plain list so screen readers read each row's own controls.
 */
export function VirtualList<T>({ items, rowHeight, height, renderRow, getKey, label }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight || 600));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const overscan = 6;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return (
    <div ref={scroller} style={{ height, overflowY: 'auto', position: 'relative' }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul className="plain" aria-label={label} style={{ height: items.length * rowHeight, position: 'relative', margin: 0 }}>
        {items.slice(first, last).map((item, offset) => (
          <li
            key={getKey(item)}
            aria-setsize={items.length}
            aria-posinset={first + offset + 1}
            style={{ position: 'absolute', top: (first + offset) * rowHeight, height: rowHeight, left: 0, right: 0 }}
          >
            {renderRow(item, first + offset)}
          </li>
        ))}
      </ul>
    </div>
  );
}
