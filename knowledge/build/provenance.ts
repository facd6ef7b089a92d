import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceMarkedBlock } from './marked-block.ts';

const START = '<!-- checksums:start (written by knowledge/build/build-data.ts) -->';
const END = '<!-- checksums:end -->';

export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Rewrites the checksum table of PROVENANCE.md so it always matches the files next to it. */
export function refreshProvenanceChecksums(dataDir: string): void {
  const files = readdirSync(dataDir)
    .filter((file) => file.endsWith('.csv'))
    .sort();
  const table = ['| file | SHA-256 |', '|---|---|', ...files.map((file) => `| \`${file}\` | \`${sha256(join(dataDir, file))}\` |`)];
  replaceMarkedBlock(join(dataDir, 'PROVENANCE.md'), START, END, table.join('\n'));
}
