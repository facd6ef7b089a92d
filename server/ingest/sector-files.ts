/**
 * Reads and validates the sector files of knowledge/data into typed records (see knowledge-files.ts for
 * the rest): every code must exist in the file it refers to, before anything is written.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { ESTIMATE_MEASURES, type EstimateMeasure } from '../domain/country-estimate.ts';
import { ISCO_MAJOR_GROUPS, SECTIONS, SECTOR_REGIONS, SECTOR_SOURCES, type SectorSource } from '../domain/sector-estimate.ts';
import { KnowledgeFileError } from './knowledge-error.ts';
import type { KNOWLEDGE_DATA_FILES } from './knowledge-layout.ts';
import { readCsvFile } from './read-csv-file.ts';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const blankAsNull = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? null : value), schema.nullable());
const section = z.enum(SECTIONS);
const measure = z.enum(Object.keys(ESTIMATE_MEASURES) as [EstimateMeasure, ...EstimateMeasure[]]);
const source = z.enum(Object.keys(SECTOR_SOURCES) as [SectorSource, ...SectorSource[]]);
const thousands = z.coerce.number().nonnegative();
const year = z.coerce.number().int().min(2000).max(2100);

const sectorRow = z.object({
  section,
  title_en: z.string().min(1),
  title_zh_tw: z.string().min(1),
  short_name_en: z.string().min(1),
  short_name_zh_tw: z.string().min(1),
});
const naicsRow = z.object({
  naics: z.string().regex(/^\d{2}(-\d{2})?$/, 'must be a 2-digit NAICS sector such as 52 or 44-45'),
  title_en: z.string().min(1),
  title_zh_tw: z.string().min(1),
  section,
  match: z.enum(['close', 'approximate']),
  note: z.string(),
  note_zh_tw: z.string(),
});
const aliasRow = z.object({
  alias: z.string().trim().min(1),
  language: z.enum(['en', 'zh-TW']),
  section,
  us_naics: z.string(),
  risky: flag,
  note: z.string(),
});
const employmentRow = z.object({
  area_code: z.string().regex(/^[A-Z]{3}$/),
  source,
  year,
  section: z.enum([...SECTIONS, 'TOTAL']),
  major_group: z.enum([...ISCO_MAJOR_GROUPS, 'total']),
  employment_thousands: blankAsNull(thousands),
  flag: z.string().regex(/^[a-z]*$/, 'must be Eurostat flag letters'),
});
const usOccupationRow = z.object({
  naics: z.string().min(2),
  soc_code: z.string().regex(/^\d{2}-\d{4}$/, 'must be an OEWS occupation code such as 43-3071'),
  soc_title: z.string().min(1),
  employment: blankAsNull(z.coerce.number().int().nonnegative()),
});
const linkRow = z.object({
  soc_code: z.string().regex(/^\d{2}-\d{4}$/),
  soc_2010: z.string().regex(/^\d{2}-\d{4}$/),
  isco08_code: z.string().regex(/^\d{4}$/),
  weight: z.coerce.number().positive().max(1),
  partial: flag,
});
const groupShareRow = z.object({
  major_group: z.enum(ISCO_MAJOR_GROUPS),
  measure,
  scored: flag,
  share: z.coerce.number().min(0).max(1),
});
const estimateRow = z.object({
  area_code: z.string().regex(/^[A-Z0-9]{3,4}$/),
  area_kind: z.enum(['country', 'region']),
  section: z.enum([...SECTIONS, 'TOTAL']),
  naics: z.string(),
  source,
  year,
  detail: z.enum(['major_group', 'occupation']),
  measure,
  share_percent: blankAsNull(z.coerce.number().min(0).max(100)),
  exposed_thousands: blankAsNull(thousands),
  employment_thousands: thousands,
  scored_thousands: thousands,
  source_total_thousands: blankAsNull(thousands),
  suppressed_cells: z.coerce.number().int().nonnegative(),
  unreliable_thousands: blankAsNull(thousands),
});
const validationRow = z.object({
  area_code: z.string().min(3),
  measure,
  reference: z.string().min(1),
  reference_class: z.enum(['primary', 'quoted', 'secondary', 'derived']),
  reference_percent: z.coerce.number(),
  sector_aggregate_percent: z.coerce.number(),
  error_pp: z.coerce.number(),
});
const totalsRow = z.object({
  area_code: z.string().min(3),
  area_kind: z.enum(['country', 'region']),
  source,
  year,
  published_cells_thousands: thousands,
  sector_totals_thousands: blankAsNull(thousands),
  national_total_thousands: blankAsNull(thousands),
  ilo_modelled_2024_thousands: thousands,
});

export type SectorKnowledge = ReturnType<typeof readSectorKnowledge>;

export function readSectorKnowledge(dataDir: string, known: { countries: ReadonlySet<string>; occupations: ReadonlySet<string> }) {
  const data = (file: (typeof KNOWLEDGE_DATA_FILES)[number]) => join(dataDir, file);
  /** Every row must pass `ok`; the first that does not stops the ingest with its file and row. */
  const checkEach = <Row>(file: string, rows: readonly Row[], ok: (row: Row) => boolean, message: (row: Row) => string) => {
    const index = rows.findIndex((row) => !ok(row));
    if (index >= 0) throw new KnowledgeFileError(file, index + 2, message(rows[index]!));
  };
  const sectors = readCsvFile(data('sectors.csv'), sectorRow);
  const naics = readCsvFile(data('naics-sectors.csv'), naicsRow);
  const naicsCodes = new Set(naics.map((row) => row.naics));
  const aliases = readCsvFile(data('sector-aliases.csv'), aliasRow);
  checkEach(
    'sector-aliases.csv',
    aliases,
    (row) => row.us_naics === '' || naicsCodes.has(row.us_naics),
    (row) => `unknown NAICS sector ${row.us_naics}`,
  );
  const employment = readCsvFile(data('sector-employment.csv'), employmentRow);
  checkEach(
    'sector-employment.csv',
    employment,
    (row) => known.countries.has(row.area_code),
    (row) => `area ${row.area_code} is not in countries.csv`,
  );
  const usOccupations = readCsvFile(data('us-sector-occupations.csv'), usOccupationRow);
  checkEach(
    'us-sector-occupations.csv',
    usOccupations,
    (row) => naicsCodes.has(row.naics),
    (row) => `NAICS ${row.naics} is not in naics-sectors.csv`,
  );
  const links = readCsvFile(data('soc-isco-links.csv'), linkRow);
  checkEach(
    'soc-isco-links.csv',
    links,
    (row) => known.occupations.has(row.isco08_code),
    (row) => `unknown ISCO-08 unit group ${row.isco08_code}`,
  );
  const areas = new Set([...known.countries, ...Object.keys(SECTOR_REGIONS)]);
  const estimates = readCsvFile(data('sector-estimates.csv'), estimateRow);
  checkEach(
    'sector-estimates.csv',
    estimates,
    (row) => areas.has(row.area_code),
    (row) => `area ${row.area_code} is neither a country nor a sector region`,
  );
  return {
    sectors,
    naics,
    aliases,
    employment,
    usOccupations,
    links,
    groupShares: readCsvFile(data('sector-group-shares.csv'), groupShareRow),
    estimates,
    validation: readCsvFile(data('sector-validation.csv'), validationRow),
    totals: readCsvFile(data('sector-totals.csv'), totalsRow),
  };
}
