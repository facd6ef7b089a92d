import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const START = '<!-- checksums:start (written by knowledge/build/build-data.ts) -->';
const END = '<!-- checksums:end -->';

export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Rewrites the checksum table of PROVENANCE.md so it always matches the files next to it. */
export function refreshProvenanceChecksums(dataDir: string): void {
  const path = join(dataDir, 'PROVENANCE.md');
  const text = readFileSync(path, 'utf8');
  const files = readdirSync(dataDir)
    .filter((file) => file.endsWith('.csv'))
    .sort();
  const table = ['| file | SHA-256 |', '|---|---|', ...files.map((file) => `| \`${file}\` | \`${sha256(join(dataDir, file))}\` |`)];
  const begin = text.indexOf(START);
  const end = text.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`${path} lacks the checksum markers`);
  writeFileSync(path, `${text.slice(0, begin + START.length)}\n${table.join('\n')}\n${text.slice(end)}`);
}
