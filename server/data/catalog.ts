/**
 * The immutable part of the knowledge base, held in memory. It only changes at ingest, so it is
 * loaded once per dataset version (and reloaded when another process re-ingests a shared database).
 */
import type { Queryable } from '../db/db.ts';
import type { EstimateMeasure } from '../domain/country-estimate.ts';
import type { Wp96Category, Wp140Exposure } from '../domain/exposure.ts';
import type { Sex, SexCode } from '../domain/sex.ts';
import type { SourceClass } from '../domain/source-ref.ts';
import { AppError } from '../errors.ts';
import { OccupationResolver } from '../retrieval/occupation-resolver.ts';
import { loadUnderstanding } from '../understanding/load-understanding.ts';
import type { UnderstandingResources } from '../understanding/understand.ts';
import { loadSectorCatalog, type SectorCatalog } from './sector-catalog.ts';

interface Source {
  id: string;
  kind: string;
  title: string;
  authors: string | null;
  publisher: string | null;
  year: number | null;
  doi: string | null;
  url: string | null;
  licence: string | null;
  citation: string;
  note: string | null;
}

export interface IscoGroup {
  code: string;
  level: number;
  parentCode: string | null;
  titleEn: string;
  titleZhTw: string | null;
}

export interface Occupation {
  code: string;
  scored: boolean;
  nTasks: number;
  wp96: { mean: number; sd: number; category: Wp96Category } | null;
  wp140: { mean: number; sd: number; exposure: Wp140Exposure } | null;
  titleInScoreFile: string | null;
}

interface Task {
  id: string;
  occupationCode: string;
  taskNo: number;
  text: string;
  score2023: number | null;
  score2025: number;
  score2025Gpt4o: number | null;
  score2025Gemini: number | null;
  score2025Source: 'predicted' | 'reconciled';
}

export interface Country {
  iso3: string;
  nameEn: string;
  nameZhTw: string;
  aliasesEn: string[];
  aliasesZhTw: string[];
  incomeGroup: string | null;
  region: string | null;
  worldBankName: string | null;
  has2024Employment: boolean;
}

export interface PublishedFigure {
  id: string;
  study: string;
  metric: string;
  label: string;
  labelZhTw: string;
  population: string;
  sex: Sex;
  value: number;
  valueHigh: number | null;
  valueText: string;
  unit: string;
  sourceId: string;
  locator: string;
  sourceClass: SourceClass;
  note: string | null;
  noteZhTw: string | null;
}

/** Employment in thousands: area -> sex (F, M, T) -> major group ("1".."8", "96", "total"). */
type EmploymentTable = Map<string, Map<string, Map<string, { thousands: number; maleDerived: boolean }>>>;

export interface EstimateMethodInfo {
  method: 'unweighted' | 'esco_weighted';
  selected: boolean;
  meanAbsoluteErrorPp: number;
  maxAbsoluteErrorPp: number;
  validationFigures: number;
  description: string;
  descriptionZhTw: string;
}

interface EstimateValidationRow {
  figureId: string;
  method: EstimateMethodInfo['method'];
  measure: EstimateMeasure;
  areaCode: string;
  sex: SexCode;
  publishedPercent: number;
  estimatePercent: number;
  errorPp: number;
}

/** The selected method's estimates: area -> sex -> measure -> share and exposed workers (thousands). */
type EstimateTable = Map<string, Map<string, Map<EstimateMeasure, { sharePercent: number; exposedThousands: number }>>>;

interface ExposureLabel {
  key: string;
  study: string;
  labelEn: string;
  labelZhTw: string;
  definitionEn: string;
  definitionZhTw: string;
}

interface DatasetInfo {
  version: string;
  checksum: string;
  embedder: string;
  ingestedAt: string;
  counts: Record<string, number>;
}

