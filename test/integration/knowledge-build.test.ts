import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_FILES, buildData, KNOWLEDGE_DATA_DIR, sharedDataDir } from '../../knowledge/build/build-data.ts';
import { ESTIMATE_FILES, writeEstimates } from '../../knowledge/build/build-estimates.ts';
import { SECTOR_ESTIMATE_FILES, writeSectorEstimates } from '../../knowledge/build/build-sector-estimates.ts';
import { sha256 } from '../../knowledge/build/provenance.ts';
import { fingerprintKnowledge } from '../../server/ingest/dataset-version.ts';
import { readProvenanceChecksums, readSha256Sums, verifyKnowledgeChecksums } from '../../server/ingest/knowledge-checksums.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { LOCAL_EMBEDDER_ID } from '../../server/retrieval/local-embedder.ts';

describe('knowledge/data', () => {
  // CI has ../shared beside the clone (or SHARED_DATA_DIR); elsewhere the rebuild from the raw files is
  // skipped, the estimates and checksums are not.
  it.runIf(existsSync(sharedDataDir()))('is exactly what the build script makes from ../shared/data', () => {
    const out = mkdtempSync(join(tmpdir(), 'gja-build-'));
    buildData(sharedDataDir(), out);
    for (const file of Object.keys(BUILT_FILES)) {
      expect(sha256(join(out, file)), file).toBe(sha256(join(KNOWLEDGE_DATA_DIR, file)));
    }
  });

  it('has the country and sector estimates exactly as the build computes them from knowledge/data', () => {
    const out = mkdtempSync(join(tmpdir(), 'gja-estimates-'));
    writeEstimates(KNOWLEDGE_DATA_DIR, out);
    writeSectorEstimates(KNOWLEDGE_DATA_DIR, out);
    for (const file of [...Object.keys(ESTIMATE_FILES), ...Object.keys(SECTOR_ESTIMATE_FILES)]) {
      expect(sha256(join(out, file)), file).toBe(sha256(join(KNOWLEDGE_DATA_DIR, file)));
    }
  });

  it('has a PROVENANCE.md whose SHA-256 table matches every CSV', () => {
    const provenance = readFileSync(join(KNOWLEDGE_DATA_DIR, 'PROVENANCE.md'), 'utf8');
    const csvFiles = readdirSync(KNOWLEDGE_DATA_DIR).filter((file) => file.endsWith('.csv'));
    expect(csvFiles.length).toBeGreaterThanOrEqual(10);
    for (const file of csvFiles) expect(provenance, file).toContain(`| \`${file}\` | \`${sha256(join(KNOWLEDGE_DATA_DIR, file))}\` |`);
    // The ingest reads the same table.
    expect(readProvenanceChecksums(KNOWLEDGE_DIR)).toEqual(
      new Map(csvFiles.map((file) => [`data/${file}`, sha256(join(KNOWLEDGE_DATA_DIR, file))])),
    );
  });

  it('has a SHA256SUMS that matches sources.json and every findings card, as the ingest requires', () => {
    const sums = readSha256Sums(KNOWLEDGE_DIR);
    const cards = readdirSync(join(KNOWLEDGE_DIR, 'findings')).filter((file) => file.endsWith('.md'));
    expect([...sums.keys()].sort()).toEqual(['sources.json', ...cards.map((file) => `findings/${file}`)].sort());
    for (const [path, hash] of sums) expect(hash, path).toBe(sha256(join(KNOWLEDGE_DIR, path)));
    expect(() => verifyKnowledgeChecksums(KNOWLEDGE_DIR, fingerprintKnowledge(KNOWLEDGE_DIR, LOCAL_EMBEDDER_ID))).not.toThrow();
  });
});
