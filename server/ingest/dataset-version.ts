import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DATA_FILES } from './knowledge-layout.ts';

/** Bump when the ingest changes how files become rows, so existing databases reload. */
const INGEST_FORMAT_VERSION = 6;

export interface DatasetFingerprint {
  checksum: string;
  version: string;
  files: Record<string, string>;
}

/** SHA-256 of every ingested file, plus the ingest format and embedder: equal fingerprints mean identical data. */
export function fingerprintKnowledge(knowledgeDir: string, embedderId: string): DatasetFingerprint {
  const paths = [
    'sources.json',
    ...KNOWLEDGE_DATA_FILES.map((file) => `data/${file}`),
    ...readdirSync(join(knowledgeDir, 'findings'))
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map((file) => `findings/${file}`),
  ];
  const files: Record<string, string> = {};
  for (const path of paths) {
    try {
      files[path] = createHash('sha256')
        .update(readFileSync(join(knowledgeDir, path)))
        .digest('hex');
    } catch {
      files[path] = 'missing';
    }
  }
  const checksum = createHash('sha256')
    .update(JSON.stringify({ format: INGEST_FORMAT_VERSION, embedder: embedderId, files }))
    .digest('hex');
  return { checksum, version: `${INGEST_FORMAT_VERSION}.${checksum.slice(0, 12)}`, files };
}
