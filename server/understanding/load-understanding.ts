/**
 * The question-understanding resources for one dataset version: the lexicon built from the catalog and
 * the occupation name index, and the trained operation classifier (whose words are known, not typos).
 */
import weights from '../../knowledge/understanding/operation-classifier.json' with { type: 'json' };
import type { Catalog } from '../data/catalog.ts';
import type { Queryable } from '../db/db.ts';
import { OCCUPATION_LABELS_INDEX } from '../retrieval/occupation-resolver.ts';
import { Lexicon, type LexiconInput } from './lexicon.ts';
import { type ClassifierWeights, OperationClassifier } from './operation-classifier.ts';
import type { UnderstandingResources } from './understand.ts';

export const operationClassifier = new OperationClassifier(weights as ClassifierWeights);

export async function lexiconInput(db: Queryable, catalog: Pick<Catalog, 'groups' | 'countries'>): Promise<LexiconInput> {
  const [index] = await db.query<{ data: string }>('SELECT data FROM derived_indexes WHERE name = $1', [OCCUPATION_LABELS_INDEX]);
  return {
    groups: catalog.groups.values(),
    occupationLabels: JSON.parse(index?.data ?? '[]') as [string, string, string, string][],
    countries: catalog.countries.values(),
  };
}

export async function loadUnderstanding(db: Queryable, catalog: Pick<Catalog, 'groups' | 'countries'>): Promise<UnderstandingResources> {
  const input = await lexiconInput(db, catalog);
  return { lexicon: new Lexicon({ ...input, knownWords: operationClassifier.knownWords() }), classifier: operationClassifier };
}
