/** Loads the sector tables inside the ingest transaction (the rest is in ingest.ts). */
import type { Queryable } from '../db/db.ts';
import { bulkInsert, sameNames } from './bulk-insert.ts';
import type { SectorKnowledge } from './sector-files.ts';

export async function loadSectorTables(tx: Queryable, sectors: SectorKnowledge): Promise<void> {
  const sectorInput = { section: 'text', title_en: 'text', title_zh_tw: 'text', short_name_en: 'text', short_name_zh_tw: 'text' };
  await bulkInsert(tx, 'sectors', sectorInput, sameNames(sectorInput), sectors.sectors);
  const naicsInput = {
    naics: 'text',
    title_en: 'text',
    title_zh_tw: 'text',
    section: 'text',
    match: 'text',
    note: 'text',
    note_zh_tw: 'text',
  };
  await bulkInsert(
    tx,
    'naics_sectors',
    naicsInput,
    sameNames(naicsInput),
    sectors.naics.map((row) => ({ ...row, note: row.note || null, note_zh_tw: row.note_zh_tw || null })),
  );
  const aliasInput = { alias: 'text', language: 'text', section: 'text', us_naics: 'text', risky: 'boolean', note: 'text' };
  await bulkInsert(
    tx,
    'sector_aliases',
    aliasInput,
    sameNames(aliasInput),
    sectors.aliases.map((row) => ({ ...row, us_naics: row.us_naics || null, note: row.note || null })),
  );
  const employmentInput = {
    area_code: 'text',
    source: 'text',
    year: 'int',
    section: 'text',
    major_group: 'text',
    thousands: 'float8',
    flag: 'text',
  };
  await bulkInsert(
    tx,
    'sector_employment',
    employmentInput,
    sameNames(employmentInput),
    // Only published cells are needed at run time, and half of Europe's cells are suppressed: loading them would only cost time.
    sectors.employment.filter((row) => row.employment_thousands !== null).map((row) => ({ ...row, thousands: row.employment_thousands })),
  );
  const occupationInput = { naics: 'text', soc_code: 'text', soc_title: 'text', jobs: 'int' };
  await bulkInsert(
    tx,
    'us_sector_occupations',
    occupationInput,
    sameNames(occupationInput),
    sectors.usOccupations.map((row) => ({ ...row, jobs: row.employment })),
  );
  const linkInput = { soc_code: 'text', soc_2010: 'text', isco08_code: 'text', weight: 'float8', partial: 'boolean' };
  await bulkInsert(tx, 'soc_isco_links', linkInput, sameNames(linkInput), sectors.links);
  const shareInput = { major_group: 'text', measure: 'text', scored: 'boolean', share: 'float8' };
  await bulkInsert(tx, 'sector_group_shares', shareInput, sameNames(shareInput), sectors.groupShares);
  const estimateInput = {
    area_code: 'text',
    area_kind: 'text',
    section: 'text',
    naics: 'text',
    source: 'text',
    year: 'int',
    detail: 'text',
    measure: 'text',
    share_percent: 'float8',
    exposed_thousands: 'float8',
    employment_thousands: 'float8',
    scored_thousands: 'float8',
    source_total_thousands: 'float8',
    suppressed_cells: 'int',
    unreliable_thousands: 'float8',
  };
  await bulkInsert(tx, 'sector_estimates', estimateInput, sameNames(estimateInput), sectors.estimates);
  const validationInput = {
    area_code: 'text',
    measure: 'text',
    reference: 'text',
    reference_class: 'text',
    reference_percent: 'float8',
    sector_aggregate_percent: 'float8',
    error_pp: 'float8',
  };
  await bulkInsert(tx, 'sector_validation', validationInput, sameNames(validationInput), sectors.validation);
  const totalsInput = {
    area_code: 'text',
    area_kind: 'text',
    source: 'text',
    year: 'int',
    published_cells_thousands: 'float8',
    sector_totals_thousands: 'float8',
    national_total_thousands: 'float8',
    ilo_modelled_2024_thousands: 'float8',
  };
  await bulkInsert(tx, 'sector_totals', totalsInput, sameNames(totalsInput), sectors.totals);
}
