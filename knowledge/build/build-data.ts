/**
 * Rebuilds the normalised CSVs in knowledge/data from the raw files in ../shared/data, then this
 * project's country and sector estimates with their validation tables, then the SHA-256 lists the ingest verifies
 * (the table in PROVENANCE.md and knowledge/SHA256SUMS).
 *
 *   npm run knowledge:build                 # writes knowledge/data
 *   npm run knowledge:build -- /tmp/out     # writes elsewhere (the test compares that with the committed copy)
 * SHARED_DATA_DIR overrides where the raw files are (default ../shared/data next to the repository).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCountries, buildEmployment } from './build-areas.ts';
import { refreshReadmeTable, writeEstimates } from './build-estimates.ts';
import { buildIscoGroups, buildOccupationLabels, buildOccupations, buildTasks } from './build-isco.ts';
import { refreshSectorReadmes, writeSectorEstimates } from './build-sector-estimates.ts';
import { buildSectorEmployment, buildSocIscoLinks, buildUsOccupations } from './build-sectors.ts';
import { type Row, writeCsv } from './csv-files.ts';
import { refreshKnowledgeChecksums } from './provenance.ts';

const knowledgeDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const KNOWLEDGE_DATA_DIR = join(knowledgeDir, 'data');
const DEFAULT_SHARED_DATA_DIR = resolve(knowledgeDir, '../../shared/data');
/** Where the raw files are: SHARED_DATA_DIR, else ../shared/data next to the repository. */
export const sharedDataDir = () => resolve(process.env.SHARED_DATA_DIR ?? DEFAULT_SHARED_DATA_DIR);

/** Every built file with its column order; the ingest reads the same names. */
export const BUILT_FILES = {
  'isco08-groups.csv': ['code', 'level', 'parent_code', 'title_en'],
  'occupations.csv': [
    'isco08_code',
    'scored',
    'title_in_score_file',
    'n_tasks',
    'wp96_mean',
    'wp96_sd',
    'wp96_category',
    'wp140_mean',
    'wp140_sd',
    'wp140_exposure',
  ],
  'tasks.csv': [
    'isco08_code',
    'task_no',
    'task_text',
    'score_2023',
    'score_2025_gpt4o',
    'score_2025_gemini',
    'score_2025',
    'score_2025_source',
  ],
  'occupation-labels.csv': ['isco08_code', 'label', 'label_kind', 'esco_uri'],
  'countries.csv': [
    'iso3',
    'name_en',
    'name_zh_tw',
    'aliases_en',
    'aliases_zh_tw',
    'income_group',
    'region',
    'world_bank_name',
    'has_2024_employment',
  ],
  'employment.csv': ['area_code', 'area_kind', 'sex', 'major_group', 'employment_thousands', 'male_derived'],
  'sector-employment.csv': ['area_code', 'source', 'year', 'section', 'major_group', 'employment_thousands', 'flag'],
  'us-sector-occupations.csv': ['naics', 'soc_code', 'soc_title', 'employment'],
  'soc-isco-links.csv': ['soc_code', 'soc_2010', 'isco08_code', 'weight', 'partial'],
} as const satisfies Record<string, readonly string[]>;

export function buildData(sharedDir: string, outDir: string, log: (line: string) => void = () => {}): void {
  mkdirSync(outDir, { recursive: true });
  const groups = buildIscoGroups(sharedDir);
  const unitGroups = groups.filter((group) => group.level === '4').map((group) => group.code!);
  const usOccupations = buildUsOccupations(sharedDir);
  const socCodes = [...new Set(usOccupations.map((row) => row.soc_code!))].filter((code) => code !== '00-0000').sort();
  const tables: Record<keyof typeof BUILT_FILES, Row[]> = {
    'isco08-groups.csv': groups,
    'occupations.csv': buildOccupations(sharedDir, unitGroups),
    'tasks.csv': buildTasks(sharedDir),
    'occupation-labels.csv': buildOccupationLabels(sharedDir),
    'countries.csv': buildCountries(sharedDir, KNOWLEDGE_DATA_DIR),
    'employment.csv': buildEmployment(sharedDir),
    'sector-employment.csv': buildSectorEmployment(sharedDir),
    'us-sector-occupations.csv': usOccupations,
    'soc-isco-links.csv': buildSocIscoLinks(sharedDir, unitGroups, socCodes),
  };
  for (const [file, rows] of Object.entries(tables)) {
    writeCsv(join(outDir, file), BUILT_FILES[file as keyof typeof BUILT_FILES], rows);
    log(JSON.stringify({ step: 'build', file, rows: rows.length }));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? KNOWLEDGE_DATA_DIR);
  buildData(sharedDataDir(), outDir, console.log);
  if (outDir === KNOWLEDGE_DATA_DIR) {
    // Estimates read the built tables and the curated published figures, so they come second; the sector
    // estimates use the method the country estimates selected, so they come last.
    refreshReadmeTable(KNOWLEDGE_DATA_DIR, writeEstimates(KNOWLEDGE_DATA_DIR, KNOWLEDGE_DATA_DIR));
    refreshSectorReadmes(
      KNOWLEDGE_DATA_DIR,
      join(knowledgeDir, '..', 'README.md'),
      writeSectorEstimates(KNOWLEDGE_DATA_DIR, KNOWLEDGE_DATA_DIR),
    );
    refreshKnowledgeChecksums(knowledgeDir);
  }
}
