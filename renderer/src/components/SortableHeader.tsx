import type { SortDirection } from '../screens/country-list-order';
import './SortableHeader.css';

interface SortableHeaderProps {
  label: string;
  /** The column's direction when the table is sorted by it; undefined otherwise. */
  direction: SortDirection | undefined;
  /** Tells a screen reader user what a click does, e.g. "Sort by country". */
  sortLabel: string;
  onSort: () => void;
}

/** A column header whose button sorts the table by the column; `aria-sort` says the current order. */
export function SortableHeader({ label, direction, sortLabel, onSort }: SortableHeaderProps) {
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="sortable-header" onClick={onSort} title={sortLabel}>
        {label}
        <span aria-hidden="true" className="sortable-header__arrow">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
