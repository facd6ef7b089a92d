/**
 * `npm run knowledge:checksums`: rewrites the SHA-256 lists the ingest verifies (knowledge/data/PROVENANCE.md and
 * knowledge/SHA256SUMS) after a hand edit, e.g. of a findings card. `npm run knowledge:build` does it too.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { refreshKnowledgeChecksums } from './provenance.ts';

refreshKnowledgeChecksums(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