export interface Catalog {
  dataset: DatasetInfo;
  sources: Map<string, Source>;
  groups: Map<string, IscoGroup>;
  occupations: Map<string, Occupation>;
  tasksByOccupation: Map<string, Task[]>;
  countries: Map<string, Country>;
  incomeGroups: Map<string, { code: string; nameEn: string; nameZhTw: string }>;
  employment: EmploymentTable;
  figures: PublishedFigure[];
  estimates: { selected: EstimateMethodInfo; methods: EstimateMethodInfo[]; byArea: EstimateTable; validation: EstimateValidationRow[] };
  exposureLabels: Map<string, ExposureLabel>;
  glossary: { termEn: string; termZhTw: string; definitionEn: string; definitionZhTw: string }[];
  /** Names shown in both languages, by `kind:key` (see data-labels.ts). */
  labels: Map<string, { en: string; zhTw: string }>;
  /** Employment by sector and occupation and this project's sector estimates. */
  sectors: SectorCatalog;
  /** CC BY attribution and adaptation disclaimer, by language. */
  notices: { attribution: Record<string, string>; disclaimer: Record<string, string> };
  /**
   * The occupation name index. Building it takes a few hundred milliseconds, so it starts in the
   * background when the catalog loads and only requests that resolve names wait for it.
   */
  resolver: Promise<OccupationResolver>;
  /** The lexicon and classifier of the question understanding, built in the background like the resolver. */
  understanding: Promise<UnderstandingResources>;
}

/**
 * Rows of a large query as one JSON value: on PGlite, thousands of rows cost several times more to
 * transfer one by one than aggregated (this keeps the warm start short).
 */
async function jsonRows<Row>(db: Queryable, sql: string): Promise<Row[]> {
  const [row] = await db.query<{ rows: string | null }>(`SELECT coalesce(json_agg(t), '[]')::text AS rows FROM (${sql}) t`);
  return JSON.parse(row?.rows ?? '[]') as Row[];
}

