import type { Queryable } from '../db/db.ts';

const BATCH_ROWS = 2_000;

/**
 * Inserts many rows with one statement per batch: rows travel as a single JSON parameter and are
 * unpacked by jsonb_to_recordset, which is far faster than row-by-row inserts on PGlite and works
 * unchanged on PostgreSQL. `targets` maps each table column to an SQL expression over the input `x`.
 */
export async function bulkInsert(
  tx: Queryable,
  table: string,
  input: Record<string, string>,
  targets: Record<string, string>,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const recordType = Object.entries(input)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  const sql = `INSERT INTO ${table} (${Object.keys(targets).join(', ')})
    SELECT ${Object.values(targets).join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${recordType})`;
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    await tx.query(sql, [JSON.stringify(rows.slice(start, start + BATCH_ROWS))]);
  }
}

/** The common case: every input column goes to the table column of the same name. */
export const sameNames = (input: Record<string, string>) => Object.fromEntries(Object.keys(input).map((name) => [name, `x.${name}`]));
