import type { ReactNode } from 'react';
import './data.css';

/**
 * A wide table's horizontal scroll area: a labelled region that keyboard users can focus and scroll
 * (WCAG 2.1.1; axe's scrollable-region-focusable), named by the table's caption.
 */
export function TableScroll({ labelledBy, className, children }: { labelledBy: string; className?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be scrolled by keyboard.
    <section className={className ? `table-scroll ${className}` : 'table-scroll'} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
