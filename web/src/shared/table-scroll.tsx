import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { labelCells } from './label-cells.ts';
import './data.css';
import './table-scroll.css';

/**
 * A table's region: labelled, and focusable so that a keyboard can scroll it (WCAG 2.1.1; axe's
 * scrollable-region-focusable). On a phone its rows become cards, each value with its column's name
 * (`stack`, the default); a table that must stay a grid (a heat map) scrolls instead, and shows that it does.
 */
export function TableScroll({
  labelledBy,
  label,
  className,
  stack = true,
  children,
}: {
  labelledBy?: string;
  label?: string;
  className?: string;
  stack?: boolean;
  children: ReactNode;
}) {
  const region = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = region.current;
    if (!element || !stack) return;
    const label = () => element.querySelectorAll('table').forEach(labelCells);
    label();
    // Rows change with sorting, paging and streaming; their cells get their labels as they come.
    const observer = new MutationObserver(label);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [stack]);
  const classes = ['table-scroll', stack ? 'stack' : 'scroll-cue', className].filter(Boolean).join(' ');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be scrolled by keyboard.
    <section ref={region} className={classes} aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : label} tabIndex={0}>
      {children}
    </section>
  );
}
