/**
 * The question-understanding resources for one dataset version: the lexicon built from the catalog and
 * the occupation name index, and the trained operation classifier (whose words are known, not typos).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import weights from '../../knowledge/understanding/operation-classifier.json' with { type: 'json' };
import type { Catalog } from '../data/catalog.ts';
import type { Queryable } from '../db/db.ts';
import { LANGUAGES } from '../domain/language.ts';
import { readCsvFile } from '../ingest/read-csv-file.ts';
import { KNOWLEDGE_DIR } from '../paths.ts';
import { OCCUPATION_LABELS_INDEX } from '../retrieval/occupation-resolver.ts';
import { Lexicon, type LexiconInput } from './lexicon.ts';
import { type ClassifierWeights, OperationClassifier } from './operation-classifier.ts';
import type { UnderstandingResources } from './understand.ts';

const operationClassifier = new OperationClassifier(weights as ClassifierWeights);

const groupAlias = z.object({ alias: z.string().min(1), language: z.enum(LANGUAGES), isco08_code: z.string().regex(/^\d{1,3}$/) });

/**
 * Everyday names of whole ISCO groups ("clerical jobs", 教師), curated in knowledge/data and read with
 * the understanding resources: they name groups, which the occupation label table (unit groups) cannot hold.
 */
function groupAliases(knowledgeDir: string): [string, string, string, string][] {
  const file = join(knowledgeDir, 'data', 'occupation-group-aliases.csv');
  if (!existsSync(file)) return [];
  return readCsvFile(file, groupAlias).map((row) => [row.isco08_code, row.alias, 'alias', row.language]);
}

export async function lexiconInput(
  db: Queryable,
  catalog: Pick<Catalog, 'groups' | 'countries' | 'sectors'>,
  knowledgeDir = KNOWLEDGE_DIR,
): Promise<LexiconInput> {
  const [index] = await db.query<{ data: string }>('SELECT data FROM derived_indexes WHERE name = $1', [OCCUPATION_LABELS_INDEX]);
  const groups = groupAliases(knowledgeDir).filter(([code]) => catalog.groups.has(code));
  // Words the data's own task descriptions use are English words, not typos of a job title ("colleague" is no "colleges").
  const taskText = await db.query<{ text: string }>('SELECT text FROM tasks');
  const taskWords = new Set(taskText.flatMap((row) => row.text.toLowerCase().match(/[a-z]{5,}/g) ?? []));
  return {
    knownWords: taskWords,
    groups: catalog.groups.values(),
    occupationLabels: [...(JSON.parse(index?.data ?? '[]') as [string, string, string, string][]), ...groups],
    countries: catalog.countries.values(),
    // Names that are also common words ("retail", "tech") still count: the longest match and the question's other words decide.
    sectors: [...catalog.sectors.sections.values()].map((sector) => ({
      id: sector.section,
      labels: [sector.titleEn, sector.titleZhTw, sector.shortNameEn, sector.shortNameZhTw, ...sector.aliases.map((alias) => alias.alias)],
    })),
  };
}

const sectorNames = (catalog: Pick<Catalog, 'sectors'>) =>
  new Map(
    [...catalog.sectors.sections.values()].map((sector) => [
      sector.section as string,
      { en: sector.shortNameEn, zh: sector.shortNameZhTw },
    ]),
  );

export async function loadUnderstanding(
  db: Queryable,
  catalog: Pick<Catalog, 'groups' | 'countries' | 'sectors'>,
): Promise<UnderstandingResources> {
  const input = await lexiconInput(db, catalog);
  return {
    lexicon: new Lexicon({ ...input, knownWords: [...(input.knownWords ?? []), ...operationClassifier.knownWords()] }),
    classifier: operationClassifier,
    sectorNames: sectorNames(catalog),
  };
}
