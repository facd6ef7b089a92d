/**
 * Employment by sector and occupation from ../shared/data/sectors, normalised: Eurostat (Europe) and
 * ILOSTAT (the Philippines) by ISIC Rev.4 / NACE Rev.2 section and ISCO-08 major group; BLS OEWS (the
 * United States) by NAICS sector and detailed SOC 2018 occupation; and the links that spread each SOC
 * occupation over ISCO-08 unit groups through the BLS crosswalks.
 */
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import { SECTIONS } from '../../server/domain/sector-estimate.ts';
import { type Row, readCsv } from './csv-files.ts';

const SECTORS_DIR = 'sectors';
/** The latest year of the Eurostat extract (it also has 2023). */
const EUROSTAT_YEAR = '2024';

/** Eurostat writes Greece as EL; every other geo code is ISO 3166 alpha-2. */
function iso3OfEurostatGeo(geo: string): string {
  const iso3 = isoCountries.alpha2ToAlpha3(geo === 'EL' ? 'GR' : geo);
  if (!iso3) throw new Error(`Unknown Eurostat geo code ${geo}`);
  return iso3;
}

export function buildSectorEmployment(sharedDir: string): Row[] {
  const cells = readCsv(join(sharedDir, SECTORS_DIR, 'eurostat_lfsa_eisn2_nace_x_isco08major_2023_2024.csv')).filter(
    (row) => row.year === EUROSTAT_YEAR,
  );
  // The United Kingdom, Montenegro and North Macedonia have no published cell in either year.
  const withData = new Set(cells.filter((row) => row.employed_thousands !== '').map((row) => row.geo));
  const european = cells
    .filter((row) => withData.has(row.geo))
    .map((row) => ({
      area_code: iso3OfEurostatGeo(row.geo!),
      source: 'eurostat-lfsa-eisn2',
      year: row.year!,
      section: row.nace_r2_section!,
      major_group: row.isco08_major!,
      employment_thousands: row.employed_thousands!,
      flag: row.obs_flag!,
    }))
    .sort(
      (a, b) => a.area_code.localeCompare(b.area_code) || a.section.localeCompare(b.section) || a.major_group.localeCompare(b.major_group),
    );

  // ILOSTAT leaves out the cells it does not publish; they are written as empty values, as Eurostat's ":" are.
  const published = new Map<string, Row>();
  for (const row of readCsv(join(sharedDir, SECTORS_DIR, 'ilostat_EMP_TEMP_ECO_OCU_NB_PHL_2023.csv'))) {
    published.set(`${row.isic4_section}|${row.isco08_major}`, row);
  }
  const philippines: Row[] = [];
  for (const section of [...SECTIONS, 'TOTAL']) {
    if (!published.has(`${section}|TOTAL`)) continue; // 2023 folds T into S
    for (const group of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'TOTAL']) {
      philippines.push({
        area_code: 'PHL',
        source: 'ilostat-emp-temp-eco-ocu',
        year: '2023',
        section,
        major_group: group === 'TOTAL' ? 'total' : group,
        employment_thousands: published.get(`${section}|${group}`)?.employed_thousands ?? '',
        flag: '',
      });
    }
  }
  return [...european, ...philippines];
}

/** OEWS reports NAICS 31-33, 44-45 and 48-49 under their first code. */
const NAICS_RANGES: Record<string, string> = { '31': '31-33', '44': '44-45', '48': '48-49' };

export function buildUsOccupations(sharedDir: string): Row[] {
  return readCsv(join(sharedDir, SECTORS_DIR, 'bls_oews_natsector_M2024_tidy.csv'))
    .filter((row) => row.O_GROUP !== 'major')
    .map((row) => ({
      naics: NAICS_RANGES[row.NAICS!] ?? row.NAICS!,
      soc_code: row.OCC_CODE!,
      soc_title: row.OCC_TITLE!,
      // "**": BLS did not publish the estimate.
      employment: row.TOT_EMP === '**' ? '' : row.TOT_EMP!,
    }));
}

/**
 * Occupations OEWS publishes as one estimate although SOC 2018 splits them (the OEWS list of SOC
 * aggregations), given as the SOC 2018 codes of the crosswalk they cover.
 */