export async function loadCatalog(db: Queryable): Promise<Catalog> {
  const [dataset] = await db.query<{
    version: string;
    checksum: string;
    embedder: string;
    ingested_at: Date | string;
    counts: Record<string, number>;
  }>('SELECT version, checksum, embedder, ingested_at, counts FROM dataset_version');
  if (!dataset)
    throw new AppError(
      'unavailable',
      'No dataset has been ingested yet: run `npm run ingest` (or start the server, which ingests on first start).',
    );
  const [
    sources,
    groups,
    occupations,
    tasks,
    countries,
    incomeGroups,
    employment,
    figures,
    notices,
    methods,
    estimates,
    validation,
    exposureLabels,
    glossary,
    dataLabels,
    sectors,
  ] = await Promise.all([
    db.query<Source>('SELECT id, kind, title, authors, publisher, year, doi, url, licence, citation, note FROM sources ORDER BY id'),
    db.query<{ code: string; level: number; parent_code: string | null; title_en: string; title_zh_tw: string | null }>(
      'SELECT code, level, parent_code, title_en, title_zh_tw FROM isco_groups ORDER BY code',
    ),
    db.query<{
      code: string;
      scored: boolean;
      n_tasks: number;
      wp96_mean: number | null;
      wp96_sd: number | null;
      wp96_category: Wp96Category | null;
      wp140_mean: number | null;
      wp140_sd: number | null;
      wp140_exposure: Wp140Exposure | null;
      title_in_score_file: string | null;
    }>(
      'SELECT code, scored, n_tasks, wp96_mean, wp96_sd, wp96_category, wp140_mean, wp140_sd, wp140_exposure, title_in_score_file ' +
        'FROM occupations ORDER BY code',
    ),
    jsonRows<{
      id: string;
      occupation_code: string;
      task_no: number;
      text: string;
      score_2023: number | null;
      score_2025: number;
      score_2025_gpt4o: number | null;
      score_2025_gemini: number | null;
      score_2025_source: Task['score2025Source'];
    }>(
      db,
      'SELECT id, occupation_code, task_no, text, score_2023, score_2025, score_2025_gpt4o, score_2025_gemini, score_2025_source ' +
        'FROM tasks ORDER BY occupation_code, task_no',
    ),
    db.query<{
      iso3: string;
      name_en: string;
      name_zh_tw: string;
      aliases_en: string[];
      aliases_zh_tw: string[];
      income_group: string | null;
      region: string | null;
      world_bank_name: string | null;
      has_2024_employment: boolean;
    }>(
      'SELECT iso3, name_en, name_zh_tw, aliases_en, aliases_zh_tw, income_group, region, world_bank_name, has_2024_employment FROM ' +
        'countries ORDER BY name_en',
    ),
    db.query<{ code: string; name_en: string; name_zh_tw: string }>(
      'SELECT code, name_en, name_zh_tw FROM income_groups ORDER BY sort_order',
    ),
    jsonRows<{ area_code: string; sex: string; major_group: string; thousands: number; male_derived: boolean }>(
      db,
      'SELECT area_code, sex, major_group, thousands, male_derived FROM employment',
    ),
    db.query<{
      id: string;
      study: string;
      metric: string;
      label_en: string;
      label_zh_tw: string;
      population: string;
      sex: PublishedFigure['sex'];
      value: number;
      value_high: number | null;
      value_text: string;
      unit: string;
      source_id: string;
      locator: string;
      source_class: PublishedFigure['sourceClass'];
      note: string | null;
      note_zh_tw: string | null;
    }>('SELECT * FROM published_figures ORDER BY id'),
    db.query<{ key: 'attribution' | 'disclaimer'; language: string; text: string }>(
      'SELECT key, language, text FROM notices ORDER BY key, language',
    ),
    db.query<{
      method: EstimateMethodInfo['method'];
      selected: boolean;
      mean_absolute_error_pp: number;
      max_absolute_error_pp: number;
      validation_figures: number;
      description: string;
      description_zh_tw: string;
    }>('SELECT * FROM estimate_methods ORDER BY method'),
    db.query<{ area_code: string; sex: string; measure: EstimateMeasure; share_percent: number; exposed_thousands: number }>(
      'SELECT e.area_code, e.sex, e.measure, e.share_percent, e.exposed_thousands FROM exposure_estimates e JOIN estimate_methods m ' +
        'ON m.method = e.method AND m.selected',
    ),
    db.query<{
      figure_id: string;
      method: EstimateMethodInfo['method'];
      measure: EstimateMeasure;
      area_code: string;
      sex: SexCode;
      published_percent: number;
      estimate_percent: number;
      error_pp: number;
    }>('SELECT * FROM estimate_validation ORDER BY figure_id, method'),
    db.query<{ key: string; study: string; label_en: string; label_zh_tw: string; definition_en: string; definition_zh_tw: string }>(
      'SELECT * FROM exposure_labels',
    ),
    db.query<{ term_en: string; term_zh_tw: string; definition_en: string; definition_zh_tw: string }>(
      'SELECT * FROM glossary ORDER BY term_en',
    ),
    db.query<{ kind: string; key: string; label_en: string; label_zh_tw: string }>('SELECT * FROM data_labels'),
    loadSectorCatalog(db),
  ]);
  const estimateTable: EstimateTable = new Map();
  for (const row of estimates) {
    const bySex = estimateTable.get(row.area_code) ?? estimateTable.set(row.area_code, new Map()).get(row.area_code)!;
    const byMeasure = bySex.get(row.sex) ?? bySex.set(row.sex, new Map()).get(row.sex)!;
    byMeasure.set(row.measure, { sharePercent: row.share_percent, exposedThousands: row.exposed_thousands });
  }
  const methodInfo = methods.map((row) => ({
    method: row.method,
    selected: row.selected,
    meanAbsoluteErrorPp: row.mean_absolute_error_pp,
    maxAbsoluteErrorPp: row.max_absolute_error_pp,
    validationFigures: row.validation_figures,
    description: row.description,
    descriptionZhTw: row.description_zh_tw,
  }));
  const resolver = OccupationResolver.load(db);
  // A failure surfaces to the requests that await it; it must not crash the process meanwhile.
  resolver.catch(() => {});

  const tasksByOccupation = new Map<string, Task[]>();
  for (const task of tasks) {
    const list = tasksByOccupation.get(task.occupation_code) ?? tasksByOccupation.set(task.occupation_code, []).get(task.occupation_code)!;
    list.push({
      id: task.id,
      occupationCode: task.occupation_code,
      taskNo: task.task_no,
      text: task.text,
      score2023: task.score_2023,
      score2025: task.score_2025,
      score2025Gpt4o: task.score_2025_gpt4o,
      score2025Gemini: task.score_2025_gemini,
      score2025Source: task.score_2025_source,
    });
  }
  const employmentTable: EmploymentTable = new Map();
  for (const row of employment) {
    const bySex = employmentTable.get(row.area_code) ?? employmentTable.set(row.area_code, new Map()).get(row.area_code)!;
    const byGroup = bySex.get(row.sex) ?? bySex.set(row.sex, new Map()).get(row.sex)!;
    byGroup.set(row.major_group, { thousands: row.thousands, maleDerived: row.male_derived });
  }
  const catalog: Omit<Catalog, 'understanding'> = {
    dataset: {
      version: dataset.version,
      checksum: dataset.checksum,
      embedder: dataset.embedder,
      ingestedAt: new Date(dataset.ingested_at).toISOString(),
      counts: dataset.counts,
    },
    sources: new Map(sources.map((source) => [source.id, source])),
    groups: new Map(
      groups.map((group) => [
        group.code,
        { code: group.code, level: group.level, parentCode: group.parent_code, titleEn: group.title_en, titleZhTw: group.title_zh_tw },
      ]),
    ),
    occupations: new Map(
      occupations.map((row) => [
        row.code,
        {
          code: row.code,
          scored: row.scored,
          nTasks: row.n_tasks,
          wp96: row.scored ? { mean: row.wp96_mean!, sd: row.wp96_sd!, category: row.wp96_category! } : null,
          wp140: row.scored ? { mean: row.wp140_mean!, sd: row.wp140_sd!, exposure: row.wp140_exposure! } : null,
          titleInScoreFile: row.title_in_score_file,
        },
      ]),
    ),
    tasksByOccupation,
    countries: new Map(
      countries.map((row) => [
        row.iso3,
        {
          iso3: row.iso3,
          nameEn: row.name_en,
          nameZhTw: row.name_zh_tw,
          aliasesEn: row.aliases_en,
          aliasesZhTw: row.aliases_zh_tw,
          incomeGroup: row.income_group,
          region: row.region,
          worldBankName: row.world_bank_name,
          has2024Employment: row.has_2024_employment,
        },
      ]),
    ),
    incomeGroups: new Map(incomeGroups.map((row) => [row.code, { code: row.code, nameEn: row.name_en, nameZhTw: row.name_zh_tw }])),
    employment: employmentTable,
    figures: figures.map((row) => ({
      id: row.id,
      study: row.study,
      metric: row.metric,
      label: row.label_en,
      labelZhTw: row.label_zh_tw,
      population: row.population,
      sex: row.sex,
      value: row.value,
      valueHigh: row.value_high,
      valueText: row.value_text,
      unit: row.unit,
      sourceId: row.source_id,
      locator: row.locator,
      sourceClass: row.source_class,
      note: row.note,
      noteZhTw: row.note_zh_tw,
    })),
    estimates: {
      selected: methodInfo.find((method) => method.selected)!,
      methods: methodInfo,
      byArea: estimateTable,
      validation: validation.map((row) => ({
        figureId: row.figure_id,
        method: row.method,
        measure: row.measure,
        areaCode: row.area_code,
        sex: row.sex,
        publishedPercent: row.published_percent,
        estimatePercent: row.estimate_percent,
        errorPp: row.error_pp,
      })),
    },
    exposureLabels: new Map(
      exposureLabels.map((row) => [
        row.key,
        {
          key: row.key,
          study: row.study,
          labelEn: row.label_en,
          labelZhTw: row.label_zh_tw,
          definitionEn: row.definition_en,
          definitionZhTw: row.definition_zh_tw,
        },
      ]),
    ),
    glossary: glossary.map((row) => ({
      termEn: row.term_en,
      termZhTw: row.term_zh_tw,
      definitionEn: row.definition_en,
      definitionZhTw: row.definition_zh_tw,
    })),
    labels: new Map(dataLabels.map((row) => [`${row.kind}:${row.key}`, { en: row.label_en, zhTw: row.label_zh_tw }])),
    sectors,
    notices: {
      attribution: Object.fromEntries(notices.filter((row) => row.key === 'attribution').map((row) => [row.language, row.text])),
      disclaimer: Object.fromEntries(notices.filter((row) => row.key === 'disclaimer').map((row) => [row.language, row.text])),
    },
    resolver,
  };
  // The question understanding needs the whole catalog (names of groups, countries…): built after it, also in the background.
  const understanding = loadUnderstanding(db, catalog);
  understanding.catch(() => {});
  return Object.assign(catalog, { understanding });
}
