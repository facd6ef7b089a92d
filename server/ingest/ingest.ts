/**
 * Loads knowledge/ into the database. Idempotent: the dataset fingerprint decides whether anything happens.
 * Safe with many servers on one database: one ingest at a time (an advisory lock, then the fingerprint is checked
 * again, since another server may have loaded the same files meanwhile). All-or-nothing and invisible to readers
 * until done: the files are verified against their checksum lists and validated, then loaded into a new dataset
 * schema beside the live one, which becomes live in the same transaction (server/ingest/datasets.ts). A failure
 * or a kill at any point leaves the previous dataset live.
 */

import { type Db, type Queryable, schemaIdentifier } from '../db/db.ts';
import { INCOME_GROUPS } from '../domain/areas.ts';
import { toVectorLiteral } from '../retrieval/embedder.ts';
import { type EmbedderConfig, embedderIdFor, prepareIngestEmbedder } from '../retrieval/embedder-factory.ts';
import { LOCAL_EMBEDDER_ID } from '../retrieval/local-embedder.ts';
import { OCCUPATION_LABELS_INDEX } from '../retrieval/occupation-resolver.ts';
import { chineseSearchText } from '../retrieval/text-analysis.ts';
import { bulkInsert, sameNames } from './bulk-insert.ts';
import { type DatasetFingerprint, fingerprintKnowledge } from './dataset-version.ts';
import { createDatasetSchema, dropReplacedDatasets, readLiveDataset, switchLiveDataset } from './datasets.ts';
import { verifyKnowledgeChecksums } from './knowledge-checksums.ts';
import type { Knowledge } from './knowledge-files.ts';
import { loadSectorTables } from './sector-tables.ts';

export interface IngestOptions {
  knowledgeDir: string;
  embedderConfig: EmbedderConfig;
  /** Reload even when the fingerprint matches. */
  force?: boolean;
  /** Called at every step (progress logging); a returned promise is awaited (tests pause the ingest with it). */
  onStep?: (step: string, detail?: Record<string, unknown>) => void | Promise<void>;
}

export interface IngestResult {
  /** `unchanged`: the live dataset already has these files, loaded earlier or by another server while this one waited. */
  status: 'loaded' | 'unchanged';
  version: string;
  counts: Record<string, number>;
  ms: number;
}

// Any constant works; it only has to be the same for every app server sharing one database.
const INGEST_LOCK = 727_096_141;

export async function ingest(db: Db, options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const step = options.onStep ?? (() => {});
  const fingerprint = fingerprintKnowledge(options.knowledgeDir, embedderIdFor(options.embedderConfig));
  const isLive = async (q: Queryable) => !options.force && (await readLiveDataset(q))?.checksum === fingerprint.checksum;
  const result = async (status: IngestResult['status'], counts: Record<string, number>) => {
    const cleanup = await dropReplacedDatasets(db);
    if (cleanup.dropped.length + cleanup.kept.length > 0) await step('cleanup', cleanup);
    return { status, version: fingerprint.version, counts, ms: performance.now() - started };
  };
  if (await isLive(db)) {
    await step('unchanged', { version: fingerprint.version });
    return result('unchanged', await liveCounts(db));
  }
  verifyKnowledgeChecksums(options.knowledgeDir, fingerprint);

  const counts = await db.transaction(async (tx) => {
    // The whole load is one transaction; it may sit idle while embedding, which some managed databases time out.
    await tx.exec('SET LOCAL idle_in_transaction_session_timeout = 0');
    await step('lock');
    await tx.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
    if (await isLive(tx)) {
      await step('unchanged', { version: fingerprint.version, loadedBy: 'another process' });
      return null;
    }
    const schema = await loadDataset(tx, options, fingerprint, step);
    await step('switch', { version: fingerprint.version, schema });
    await switchLiveDataset(tx, schema, fingerprint);
    const counted = await liveCounts(tx);
    await step('commit', { version: fingerprint.version, schema });
    return counted;
  });
  return counts ? result('loaded', counts) : result('unchanged', await liveCounts(db));
}

