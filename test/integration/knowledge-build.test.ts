import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_FILES, buildData, DEFAULT_SHARED_DATA_DIR, KNOWLEDGE_DATA_DIR } from '../../knowledge/build/build-data.ts';
import { sha256 } from '../../knowledge/build/provenance.ts';

describe('knowledge/data', () => {
  // CI has ../shared beside the clone; elsewhere the rebuild check is skipped, the checksum check is not.
  it.runIf(existsSync(DEFAULT_SHARED_DATA_DIR))('is exactly what the build script makes from ../shared/data', () => {
    const out = mkdtempSync(join(tmpdir(), 'gja-build-'));
    buildData(DEFAULT_SHARED_DATA_DIR, out);
    for (const file of Object.keys(BUILT_FILES)) {
      expect(sha256(join(out, file)), file).toBe(sha256(join(KNOWLEDGE_DATA_DIR, file)));
    }
  });

  it('has a PROVENANCE.md whose SHA-256 table matches every CSV', () => {
    const provenance = readFileSync(join(KNOWLEDGE_DATA_DIR, 'PROVENANCE.md'), 'utf8');
    const csvFiles = readdirSync(KNOWLEDGE_DATA_DIR).filter((file) => file.endsWith('.csv'));
    expect(csvFiles.length).toBeGreaterThanOrEqual(10);
    for (const file of csvFiles) expect(provenance, file).toContain(`| \`${file}\` | \`${sha256(join(KNOWLEDGE_DATA_DIR, file))}\` |`);
  });
});
