/** Countries and their 2024 employment structure, as the API and the chat tools present them. */
import { EMPLOYMENT_MAJOR_GROUPS } from '../domain/areas.ts';
import { type Language, pickTitle } from '../domain/language.ts';
import { SEX_OF_CODE } from '../domain/sex.ts';
import { normalise } from '../retrieval/text-analysis.ts';
import type { Catalog, Country } from './catalog.ts';
import { areaEstimates, estimateMethodSummary, estimateRef } from './estimate-views.ts';
import { countryRef, figureRef, publicationRef } from './source-refs.ts';

function majorGroupTitle(catalog: Catalog, group: string, language: Language): string {
  if (group === '96') {
    const [six, nine] = ['6', '9'].map((code) => catalog.groups.get(code)!);
    return `${pickTitle(language, six!.titleEn, six!.titleZhTw)} + ${pickTitle(language, nine!.titleEn, nine!.titleZhTw)}`;
  }
  const major = catalog.groups.get(group)!;
  return pickTitle(language, major.titleEn, major.titleZhTw);
}

/** A name as compared when looking one up: case, width, spaces and punctuation do not matter. */
export const nameKey = (name: string) => normalise(name.trim()).replace(/[\s.,'’()-]+/g, '');

/** A country by ISO3 code or by any of its English or Chinese names and aliases. */
export function findCountry(catalog: Catalog, query: string): Country | undefined {
  const wanted = nameKey(query);
  if (/^[a-z]{3}$/.test(wanted)) {
    const byCode = catalog.countries.get(wanted.toUpperCase());
    if (byCode) return byCode;
  }
  for (const country of catalog.countries.values()) {
    const names = [country.nameEn, country.nameZhTw, ...country.aliasesEn, ...country.aliasesZhTw, country.worldBankName ?? ''];
    if (names.some((name) => name && nameKey(name) === wanted)) return country;
  }
  return undefined;
}

export const countryName = (country: Country, language: Language) => (language === 'zh-TW' ? country.nameZhTw : country.nameEn);

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Employment (thousands) and each group's share of the area's total, by sex; null if the area has no data. */
function employmentStructure(catalog: Catalog, areaCode: string, language: Language) {
  const bySex = catalog.employment.get(areaCode);
  if (!bySex) return null;
  return Object.entries(SEX_OF_CODE).map(([sexCode, sex]) => {
    const groups = bySex.get(sexCode)!;
    const total = groups.get('total')!.thousands;
    return {
      sex,
      totalThousands: total,
      derived: groups.get('total')!.maleDerived,
      groups: EMPLOYMENT_MAJOR_GROUPS.map((group) => ({
        majorGroup: group,
        title: majorGroupTitle(catalog, group, language),
        thousands: groups.get(group)!.thousands,
        sharePercent: round((groups.get(group)!.thousands / total) * 100, 1),
      })),
    };
  });
}

export function listCountries(catalog: Catalog, filters: { incomeGroup?: string; region?: string; language: Language }) {
  const items = [...catalog.countries.values()]
    .filter(
      (country) =>
        (!filters.incomeGroup || country.incomeGroup === filters.incomeGroup) && (!filters.region || country.region === filters.region),
    )
    .map((country) => ({
      iso3: country.iso3,
      name: countryName(country, filters.language),
      nameEn: country.nameEn,
      nameZhTw: country.nameZhTw,
      incomeGroup: country.incomeGroup,
      region: country.region,
      has2024Employment: country.has2024Employment,
      employmentThousands: catalog.employment.get(country.iso3)?.get('T')?.get('total')?.thousands ?? null,
      // This project's estimate (see estimateMethod); null without 2024 employment data.
      estimatedExposedPercent: catalog.estimates.byArea.get(country.iso3)?.get('T')?.get('wp140_exposed')?.sharePercent ?? null,
    }));
  return {
    items,
    total: items.length,
    estimateMethod: estimateMethodSummary(catalog),
    sources: [
      publicationRef(catalog, 'ilostat-modelled-2024', `Employment by sex and occupation, 2024; dataset ${catalog.dataset.version}`),
      estimateRef(catalog, 'countries', 'All countries'),
      publicationRef(catalog, 'wb-income-groups-fy2026', 'Income group and region per economy'),
    ],
  };
}

export function countryDetail(catalog: Catalog, iso3: string, language: Language) {
  const country = catalog.countries.get(iso3);
  if (!country) return null;
  const incomeGroup = country.incomeGroup ? catalog.incomeGroups.get(country.incomeGroup)! : null;
  return {
    iso3,
    name: countryName(country, language),
    nameEn: country.nameEn,
    nameZhTw: country.nameZhTw,
    incomeGroup: incomeGroup && { code: incomeGroup.code, name: language === 'zh-TW' ? incomeGroup.nameZhTw : incomeGroup.nameEn },
    region: country.region,
    has2024Employment: country.has2024Employment,
    employment: employmentStructure(catalog, iso3, language),
    estimate: areaEstimates(catalog, iso3, language),
    incomeGroupFigures: incomeGroup ? catalog.figures.filter((figure) => figure.population === incomeGroup.code) : [],
    notes: [
      ...(country.has2024Employment ? [] : ['The ILO modelled estimates have no 2024 employment figures for this area.']),
      ...(country.incomeGroup ? [] : ['The World Bank FY2026 classification gives this area no income group.']),
      ...(country.has2024Employment ? ['Employment of men is computed by this project as total minus women.'] : []),
    ],
    sources: [
      countryRef(catalog, iso3, country.nameEn),
      ...(country.has2024Employment ? [estimateRef(catalog, iso3, country.nameEn)] : []),
      publicationRef(catalog, 'wb-income-groups-fy2026', `${country.worldBankName ?? country.nameEn}: income group and region`),
      ...(incomeGroup
        ? catalog.figures.filter((figure) => figure.population === incomeGroup.code).map((figure) => figureRef(catalog, figure))
        : []),
    ],
  };
}
