import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export type Row = Record<string, string>;

/** Reads a CSV with a header row into string records (no type coercion: values stay as published). */
export function readCsv(path: string): Row[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
}

/** Writes records with a fixed column order and LF line endings, so rebuilds are byte-identical. */
export function writeCsv(path: string, columns: readonly string[], rows: readonly Row[]): void {
  writeFileSync(path, stringify(rows as Row[], { header: true, columns: [...columns], record_delimiter: '\n' }));
}
