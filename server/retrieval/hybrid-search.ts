/**
 * Hybrid retrieval: pgvector cosine k-NN and Postgres full-text search, fused by reciprocal rank
 * (score = sum of 1 / (k + rank) over both lists). One SQL statement per search, on PGlite or Postgres.
 *
 * Results are in a total order, the same on every database: both candidate lists and the fused list break ties by
 * id, compared byte by byte (COLLATE "C", whatever the database's collation); the k-NN is exact (no approximate
 * index, whose graph is built at random and which filters only after searching); and distances are exact, since
 * the vectors' components are multiples of 2^-11 (toVectorLiteral), so no summation order (SIMD width, FMA,
 * WebAssembly) can change a distance.
 */
import type { Queryable } from '../db/db.ts';
import type { Language } from '../domain/language.ts';
import type { SourceClass } from '../domain/source-ref.ts';
import { type Embedder, toVectorLiteral } from './embedder.ts';
import { hasHan, searchQueryTerms } from './text-analysis.ts';

/** The usual RRF constant: damps the advantage of a first place in either list. */
const RRF_K = 60;
const CANDIDATES = 30;

const fusedSql = (table: string, filter: string) => `
WITH vector_hits AS (
  SELECT id, row_number() OVER (ORDER BY distance, id COLLATE "C") AS rank FROM (
    SELECT id, embedding <=> $1::vector AS distance FROM ${table} WHERE ${filter} ORDER BY distance, id COLLATE "C" LIMIT ${CANDIDATES}
  ) nearest
),
text_hits AS (
  SELECT id, row_number() OVER (ORDER BY score DESC, id COLLATE "C") AS rank FROM (
    SELECT id, ts_rank_cd(fts, query) AS score
    FROM ${table}, (SELECT to_tsquery('english', $2) || to_tsquery('simple', $3) AS query) q
    WHERE fts @@ query AND ${filter} ORDER BY score DESC, id COLLATE "C" LIMIT ${CANDIDATES}
  ) matching
)
SELECT id, sum(1.0 / (${RRF_K} + rank))::float8 AS score,
       min(rank) FILTER (WHERE source = 'vector')::int AS vector_rank, min(rank) FILTER (WHERE source = 'text')::int AS text_rank
FROM (SELECT id, rank, 'vector' AS source FROM vector_hits UNION ALL SELECT id, rank, 'text' AS source FROM text_hits) hits
GROUP BY id ORDER BY score DESC, id COLLATE "C" LIMIT $5`;

export interface FindingHit {
  id: string;
  title: string;
  language: Language;
  topics: string[];
  body: string;
  sourceId: string;
  locator: string;
  sourceClass: SourceClass;
  translationOf: string | null;
  score: number;
  /** Whether the full-text search matched too (not only vector similarity): a sign the card is really on topic. */
  textMatch: boolean;
}

export const languageOfText = (text: string): Language => (hasHan(text) ? 'zh-TW' : 'en');

export async function searchFindings(
  db: Queryable,
  embedder: Embedder,
  query: string,
  options: { language?: Language; limit?: number } = {},
): Promise<FindingHit[]> {
  const language = options.language ?? languageOfText(query);
  const limit = options.limit ?? 5;
  const [vector] = await embedder.embed([query]);
  const terms = searchQueryTerms(query);
  const chunks = await db.query<{ id: string; score: number; text_rank: number | null }>(fusedSql('finding_chunks', 'language = $4'), [
    toVectorLiteral(vector!),
    terms.english,
    terms.chinese,
    language,
    limit * 3,
  ]);
  if (chunks.length === 0) return [];
  const best = new Map<string, { score: number; textMatch: boolean }>();
  for (const chunk of chunks) {
    const findingId = chunk.id.replace(/#\d+$/, '');
    if (!best.has(findingId)) best.set(findingId, { score: chunk.score, textMatch: chunk.text_rank !== null });
  }
  const ids = [...best.keys()].slice(0, limit);
  const rows = await db.query<{
    id: string;
    title: string;
    language: Language;
    topics: string[];
    body: string;
    source_id: string;
    locator: string;
    source_class: FindingHit['sourceClass'];
    translation_of: string | null;
  }>(
    'SELECT id, title, language, topics, body, source_id, locator, source_class, translation_of FROM findings WHERE id = ANY($1::text[])',
    [ids],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id)!;
    return {
      id,
      title: row.title,
      language: row.language,
      topics: row.topics,
      body: row.body,
      sourceId: row.source_id,
      locator: row.locator,
      sourceClass: row.source_class,
      translationOf: row.translation_of,
      score: Math.round(best.get(id)!.score * 1e5) / 1e5,
      textMatch: best.get(id)!.textMatch,
    };
  });
}

export interface TaskHit {
  id: string;
  occupationCode: string;
  taskNo: number;
  text: string;
  score2023: number | null;
  score2025: number;
  score: number;
}

/** Tasks (English ILO statements) closest to the query, optionally within one ISCO group prefix. */
export async function searchTasks(
  db: Queryable,
  embedder: Embedder,
  query: string,
  options: { codePrefix?: string; limit?: number } = {},
): Promise<TaskHit[]> {
  const [vector] = await embedder.embed([query]);
  const terms = searchQueryTerms(query);
  const hits = await db.query<{ id: string; score: number }>(
    fusedSql('tasks', "embedding IS NOT NULL AND occupation_code LIKE $4 || '%'"),
    [toVectorLiteral(vector!), terms.english, terms.chinese, options.codePrefix ?? '', options.limit ?? 10],
  );
  if (hits.length === 0) return [];
  const rows = await db.query<{
    id: string;
    occupation_code: string;
    task_no: number;
    text: string;
    score_2023: number | null;
    score_2025: number;
  }>('SELECT id, occupation_code, task_no, text, score_2023, score_2025 FROM tasks WHERE id = ANY($1::text[])', [
    hits.map((hit) => hit.id),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return hits.map((hit) => {
    const row = byId.get(hit.id)!;
    return {
      id: hit.id,
      occupationCode: row.occupation_code,
      taskNo: row.task_no,
      text: row.text,
      score2023: row.score_2023,
      score2025: row.score_2025,
      score: Math.round(hit.score * 1e5) / 1e5,
    };
  });
}
