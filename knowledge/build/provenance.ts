import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSha256Sums, SHA256SUMS_FILE } from '../../server/ingest/knowledge-checksums.ts';
import { replaceMarkedBlock } from './marked-block.ts';

const START = '<!-- checksums:start (written by knowledge/build/build-data.ts) -->';
const END = '<!-- checksums:end -->';

export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Rewrites the checksum table of PROVENANCE.md so it always matches the files next to it. */
function refreshProvenanceChecksums(dataDir: string): void {
  const files = readdirSync(dataDir)
    .filter((file) => file.endsWith('.csv'))
    .sort();
  const table = ['| file | SHA-256 |', '|---|---|', ...files.map((file) => `| \`${file}\` | \`${sha256(join(dataDir, file))}\` |`)];
  replaceMarkedBlock(join(dataDir, 'PROVENANCE.md'), START, END, table.join('\n'));
}

/** Rewrites knowledge/SHA256SUMS: sources.json and every findings card, which the ingest verifies before loading. */
function refreshSha256Sums(knowledgeDir: string): void {
  const paths = [
    'sources.json',
    ...readdirSync(join(knowledgeDir, 'findings'))
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map((file) => `findings/${file}`),
  ];
  writeFileSync(join(knowledgeDir, SHA256SUMS_FILE), formatSha256Sums(paths.map((path) => [path, sha256(join(knowledgeDir, path))])));
}

/** Both checksum lists of a knowledge directory, as a knowledge deploy must carry them. */
export function refreshKnowledgeChecksums(knowledgeDir: string): void {
  refreshProvenanceChecksums(join(knowledgeDir, 'data'));
  refreshSha256Sums(knowledgeDir);
}
