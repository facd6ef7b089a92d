/** A private copy of knowledge/ that a test may change, as a knowledge deploy would change it. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refreshKnowledgeChecksums } from '../../knowledge/build/provenance.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';

export function copyKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gja-knowledge-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a knowledge copy. */
export function editKnowledgeFile(dir: string, path: string, edit: (text: string) => string): void {
  const file = join(dir, path);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit did not change ${path}`);
  writeFileSync(file, after);
}

/** Rewrites a copy's checksum lists as the knowledge build does: its edits become a deploy the ingest accepts. */
export const sealKnowledge = (dir: string) => refreshKnowledgeChecksums(dir);

/**
 * A copy of knowledge/ with one published figure's label reworded and the checksums rewritten: a new, valid dataset
 * (each wording gives another one).
 */
export function changedKnowledge(wording = 'Employment in jobs with automation potential'): string {
  const dir = copyKnowledge();
  editKnowledgeFile(dir, 'data/published-figures.csv', (text) =>
    text.replace('Employment in occupations with automation potential', wording),
  );
  sealKnowledge(dir);
  return dir;
}

/**
 * A valid knowledge deploy with the two largest files cut to their first rows (tasks, ESCO labels), sealed: for tests
 * of how an ingest runs rather than of the data, at a fraction of a full ingest's time.
 */
export function smallKnowledge(rows = 200): string {
  const dir = copyKnowledge();
  for (const file of ['data/tasks.csv', 'data/occupation-labels.csv'])
    editKnowledgeFile(
      dir,
      file,
      (text) =>
        `${text
          .split('\n')
          .slice(0, rows + 1)
          .join('\n')}\n`,
    );
  sealKnowledge(dir);
  return dir;
}