/** The live dataset's row counts (as recorded when it was loaded). */
async function liveCounts(q: Queryable): Promise<Record<string, number>> {
  const live = await readLiveDataset(q);
  const [row] = await q.query<{ counts: Record<string, number> }>(`SELECT counts FROM ${schemaIdentifier(live!.schema)}.dataset_version`);
  return row!.counts;
}

/** Reads, validates and embeds knowledge/, then loads it into a new dataset schema; returns the schema's name. */
async function loadDataset(
  tx: Queryable,
  options: IngestOptions,
  fingerprint: DatasetFingerprint,
  step: NonNullable<IngestOptions['onStep']>,
): Promise<string> {
  await step('read', { dir: options.knowledgeDir });
  // Loaded only when there is something to ingest: the parsers are not needed on an unchanged start.
  const { readKnowledge } = await import('./knowledge-files.ts');
  const knowledge = await readKnowledge(options.knowledgeDir);
  const chunks = knowledge.findings.flatMap((card) =>
    card.chunks.map((text, chunkNo) => ({
      id: `${card.id}#${chunkNo}`,
      finding_id: card.id,
      chunk_no: chunkNo,
      language: card.language,
      text,
      title: card.title,
    })),
  );
  const tasks = knowledge.tasks.filter((task) => task.task_text !== '');

  await step('embed', { texts: chunks.length + tasks.length });
  const chunkTexts = chunks.map((chunk) => `${chunk.title}\n${chunk.text}`);
  const taskTexts = tasks.map((task) => task.task_text);
  const { embedder, state } = prepareIngestEmbedder(options.embedderConfig, [...chunkTexts, ...taskTexts]);
  const [chunkVectors, taskVectors] = [await embedder.embed(chunkTexts), await embedder.embed(taskTexts)];

  const schema = await createDatasetSchema(tx);
  await step('schema', { schema });
  await loadTables(tx, knowledge, step);
  await step('load', { table: 'tasks' });
  const embeddingById = new Map(tasks.map((task, i) => [`${task.isco08_code}-${task.task_no}`, toVectorLiteral(taskVectors[i]!)]));
  await bulkInsert(
    tx,
    'tasks',
    {
      id: 'text',
      occupation_code: 'text',
      task_no: 'int',
      text: 'text',
      score_2023: 'float8',
      score_2025: 'float8',
      score_2025_gpt4o: 'float8',
      score_2025_gemini: 'float8',
      score_2025_source: 'text',
      embedding: 'text',
    },
    {
      ...sameNames({
        id: '',
        occupation_code: '',
        task_no: '',
        text: '',
        score_2023: '',
        score_2025: '',
        score_2025_gpt4o: '',
        score_2025_gemini: '',
        score_2025_source: '',
      }),
      embedding: 'x.embedding::vector',
      fts: "to_tsvector('english', x.text)",
    },
    knowledge.tasks.map((task) => {
      const id = `${task.isco08_code}-${task.task_no}`;
      return {
        id,
        occupation_code: task.isco08_code,
        task_no: task.task_no,
        text: task.task_text,
        score_2023: task.score_2023,
        score_2025: task.score_2025,
        score_2025_gpt4o: task.score_2025_gpt4o,
        score_2025_gemini: task.score_2025_gemini,
        score_2025_source: task.score_2025_source,
        embedding: embeddingById.get(id) ?? null,
      };
    }),
  );
  await step('load', { table: 'finding_chunks' });
  await bulkInsert(
    tx,
    'finding_chunks',
    {
      id: 'text',
      finding_id: 'text',
      chunk_no: 'int',
      language: 'text',
      text: 'text',
      embedding: 'text',
      search_title: 'text',
      search_body: 'text',
    },
    {
      ...sameNames({ id: '', finding_id: '', chunk_no: '', language: '', text: '' }),
      embedding: 'x.embedding::vector',
      // Title words weigh more than body words. Chinese has no spaces: it is indexed as character
      // bigrams with the 'simple' configuration.
      fts: `CASE WHEN x.language = 'zh-TW'
        THEN setweight(to_tsvector('simple', x.search_title), 'A') || to_tsvector('simple', x.search_body)
        ELSE setweight(to_tsvector('english', x.search_title), 'A') || to_tsvector('english', x.search_body) END`,
    },
    chunks.map((chunk, i) => ({
      ...chunk,
      embedding: toVectorLiteral(chunkVectors[i]!),
      search_title: chunk.language === 'zh-TW' ? chineseSearchText(chunk.title) : chunk.title,
      search_body: chunk.language === 'zh-TW' ? chineseSearchText(chunk.text) : chunk.text,
    })),
  );
  if (state)
    await tx.query('INSERT INTO derived_indexes (name, data) VALUES ($1, $2)', [`embedder:${LOCAL_EMBEDDER_ID}`, JSON.stringify(state)]);
  await tx.query(
    `INSERT INTO derived_indexes (name, data)
     SELECT $1, json_agg(json_build_array(occupation_code, label, kind, language) ORDER BY id)::text FROM occupation_labels`,
    [OCCUPATION_LABELS_INDEX],
  );
  const counted = await countRows(tx);
  await tx.query('INSERT INTO dataset_version (version, checksum, embedder, files, counts) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb)', [
    fingerprint.version,
    fingerprint.checksum,
    embedder.id,
    JSON.stringify(fingerprint.files),
    JSON.stringify(counted),
  ]);
  return schema;
}

