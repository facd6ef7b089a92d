// Countries (names, income group, region) and 2024 employment by area, sex and ISCO-08 major group.
import { join } from 'node:path';
import { type Row, readCsv } from './csv-files.ts';

/** World Bank income groups, keyed by the World Bank's own short codes. */
const INCOME_GROUPS: Record<string, { code: string; ilostatArea: string }> = {
  'Low income': { code: 'LIC', ilostatArea: 'x02' },
  'Lower middle income': { code: 'LMC', ilostatArea: 'x03' },
  'Upper middle income': { code: 'UMC', ilostatArea: 'x04' },
  'High income': { code: 'HIC', ilostatArea: 'x05' },
};
const AGGREGATE_AREAS: Record<string, string> = { x01: 'WORLD', x02: 'LIC', x03: 'LMC', x04: 'UMC', x05: 'HIC' };
const SEXES: Record<string, string> = { female: 'F', male: 'M', total: 'T' };

export function buildCountries(sharedDir: string, knowledgeDataDir: string): Row[] {
  const names = readCsv(join(knowledgeDataDir, 'country-names.csv'));
  const worldBank = new Map(readCsv(join(sharedDir, 'world_bank_income_groups_FY2026.csv')).map((row) => [row.iso3!, row]));
  const withData = new Set(readCsv(join(sharedDir, 'ilo_modelled_employment_by_country_sex_major_group_2024.csv')).map((row) => row.iso3!));
  return names.map((name) => {
    const bank = worldBank.get(name.iso3!);
    const incomeGroup = bank?.wb_income_group ? INCOME_GROUPS[bank.wb_income_group]?.code : undefined;
    return {
      iso3: name.iso3!,
      name_en: name.name_en!,
      name_zh_tw: name.name_zh_tw!,
      aliases_en: name.name_en_aliases ?? '',
      aliases_zh_tw: name.name_zh_tw_aliases ?? '',
      income_group: incomeGroup ?? '',
      region: bank?.wb_region ?? '',
      world_bank_name: bank?.economy ?? '',
      has_2024_employment: withData.has(name.iso3!) ? 'true' : 'false',
    };
  });
}

/** Thousands to three decimals without trailing zeros, as the sources print them. */
export const round3 = (value: number) => (Math.round(value * 1000) / 1000).toFixed(3).replace(/\.?0+$/, '');

export function buildEmployment(sharedDir: string): Row[] {
  const rows: Row[] = [];
  for (const row of readCsv(join(sharedDir, 'ilo_modelled_estimates_employment_by_sex_occupation_world_income_groups_2024.csv'))) {
    const area = AGGREGATE_AREAS[row.ref_area!];
    if (!area) throw new Error(`Unknown aggregate area ${row.ref_area}`);
    rows.push({
      area_code: area,
      area_kind: area === 'WORLD' ? 'world' : 'income_group',
      sex: SEXES[row.sex!]!,
      major_group: row.classif1!,
      employment_thousands: row.employment_thousands!,
      male_derived: 'false',
    });
  }
  // Country rows come as female and total only; men are total minus women (marked as derived).
  const byKey = new Map<string, string>();
  const countryRows = readCsv(join(sharedDir, 'ilo_modelled_employment_by_country_sex_major_group_2024.csv'));
  for (const row of countryRows) byKey.set(`${row.iso3}|${row.sex}|${row.isco08_major_group}`, row.employment_thousands!);
  for (const row of countryRows) {
    const base = { area_code: row.iso3!, area_kind: 'country', major_group: row.isco08_major_group! };
    rows.push({ ...base, sex: row.sex!, employment_thousands: row.employment_thousands!, male_derived: 'false' });
    if (row.sex === 'T') {
      const female = Number(byKey.get(`${row.iso3}|F|${row.isco08_major_group}`));
      rows.push({ ...base, sex: 'M', employment_thousands: round3(Number(row.employment_thousands) - female), male_derived: 'true' });
    }
  }
  return rows;
}
