import { fileSlug } from '../shared/csv.ts';
import { CsvButton } from '../shared/csv-button.tsx';

/** The CSV button of a result table in an answer: the file is named after the table. */
export function ResultCsvButton({
  name,
  columns,
  rows,
}: {
  name: string;
  columns: { key: string; label: string }[];
  rows: Record<string, unknown>[];
}) {
  return <CsvButton name={name} build={() => ({ filename: `${fileSlug(name)}.csv`, columns, rows })} />;
}