const OEWS_AGGREGATES: Record<string, string[]> = {
  '13-1020': ['13-1021', '13-1022', '13-1023'],
  '13-2020': ['13-2022', '13-2023'],
  '21-1018': ['21-1011', '21-1014'],
  '25-2052': ['25-2055', '25-2056'],
  '25-9045': ['25-9043', '25-9049'],
  '29-2010': ['29-2011', '29-2012'],
  '31-1120': ['31-1121', '31-1122'],
  '39-7010': ['39-7011', '39-7012'],
  '47-4090': ['47-4091', '47-4099'],
  '51-2028': ['51-2022', '51-2023'],
  '51-2090': ['51-2092', '51-2099'],
  '53-1047': ['53-1042', '53-1043', '53-1044', '53-1049'],
};

const evenly = <T>(items: readonly T[]) => items.map((item) => ({ item, share: 1 / items.length }));

/**
 * Spreads each OEWS occupation over ISCO-08 unit groups. At every step of the chain (OEWS aggregate ->
 * SOC 2018 -> SOC 2010 -> ISCO-08, and a 3-digit ISCO match -> its unit groups) the employment is
 * divided equally among the codes it maps to: nothing finer exists to weight by. `partial` marks a pair
 * the BLS crosswalk flags as a partial match.
 */
export function buildSocIscoLinks(sharedDir: string, unitGroups: readonly string[], occupationCodes: readonly string[]): Row[] {
  const sourcesOf2018 = new Map<string, string[]>();
  for (const row of readCsv(join(sharedDir, SECTORS_DIR, 'soc_2010_to_2018_crosswalk.csv'))) {
    const list = sourcesOf2018.get(row['2018 SOC Code']!) ?? sourcesOf2018.set(row['2018 SOC Code']!, []).get(row['2018 SOC Code']!)!;
    if (!list.includes(row['2010 SOC Code']!)) list.push(row['2010 SOC Code']!);
  }
  const iscoOf2010 = new Map<string, { isco: string; partial: boolean }[]>();
  // 251 codes carry a trailing space in the BLS sheet.
  for (const row of readCsv(join(sharedDir, SECTORS_DIR, 'isco_soc_crosswalk_ISCO-08_to_2010_SOC_sheet.csv'))) {
    const soc = row['2010 SOC Code']!.trim();
    const list = iscoOf2010.get(soc) ?? iscoOf2010.set(soc, []).get(soc)!;
    list.push({ isco: row['ISCO-08 Code']!.trim(), partial: row.part!.trim() === '*' });
  }
  const unitGroupsOf = (isco: string) => (isco.length === 4 ? [isco] : unitGroups.filter((code) => code.startsWith(isco)));

  const rows: Row[] = [];
  for (const code of occupationCodes) {
    const socs2018 = OEWS_AGGREGATES[code] ?? [code];
    const weights = new Map<string, { soc2010: string; isco: string; weight: number; partial: boolean }>();
    for (const { item: soc2018, share: shareOf2018 } of evenly(socs2018)) {
      const socs2010 = sourcesOf2018.get(soc2018);
      if (!socs2010) throw new Error(`SOC 2018 ${soc2018} (OEWS ${code}) is not in the 2010-2018 crosswalk`);
      for (const { item: soc2010, share: shareOf2010 } of evenly(socs2010)) {
        const matches = iscoOf2010.get(soc2010);
        if (!matches) throw new Error(`SOC 2010 ${soc2010} has no ISCO-08 match`);
        for (const { item: match, share: shareOfMatch } of evenly(matches)) {
          for (const { item: isco, share: shareOfUnit } of evenly(unitGroupsOf(match.isco))) {
            const key = `${soc2010}|${isco}`;
            const weight = shareOf2018 * shareOf2010 * shareOfMatch * shareOfUnit;
            const link = weights.get(key) ?? weights.set(key, { soc2010, isco, weight: 0, partial: match.partial }).get(key)!;
            link.weight += weight;
          }
        }
      }
    }
    for (const link of [...weights.values()].sort((a, b) => a.soc2010.localeCompare(b.soc2010) || a.isco.localeCompare(b.isco))) {
      rows.push({
        soc_code: code,
        soc_2010: link.soc2010,
        isco08_code: link.isco,
        weight: link.weight.toFixed(6),
        partial: String(link.partial),
      });
    }
  }
  return rows;
}