async function loadTables(tx: Queryable, knowledge: Knowledge, step: NonNullable<IngestOptions['onStep']>) {
  await step('load', { table: 'sources' });
  const sourceInput = {
    id: 'text',
    kind: 'text',
    title: 'text',
    authors: 'text',
    publisher: 'text',
    year: 'int',
    doi: 'text',
    url: 'text',
    licence: 'text',
    citation: 'text',
    note: 'text',
  };
  await bulkInsert(tx, 'sources', sourceInput, sameNames(sourceInput), knowledge.sources.sources);
  const notices = (['attribution', 'disclaimer'] as const).flatMap((key) =>
    Object.entries(knowledge.sources[key]).map(([language, text]) => ({ key, language, text })),
  );
  const noticeInput = { key: 'text', language: 'text', text: 'text' };
  await bulkInsert(tx, 'notices', noticeInput, sameNames(noticeInput), notices);

  await step('load', { table: 'isco_groups' });
  const titleZh = new Map(knowledge.titlesZh.map((row) => [row.code, row.title_zh_tw]));
  const groupInput = { code: 'text', level: 'int', parent_code: 'text', title_en: 'text', title_zh_tw: 'text' };
  // Parents before children, so the self-reference is satisfied row by row.
  const groups = [...knowledge.groups].sort((a, b) => a.level - b.level);
  await bulkInsert(
    tx,
    'isco_groups',
    groupInput,
    sameNames(groupInput),
    groups.map((group) => ({ ...group, parent_code: group.parent_code || null, title_zh_tw: titleZh.get(group.code) ?? null })),
  );

  await step('load', { table: 'occupations' });
  const occupationInput = {
    code: 'text',
    scored: 'boolean',
    n_tasks: 'int',
    wp96_mean: 'float8',
    wp96_sd: 'float8',
    wp96_category: 'text',
    wp140_mean: 'float8',
    wp140_sd: 'float8',
    wp140_exposure: 'text',
    title_in_score_file: 'text',
  };
  await bulkInsert(
    tx,
    'occupations',
    occupationInput,
    sameNames(occupationInput),
    knowledge.occupations.map((row) => ({ ...row, code: row.isco08_code, title_in_score_file: row.title_in_score_file || null })),
  );

  await step('load', { table: 'occupation_labels' });
  const labelRows = [
    ...knowledge.groups
      .filter((group) => group.level === 4)
      .map((group) => ({ occupation_code: group.code, label: group.title_en, kind: 'isco_title', language: 'en', uri: null })),
    ...knowledge.titlesZh
      .filter((row) => row.level === 4)
      .map((row) => ({ occupation_code: row.code, label: row.title_zh_tw, kind: 'isco_title', language: 'zh-TW', uri: null })),
    ...knowledge.labels.map((row) => ({
      occupation_code: row.isco08_code,
      label: row.label,
      kind: row.label_kind,
      language: 'en',
      uri: row.esco_uri,
    })),
    ...knowledge.aliasesEn.map((row) => ({ occupation_code: row.isco08_code, label: row.alias, kind: 'alias', language: 'en', uri: null })),
    ...knowledge.aliasesZh.map((row) => ({
      occupation_code: row.isco08_code,
      label: row.alias_zh_tw,
      kind: 'alias',
      language: 'zh-TW',
      uri: null,
    })),
  ].map((row, id) => ({ id, ...row }));
  const labelInput = { id: 'int', occupation_code: 'text', label: 'text', kind: 'text', language: 'text', uri: 'text' };
  await bulkInsert(tx, 'occupation_labels', labelInput, sameNames(labelInput), labelRows);

  await step('load', { table: 'countries' });
  const incomeInput = { code: 'text', name_en: 'text', name_zh_tw: 'text', sort_order: 'int' };
  await bulkInsert(
    tx,
    'income_groups',
    incomeInput,
    sameNames(incomeInput),
    INCOME_GROUPS.map((group, i) => ({ code: group.code, name_en: group.nameEn, name_zh_tw: group.nameZhTw, sort_order: i + 1 })),
  );
  const countryInput = {
    iso3: 'text',
    name_en: 'text',
    name_zh_tw: 'text',
    aliases_en: 'text[]',
    aliases_zh_tw: 'text[]',
    income_group: 'text',
    region: 'text',
    world_bank_name: 'text',
    has_2024_employment: 'boolean',
  };
  await bulkInsert(tx, 'countries', countryInput, sameNames(countryInput), knowledge.countries);

  await step('load', { table: 'employment' });
  const employmentInput = {
    area_code: 'text',
    area_kind: 'text',
    sex: 'text',
    major_group: 'text',
    thousands: 'float8',
    male_derived: 'boolean',
  };
  await bulkInsert(
    tx,
    'employment',
    employmentInput,
    sameNames(employmentInput),
    knowledge.employment.map((row) => ({ ...row, thousands: row.employment_thousands })),
  );

  await step('load', { table: 'published_figures' });
  const figureInput = {
    id: 'text',
    study: 'text',
    metric: 'text',
    label_en: 'text',
    label_zh_tw: 'text',
    population: 'text',
    sex: 'text',
    value: 'float8',
    value_high: 'float8',
    value_text: 'text',
    unit: 'text',
    source_id: 'text',
    locator: 'text',
    source_class: 'text',
    note: 'text',
    note_zh_tw: 'text',
  };
  await bulkInsert(
    tx,
    'published_figures',
    figureInput,
    sameNames(figureInput),
    knowledge.figures.map((row) => ({
      ...row,
      value: Number(row.value),
      value_text: row.value,
      source_id: row.source,
      note: row.note || null,
      note_zh_tw: row.note_zh_tw || null,
    })),
  );

  await step('load', { table: 'estimates' });
  const methodInput = {
    method: 'text',
    selected: 'boolean',
    mean_absolute_error_pp: 'float8',
    max_absolute_error_pp: 'float8',
    validation_figures: 'int',
    description: 'text',
    description_zh_tw: 'text',
  };
  await bulkInsert(tx, 'estimate_methods', methodInput, sameNames(methodInput), knowledge.estimateMethods);
  const estimateInput = {
    area_code: 'text',
    area_kind: 'text',
    sex: 'text',
    measure: 'text',
    method: 'text',
    share_percent: 'float8',
    exposed_thousands: 'float8',
  };
  await bulkInsert(tx, 'exposure_estimates', estimateInput, sameNames(estimateInput), knowledge.estimates);
  const validationInput = {
    figure_id: 'text',
    method: 'text',
    measure: 'text',
    area_code: 'text',
    sex: 'text',
    published_percent: 'float8',
    estimate_percent: 'float8',
    error_pp: 'float8',
  };
  await bulkInsert(tx, 'estimate_validation', validationInput, sameNames(validationInput), knowledge.estimateValidation);

  await step('load', { table: 'glossary' });
  const exposureLabelInput = {
    key: 'text',
    study: 'text',
    label_en: 'text',
    label_zh_tw: 'text',
    definition_en: 'text',
    definition_zh_tw: 'text',
  };
  await bulkInsert(
    tx,
    'exposure_labels',
    exposureLabelInput,
    sameNames(exposureLabelInput),
    knowledge.exposureLabels.map((row) => ({
      ...row,
      definition_en: row.short_definition_en,
      definition_zh_tw: row.short_definition_zh_tw,
    })),
  );
  const glossaryInput = { term_en: 'text', term_zh_tw: 'text', definition_en: 'text', definition_zh_tw: 'text' };
  await bulkInsert(tx, 'glossary', glossaryInput, sameNames(glossaryInput), knowledge.glossary);
  const dataLabelInput = { kind: 'text', key: 'text', label_en: 'text', label_zh_tw: 'text' };
  await bulkInsert(tx, 'data_labels', dataLabelInput, sameNames(dataLabelInput), knowledge.dataLabels);

  await step('load', { table: 'sectors' });
  await loadSectorTables(tx, knowledge.sectors);

  await step('load', { table: 'findings' });
  const findingInput = {
    id: 'text',
    language: 'text',
    translation_of: 'text',
    title: 'text',
    topics: 'text[]',
    source_id: 'text',
    locator: 'text',
    source_class: 'text',
    body: 'text',
  };
  await bulkInsert(
    tx,
    'findings',
    findingInput,
    sameNames(findingInput),
    knowledge.findings.map((card) => ({
      id: card.id,
      language: card.language,
      translation_of: card.translationOf ?? null,
      title: card.title,
      topics: card.topics,
      source_id: card.source,
      locator: card.locator,
      source_class: card.sourceClass,
      body: card.body,
    })),
  );
}

async function countRows(tx: Queryable): Promise<Record<string, number>> {
  const [row] = await tx.query<Record<string, number>>(`SELECT
    (SELECT count(*)::int FROM occupations) AS occupations,
    (SELECT count(*)::int FROM occupations WHERE scored) AS "scoredOccupations",
    (SELECT count(*)::int FROM tasks) AS tasks,
    (SELECT count(*)::int FROM isco_groups) AS "iscoGroups",
    (SELECT count(*)::int FROM occupation_labels) AS "occupationLabels",
    (SELECT count(*)::int FROM countries) AS countries,
    (SELECT count(DISTINCT area_code)::int FROM employment WHERE area_kind = 'country') AS "countriesWithEmployment",
    (SELECT count(*)::int FROM employment) AS "employmentRows",
    (SELECT count(*)::int FROM published_figures) AS figures,
    (SELECT count(*)::int FROM findings) AS findings,
    (SELECT count(*)::int FROM finding_chunks) AS "findingChunks",
    (SELECT count(*)::int FROM sources) AS sources,
    (SELECT count(DISTINCT area_code)::int FROM sector_estimates WHERE area_kind = 'country') AS "countriesWithSectors"`);
  return row!;
}
