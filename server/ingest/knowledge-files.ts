/**
 * Reads and validates everything under knowledge/ into typed records, before any database write:
 * a bad file stops the ingest with its name and row, and the previous data stays untouched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { INCOME_GROUP_CODES, WORLD } from '../domain/areas.ts';
import { WP96_CATEGORIES, WP140_EXPOSURES } from '../domain/exposure.ts';
import { SEX_OF_CODE, SEXES } from '../domain/sex.ts';
import { SOURCE_CLASSES } from '../domain/source-ref.ts';
import { type FindingCard, readFindingCards } from './finding-cards.ts';
import { KnowledgeFileError } from './knowledge-error.ts';
import type { KNOWLEDGE_DATA_FILES } from './knowledge-layout.ts';
import { readCsvFile } from './read-csv-file.ts';
import { readSectorKnowledge } from './sector-files.ts';

const code = (digits: string) => z.string().regex(new RegExp(`^[0-9]{${digits}}$`), `must be an ISCO-08 code of ${digits} digits`);
const sexCode = z.enum(Object.keys(SEX_OF_CODE) as [keyof typeof SEX_OF_CODE]);
const score = z.coerce.number().min(0).max(1);
const optionalScore = z.preprocess((value) => (value === '' ? null : value), score.nullable());
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const pipeList = z.string().transform((value) =>
  value
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean),
);
const blankAsNull = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? null : value), schema.nullable());

const iscoGroup = z.object({
  code: code('1,4'),
  level: z.coerce.number().int().min(1).max(4),
  parent_code: z.string(),
  title_en: z.string().min(1),
});
const occupation = z
  .object({
    isco08_code: code('4'),
    scored: flag,
    title_in_score_file: z.string(),
    n_tasks: z.coerce.number().int().min(0),
    wp96_mean: blankAsNull(score),
    wp96_sd: blankAsNull(score),
    wp96_category: blankAsNull(z.enum(WP96_CATEGORIES)),
    wp140_mean: blankAsNull(score),
    wp140_sd: blankAsNull(score),
    wp140_exposure: blankAsNull(z.enum(WP140_EXPOSURES)),
  })
  .refine(
    (row) =>
      row.scored === (row.wp96_mean !== null && row.wp140_mean !== null && row.wp96_category !== null && row.wp140_exposure !== null),
    {
      message: 'scored must be true exactly when both studies have a mean and a label',
    },
  );
const task = z.object({
  isco08_code: code('4'),
  task_no: z.coerce.number().int().min(1),
  task_text: z.string(),
  score_2023: optionalScore,
  score_2025_gpt4o: optionalScore,
  score_2025_gemini: optionalScore,
  score_2025: score,
  score_2025_source: z.enum(['predicted', 'reconciled']),
});
const label = z.object({
  isco08_code: code('4'),
  label: z.string().min(1),
  label_kind: z.enum(['esco_preferred', 'esco_alternative']),
  esco_uri: z.string(),
});
const country = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters'),
  name_en: z.string().min(1),
  name_zh_tw: z.string().min(1),
  aliases_en: pipeList,
  aliases_zh_tw: pipeList,
  income_group: blankAsNull(z.enum(INCOME_GROUP_CODES)),
  region: blankAsNull(z.string()),
  world_bank_name: blankAsNull(z.string()),
  has_2024_employment: flag,
});
const employmentRow = z.object({
  area_code: z.string().regex(/^([A-Z]{3}|WORLD)$/),
  area_kind: z.enum(['country', 'income_group', 'world']),
  sex: sexCode,
  major_group: z.enum(['1', '2', '3', '4', '5', '7', '8', '96', 'total']),
  employment_thousands: z.coerce.number().nonnegative(),
  male_derived: flag,
});
const figure = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  study: z.string().min(1),
  metric: z.string().min(1),
  label_en: z.string().min(1),
  label_zh_tw: z.string().min(1),
  population: z.string().min(1),
  sex: z.enum(SEXES),
  value: z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a number as published'),
  value_high: blankAsNull(z.coerce.number()),
  unit: z.string().min(1),
  source: z.string().min(1),
  locator: z.string().min(1),
  source_class: z.enum(SOURCE_CLASSES),
  note: z.string(),
  note_zh_tw: z.string(),
});
const dataLabel = z.object({
  kind: z.enum(['estimate_measure', 'note', 'region']),
  key: z.string().min(1),
  label_en: z.string().min(1),
  label_zh_tw: z.string().min(1),
});
const titleZh = z.object({ code: code('1,4'), level: z.coerce.number().int(), title_en: z.string(), title_zh_tw: z.string().min(1) });
const aliasZh = z.object({ alias_zh_tw: z.string().min(1), isco08_code: code('4'), note: z.string().optional() });
const aliasEn = z.object({ alias: z.string().min(1), isco08_code: code('4'), note: z.string().optional() });

const measure = z.enum(['wp140_exposed', 'wp140_gradient_4', 'wp96_automation', 'wp96_augmentation']);
const method = z.enum(['unweighted', 'esco_weighted']);
const estimateMethod = z.object({
  method,
  selected: flag,
  mean_absolute_error_pp: z.coerce.number().nonnegative(),
  max_absolute_error_pp: z.coerce.number().nonnegative(),
  validation_figures: z.coerce.number().int().positive(),
  description: z.string().min(1),
  description_zh_tw: z.string().min(1),
});
const estimate = z.object({
  area_code: z.string().regex(/^([A-Z]{3}|WORLD)$/),
  area_kind: z.enum(['country', 'income_group', 'world']),
  sex: sexCode,
  measure,
  method,
  share_percent: z.coerce.number().min(0).max(100),
  exposed_thousands: z.coerce.number().nonnegative(),
});
const validationRow = z.object({
  figure_id: z.string().min(1),
  measure,
  area_code: z.string().min(1),
  sex: sexCode,
  method,
  published_percent: z.coerce.number(),
  estimate_percent: z.coerce.number(),
  error_pp: z.coerce.number(),
});
const exposureLabel = z.object({
  key: z.enum([...WP96_CATEGORIES, ...WP140_EXPOSURES]),
  study: z.enum(['WP96', 'WP140']),
  label_en: z.string().min(1),
  label_zh_tw: z.string().min(1),
  short_definition_en: z.string().min(1),
  short_definition_zh_tw: z.string().min(1),
});
const glossaryRow = z.object({
  term_en: z.string().min(1),
  term_zh_tw: z.string().min(1),
  definition_en: z.string().min(1),
  definition_zh_tw: z.string().min(1),
});

const sourcesFile = z.object({
  attribution: z.object({ en: z.string(), 'zh-TW': z.string() }),
  disclaimer: z.object({ en: z.string(), 'zh-TW': z.string() }),
  sources: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      kind: z.string(),
      title: z.string(),
      authors: z.string().optional(),
      publisher: z.string().optional(),
      year: z.number().int().optional(),
      doi: z.string().optional(),
      url: z.string().optional(),
      licence: z.string().optional(),
      citation: z.string(),
      note: z.string().optional(),
    }),
  ),
});
export type SourcesFile = z.infer<typeof sourcesFile>;

export type Knowledge = Awaited<ReturnType<typeof readKnowledge>>;

export async function readKnowledge(knowledgeDir: string) {
  const data = (file: (typeof KNOWLEDGE_DATA_FILES)[number]) => join(knowledgeDir, 'data', file);
  const sources = readSources(join(knowledgeDir, 'sources.json'));
  const sourceIds = new Set(sources.sources.map((source) => source.id));
  const groups = readCsvFile(data('isco08-groups.csv'), iscoGroup);
  const groupCodes = new Set(groups.map((group) => group.code));
  const occupations = readCsvFile(data('occupations.csv'), occupation);
  const occupationCodes = new Set(occupations.map((row) => row.isco08_code));
  const mustBeOccupation = (file: string) => (row: { isco08_code: string }, index: number) => {
    if (!occupationCodes.has(row.isco08_code))
      throw new KnowledgeFileError(file, index + 2, `unknown ISCO-08 unit group ${row.isco08_code}`);
  };
  const tasks = readCsvFile(data('tasks.csv'), task);
  tasks.forEach(mustBeOccupation('tasks.csv'));
  const labels = readCsvFile(data('occupation-labels.csv'), label);
  labels.forEach(mustBeOccupation('occupation-labels.csv'));
  const aliasesEn = readCsvFile(data('occupation-aliases-en.csv'), aliasEn);
  aliasesEn.forEach(mustBeOccupation('occupation-aliases-en.csv'));
  const aliasesZh = readCsvFile(data('occupation-aliases-zh-tw.csv'), aliasZh);
  aliasesZh.forEach(mustBeOccupation('occupation-aliases-zh-tw.csv'));
  const titlesZh = readCsvFile(data('isco08-titles-zh-tw.csv'), titleZh);
  titlesZh.forEach((row, index) => {
    if (!groupCodes.has(row.code)) throw new KnowledgeFileError('isco08-titles-zh-tw.csv', index + 2, `unknown ISCO-08 group ${row.code}`);
  });
  const figures = readCsvFile(data('published-figures.csv'), figure);
  figures.forEach((row, index) => {
    if (!sourceIds.has(row.source)) throw new KnowledgeFileError('published-figures.csv', index + 2, `unknown source id ${row.source}`);
    if (Boolean(row.note) !== Boolean(row.note_zh_tw))
      throw new KnowledgeFileError('published-figures.csv', index + 2, 'a note needs both note and note_zh_tw');
  });
  const countries = readCsvFile(data('countries.csv'), country);
  const dataLabels = readCsvFile(data('data-labels.csv'), dataLabel);
  // Every region a country is filed under has its name in both languages.
  const regions = new Set(dataLabels.filter((row) => row.kind === 'region').map((row) => row.key));
  countries.forEach((row, index) => {
    if (row.region && !regions.has(row.region))
      throw new KnowledgeFileError('countries.csv', index + 2, `region "${row.region}" has no row in data-labels.csv`);
  });
  const areaCodes = new Set([WORLD.code, ...INCOME_GROUP_CODES, ...countries.map((row) => row.iso3)]);
  const employment = readCsvFile(data('employment.csv'), employmentRow);
  employment.forEach((row, index) => {
    if (!areaCodes.has(row.area_code))
      throw new KnowledgeFileError('employment.csv', index + 2, `area ${row.area_code} is not in countries.csv`);
  });
  const estimateMethods = readCsvFile(data('estimate-methods.csv'), estimateMethod);
  if (estimateMethods.filter((row) => row.selected).length !== 1)
    throw new KnowledgeFileError('estimate-methods.csv', undefined, 'exactly one method must be selected');
  const figureIds = new Set(figures.map((row) => row.id));
  const estimateValidation = readCsvFile(data('estimate-validation.csv'), validationRow);
  estimateValidation.forEach((row, index) => {
    if (!figureIds.has(row.figure_id))
      throw new KnowledgeFileError('estimate-validation.csv', index + 2, `unknown published figure ${row.figure_id}`);
  });
  const estimates = readCsvFile(data('country-estimates.csv'), estimate);
  estimates.forEach((row, index) => {
    if (!areaCodes.has(row.area_code))
      throw new KnowledgeFileError('country-estimates.csv', index + 2, `area ${row.area_code} is not in countries.csv`);
  });
  const findings: FindingCard[] = await readFindingCards(join(knowledgeDir, 'findings'), sourceIds);
  return {
    sources,
    groups,
    titlesZh,
    occupations,
    tasks,
    labels,
    aliasesEn,
    aliasesZh,
    countries,
    employment,
    figures,
    estimateMethods,
    estimates,
    estimateValidation,
    exposureLabels: readCsvFile(data('exposure-labels-zh-tw.csv'), exposureLabel),
    glossary: readCsvFile(data('glossary.csv'), glossaryRow),
    dataLabels,
    findings,
    sectors: readSectorKnowledge(join(knowledgeDir, 'data'), {
      countries: new Set(countries.map((row) => row.iso3)),
      occupations: occupationCodes,
    }),
  };
}

function readSources(path: string): SourcesFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new KnowledgeFileError('sources.json', undefined, `cannot be read as JSON (${(error as Error).message})`);
  }
  const parsed = sourcesFile.safeParse(json);
  if (!parsed.success)
    throw new KnowledgeFileError(
      'sources.json',
      undefined,
      `${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`,
    );
  return parsed.data;
}
