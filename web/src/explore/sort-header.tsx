/** A column header that sorts the table when activated, announcing its state through aria-sort. */
import type { ReactNode } from 'react';

export type SortOrder = 'asc' | 'desc';

export function SortHeader({
  label,
  active,
  order,
  onSort,
  numeric = false,
}: {
  label: ReactNode;
  active: boolean;
  order: SortOrder;
  onSort: () => void;
  numeric?: boolean;
}) {
  return (
    <th
      scope="col"
      aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={numeric ? 'numeric' : undefined}
    >
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span className="sort-icon" aria-hidden="true">
          {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
