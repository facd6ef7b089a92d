/** Countries and their 2024 employment structure, as the API and the chat tools present them. */
import { EMPLOYMENT_MAJOR_GROUPS } from '../domain/areas.ts';
import { IMPLAUSIBLE_GROUP_PERCENT, SMALL_AREA_THOUSANDS } from '../domain/data-quality.ts';
import { type Language, pickTitle } from '../domain/language.ts';
import { SEX_OF_CODE } from '../domain/sex.ts';
import { normalise } from '../retrieval/text-analysis.ts';
import type { Catalog, Country } from './catalog.ts';
import { dataLabel, figureIn, regionName } from './data-labels.ts';
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

const totalThousands = (catalog: Catalog, areaCode: string) => catalog.employment.get(areaCode)?.get('T')?.get('total')?.thousands ?? null;

/** An economy small enough that a few occupations sway its estimate (see SMALL_AREA_THOUSANDS). */
export function isSmallArea(catalog: Catalog, areaCode: string): boolean {
  const total = totalThousands(catalog, areaCode);
  return total !== null && total < SMALL_AREA_THOUSANDS;
}

/** Source rows to read with care: a major group with an implausibly small share of employment. */
function implausibleGroups(catalog: Catalog, iso3: string, language: Language): string[] {
  const structure = employmentStructure(catalog, iso3, language)?.find((entry) => entry.sex === 'total');
  return (structure?.groups ?? [])
    .filter((group) => (group.thousands / structure!.totalThousands) * 100 < IMPLAUSIBLE_GROUP_PERCENT)
    .map((group) =>
      dataLabel(catalog, 'note', 'implausible_group', language, {
        group: group.title,
        share: Math.round((group.thousands / structure!.totalThousands) * 10_000) / 100,
        thousands: Math.round(group.thousands),
      }),
    );
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
      regionName: regionName(catalog, country.region, filters.language),
      has2024Employment: country.has2024Employment,
      employmentThousands: totalThousands(catalog, country.iso3),
      smallArea: isSmallArea(catalog, country.iso3),
      // This project's estimate (see estimateMethod); null without 2024 employment data.
      estimatedExposedPercent: catalog.estimates.byArea.get(country.iso3)?.get('T')?.get('wp140_exposed')?.sharePercent ?? null,
    }));
  return {
    items,
    total: items.length,
    estimateMethod: estimateMethodSummary(catalog, filters.language),
    smallAreaThousands: SMALL_AREA_THOUSANDS,
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
  const incomeGroupFigures = incomeGroup ? catalog.figures.filter((figure) => figure.population === incomeGroup.code) : [];
  const note = (key: string, values?: Record<string, string | number>) => dataLabel(catalog, 'note', key, language, values);
  return {
    iso3,
    name: countryName(country, language),
    nameEn: country.nameEn,
    nameZhTw: country.nameZhTw,
    incomeGroup: incomeGroup && { code: incomeGroup.code, name: language === 'zh-TW' ? incomeGroup.nameZhTw : incomeGroup.nameEn },
    region: country.region,
    regionName: regionName(catalog, country.region, language),
    has2024Employment: country.has2024Employment,
    smallArea: isSmallArea(catalog, iso3),
    employment: employmentStructure(catalog, iso3, language),
    estimate: areaEstimates(catalog, iso3, language),
    incomeGroupFigures: incomeGroupFigures.map((figure) => figureIn(figure, language)),
    /** What to read the estimate against: the income group's published share of exposed employment, else this project's estimate for it. */
    readAgainst: incomeGroup && {
      figureId: incomeGroupFigures.find((figure) => figure.metric === 'employment_share_exposed' && figure.sex === 'total')?.id ?? null,
      incomeGroupEstimatePercent: catalog.estimates.byArea.get(incomeGroup.code)?.get('T')?.get('wp140_exposed')?.sharePercent ?? null,
    },
    /** Source rows to read with care, said plainly rather than used silently. */
    warnings: country.has2024Employment ? implausibleGroups(catalog, iso3, language) : [],
    notes: [
      ...(country.has2024Employment ? [] : [note('no_2024_employment')]),
      ...(country.incomeGroup ? [] : [note('no_income_group')]),
      ...(country.has2024Employment ? [note('men_derived')] : []),
      ...(isSmallArea(catalog, iso3) ? [note('small_area', { thousands: SMALL_AREA_THOUSANDS })] : []),
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
