import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The <h1> of a side-panel view, or a person's name. It takes focus when it appears, so keyboard
 * and screen-reader users start at the top of the view they opened instead of on <body>.
 */
export function ViewHeading({ id, children, className }: { id?: string; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
