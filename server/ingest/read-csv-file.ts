import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { KnowledgeFileError } from './knowledge-error.ts';

/**
 * Parses a knowledge CSV and validates every row against `schema`. Row numbers in errors count the
 * header as row 1, as a spreadsheet shows them.
 */
export function readCsvFile<Schema extends z.ZodType>(path: string, schema: Schema): z.output<Schema>[] {
  const file = basename(path);
  if (!existsSync(path)) throw new KnowledgeFileError(file, undefined, 'file is missing');
  let records: Record<string, string>[];
  try {
    records = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new KnowledgeFileError(file, line, `not valid CSV (${(error as Error).message})`);
  }
  // A truncated or emptied file must not silently replace a table with nothing.
  if (records.length === 0) throw new KnowledgeFileError(file, undefined, 'has no data rows');
  return records.map((record, index) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new KnowledgeFileError(file, index + 2, `column ${issue.path.join('.') || '?'}: ${issue.message}`);
    }
    return parsed.data;
  });
}
