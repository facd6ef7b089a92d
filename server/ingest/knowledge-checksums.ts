/**
 * The SHA-256 lists a knowledge deploy must match before anything is ingested, both written by the knowledge build
 * (`npm run knowledge:build`, or `npm run knowledge:checksums` after editing a findings card):
 * - knowledge/data/PROVENANCE.md, whose checksum table covers every CSV in knowledge/data;
 * - knowledge/SHA256SUMS, in `sha256sum` format, covering sources.json and every findings card
 *   (`cd knowledge && sha256sum -c SHA256SUMS` checks it by hand).
 * A file cut short at a row boundary, or with one figure altered, still parses: only its checksum tells.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFingerprint } from './dataset-version.ts';
import { KnowledgeFileError } from './knowledge-error.ts';

const PROVENANCE_FILE = 'data/PROVENANCE.md';
export const SHA256SUMS_FILE = 'SHA256SUMS';

/** `file -> SHA-256` from the checksum table of PROVENANCE.md (rows like | `tasks.csv` | `2d09…` |). */
export function readProvenanceChecksums(knowledgeDir: string): Map<string, string> {
  const text = readList(knowledgeDir, PROVENANCE_FILE);
  return new Map([...text.matchAll(/^\| `([^`]+\.csv)` \| `([0-9a-f]{64})` \|$/gm)].map((match) => [`data/${match[1]}`, match[2]!]));
}

/** `path -> SHA-256` from SHA256SUMS (lines like `2d09…  findings/x.md`). */
export function readSha256Sums(knowledgeDir: string): Map<string, string> {
  const text = readList(knowledgeDir, SHA256SUMS_FILE);
  return new Map([...text.matchAll(/^([0-9a-f]{64}) [ *](.+)$/gm)].map((match) => [match[2]!, match[1]!]));
}

export const formatSha256Sums = (entries: readonly (readonly [path: string, sha256: string])[]) =>
  entries.map(([path, sha256]) => `${sha256}  ${path}\n`).join('');

function readList(knowledgeDir: string, path: string): string {
  const full = join(knowledgeDir, path);
  if (!existsSync(full)) throw new KnowledgeFileError(path, undefined, 'the checksum list is missing: run npm run knowledge:checksums');
  return readFileSync(full, 'utf8');
}

/**
 * Refuses a knowledge deploy whose files differ from their checksum lists, naming the first such file. CSVs are
 * named as the ingest names them elsewhere (tasks.csv), the rest by their path under knowledge/.
 */
export function verifyKnowledgeChecksums(knowledgeDir: string, fingerprint: DatasetFingerprint): void {
  const provenance = readProvenanceChecksums(knowledgeDir);
  const sums = readSha256Sums(knowledgeDir);
  for (const [path, actual] of Object.entries(fingerprint.files)) {
    const fromProvenance = path.startsWith('data/');
    const list = fromProvenance ? `knowledge/${PROVENANCE_FILE}` : `knowledge/${SHA256SUMS_FILE}`;
    const expected = (fromProvenance ? provenance : sums).get(path);
    const name = fromProvenance ? path.slice('data/'.length) : path;
    if (actual === 'missing') throw new KnowledgeFileError(name, undefined, 'file is missing');
    if (!expected) throw new KnowledgeFileError(name, undefined, `has no SHA-256 in ${list}: run npm run knowledge:checksums`);
    if (expected !== actual) {
      throw new KnowledgeFileError(
        name,
        undefined,
        `SHA-256 ${actual.slice(0, 12)}… does not match ${expected.slice(0, 12)}… in ${list}: the file ` +
          `was changed or cut short after the knowledge build`,
      );
    }
  }
  for (const path of sums.keys()) {
    if (!(path in fingerprint.files))
      throw new KnowledgeFileError(path, undefined, `is listed in knowledge/${SHA256SUMS_FILE} but missing`);
  }
}
