/**
 * This project's sector estimates as the API and the tools present them: always labelled as estimates,
 * with the coverage of every figure, the method, the caveats that apply and the area's validation.
 */
import { ESTIMATE_MEASURES, type EstimateMeasure } from '../domain/country-estimate.ts';
import { type Language, pickTitle } from '../domain/language.ts';
import {
  MEASURES,
  SECTIONS,
  SECTOR_REGIONS,
  SECTOR_SOURCES,
  type Section,
  type SectorRegion,
  summariseSectorValidation,
} from '../domain/sector-estimate.ts';
import type { SourceRef } from '../domain/source-ref.ts';
import type { Catalog } from './catalog.ts';
import { dataLabel } from './data-labels.ts';
import { ESTIMATE_LABEL } from './estimate-views.ts';
import type { SectorArea, SectorFigures } from './sector-catalog.ts';
import { areasWithSectorData, findSectors, lookupSectorArea, type SectorMatch, sectorAreaName } from './sector-lookup.ts';
import { type SectorOccupation, sectorOccupations } from './sector-occupations.ts';
import { figureRef, publicationRef } from './source-refs.ts';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const percent = (part: number, whole: number | null) => (whole ? round((part / whole) * 100, 1) : null);

const SECTOR_METHOD = {
  major_group:
    "Employment-weighted share of the sector's workers in the measure. Employment is by ISCO-08 " +
    'major group only, so each major group counts with the share of its scored unit groups in the ' +
    "measure (the weights of this project's country estimates), the same in every sector.",
  occupation:
    "Employment-weighted share of the sector's workers in the measure, from detailed occupations " +
    '(BLS OEWS) matched to ISCO-08 unit groups through the BLS crosswalks SOC 2018 -> SOC 2010 ' +
    '-> ISCO-08; where a code maps to several, its employment is split equally at each step.',
} as const;

const sectorKey = (section: string, naics: string | null) => (naics ? `${section}|${naics}` : section);

function sectorTitle(catalog: Catalog, section: Section | 'TOTAL', language: Language) {
  if (section === 'TOTAL')
    return { title: language === 'zh-TW' ? '所有行業' : 'All sectors', shortName: language === 'zh-TW' ? '所有行業' : 'All sectors' };
  const sector = catalog.sectors.sections.get(section)!;
  return {
    title: pickTitle(language, sector.titleEn, sector.titleZhTw),
    shortName: pickTitle(language, sector.shortNameEn, sector.shortNameZhTw),
  };
}

function naicsInfo(catalog: Catalog, naics: string | null, language: Language) {
  const sector = naics ? catalog.sectors.naics.get(naics) : undefined;
  return sector
    ? { code: sector.naics, title: pickTitle(language, sector.titleEn, sector.titleZhTw), match: sector.match, note: sector.note }
    : null;
}

function areaRef(catalog: Catalog, area: SectorArea, language: Language) {
  return { code: area.code, name: sectorAreaName(catalog, area.code, language), kind: area.kind };
}

const measureValues = (catalog: Catalog, figures: SectorFigures, language: Language) =>
  MEASURES.map((measure) => ({
    measure,
    study: ESTIMATE_MEASURES[measure].study,
    label: dataLabel(catalog, 'estimate_measure', measure, language),
    sharePercent: figures.measures[measure].sharePercent,
    exposedThousands: figures.measures[measure].exposedThousands,
  }));

/** A fifth or more of the employment in cells the source flags as of low reliability. */
const LOW_RELIABILITY_PERCENT = 20;

function coverageOf(figures: SectorFigures) {
  const unreliablePercent = figures.unreliableThousands === null ? null : percent(figures.unreliableThousands, figures.employmentThousands);
  return {
    employmentThousands: figures.employmentThousands,
    scoredThousands: figures.scoredThousands,
    scoredPercent: percent(figures.scoredThousands, figures.employmentThousands),
    sourceTotalThousands: figures.sourceTotalThousands,
    publishedPercent: percent(figures.employmentThousands, figures.sourceTotalThousands),
    suppressedCells: figures.suppressedCells,
    unreliableThousands: figures.unreliableThousands,
    unreliablePercent,
    lowReliability: unreliablePercent !== null && unreliablePercent >= LOW_RELIABILITY_PERCENT,
  };
}

/**
 * What a reader must know next to the figures: a code, its values, and its text in the request's language
 * (knowledge/data/data-labels.csv, kind sector_caveat: one wording for the chat, the explorer and MCP).
 */
type Caveat = { code: string; values: Record<string, string | number>; text: string };

function caveats(catalog: Catalog, area: SectorArea, figures: SectorFigures, language: Language): Caveat[] {
  const coverage = coverageOf(figures);
  const list: Omit<Caveat, 'text'>[] = [{ code: 'estimate', values: {} }];
  if (area.detail === 'major_group') list.push({ code: 'within_group_lost', values: {} });
  else {
    list.push({ code: 'crosswalk', values: { scoredPercent: coverage.scoredPercent ?? 0 } });
    list.push({ code: 'oews_scope', values: {} });
    const naics = figures.naics
      ? [catalog.sectors.naics.get(figures.naics)!]
      : [...catalog.sectors.naics.values()].filter((sector) => sector.section === figures.section);
    for (const sector of naics.filter((candidate) => candidate.match === 'approximate'))
      list.push({
        code: 'approximate_mapping',
        values: {
          naics: sector.naics,
          title: pickTitle(language, sector.titleEn, sector.titleZhTw),
          note: (language === 'zh-TW' ? sector.noteZhTw : sector.note) ?? '',
        },
      });
  }
  if (area.detail === 'major_group' && coverage.scoredPercent !== null && coverage.scoredPercent < 100)
    list.push({ code: 'unscored', values: { thousands: round(figures.employmentThousands - figures.scoredThousands, 1) } });
  if (figures.suppressedCells > 0)
    list.push({
      code: area.detail === 'major_group' ? 'suppressed_cells' : 'suppressed_occupations',
      values: { count: figures.suppressedCells },
    });
  if (figures.unreliableThousands)
    list.push({
      code: coverage.lowReliability ? 'low_reliability' : 'unreliable',
      values: { thousands: figures.unreliableThousands, percent: coverage.unreliablePercent ?? 0 },
    });
  if (area.code === 'PHL' && (figures.section === 'S' || figures.section === 'TOTAL')) list.push({ code: 'section_t_in_s', values: {} });
  if (figures.measures.wp140_exposed.sharePercent === null) list.push({ code: 'no_published_cells', values: {} });
  list.push({ code: 'not_job_loss', values: {} });
  return list.map((caveat) => ({ ...caveat, text: dataLabel(catalog, 'sector_caveat', caveat.code, language, caveat.values) }));
}

function sectorMethod(catalog: Catalog, area: SectorArea) {
  return {
    description: SECTOR_METHOD[area.detail],
    unitGroupWeighting: catalog.estimates.selected.method,
    validation: catalog.sectors.validation
      .filter((row) => row.areaCode === area.code)
      .map(({ areaCode, ...row }) => ({
        ...row,
        note:
          row.reference === 'country-estimate'
            ? "This project's country estimate (ILO modelled employment 2024, major groups)"
            : 'Published figure; see its source class',
      })),
  };
}

function sectorRef(catalog: Catalog, area: SectorArea, key: string): SourceRef {
  const [section, naics] = key.split('|');
  const sectorName = section === 'TOTAL' ? 'all sectors' : catalog.sectors.sections.get(section as Section)!.shortNameEn;
  return {
    id: `sector:${area.code}:${key}`,
    kind: 'sector',
    title:
      `${sectorAreaName(catalog, area.code, 'en')}, ${sectorName}${naics ? ` (NAICS ${naics})` : ''}: ` +
      `this project's estimate of employment in exposed occupations`,
    locator:
      `knowledge/data/sector-estimates.csv (${area.code}, ${section}${naics ? `, NAICS ${naics}` : ''}); ` +
      `method and validation in knowledge/data/README.md; dataset ${catalog.dataset.version}`,
    url: catalog.sources.get('this-project')?.url ?? undefined,
    sourceClass: 'derived',
  };
}

/** The employment source, the crosswalk where used, the ILO scores, and the figures the area was validated against. */
function dataRefs(catalog: Catalog, area: SectorArea, what: string): SourceRef[] {
  const refs = [
    publicationRef(catalog, SECTOR_SOURCES[area.source].sourceId, `${what}, ${area.year}; dataset ${catalog.dataset.version}`),
    ...(area.detail === 'occupation'
      ? [publicationRef(catalog, 'bls-soc-crosswalks', 'SOC 2018 -> SOC 2010 -> ISCO-08 (knowledge/data/soc-isco-links.csv)')]
      : []),
    publicationRef(catalog, 'ilo-genai-scores-2025', 'WP96 categories and WP140 gradients of the ISCO-08 unit groups'),
  ];
  const published = catalog.sectors.validation.filter((row) => row.areaCode === area.code && row.reference !== 'country-estimate');
  for (const row of published) {
    const figure = catalog.figures.find((candidate) => candidate.id === row.reference);
    if (figure && !refs.some((ref) => ref.id === `figure:${figure.id}`)) refs.push(figureRef(catalog, figure));
  }
  return refs;
}

export function noSectorData(catalog: Catalog, code: string, language: Language, section?: Section) {
  const name = sectorAreaName(catalog, code, language);
  const area = catalog.sectors.areas.get(code);
  return {
    kind: 'no_sector_data' as const,
    area: { code, name },
    sector: section ? { section, ...sectorTitle(catalog, section, language) } : null,
    message: area
      ? `${catalog.sources.get(SECTOR_SOURCES[area.source].sourceId)?.title ?? area.source} has no ` +
        `employment for this sector in ${sectorAreaName(catalog, code, 'en')}.`
      : `There is no employment by sector and occupation for ${sectorAreaName(catalog, code, 'en')} ` +
        `in this project's data: sector estimates exist for 33 European countries, the Philippines ` +
        `and the United States. The occupation-group view of the country (countryExposure) is available.`,
    areasWithData: areasWithSectorData(catalog, language),
    sectorsWithData: area
      ? [...area.sectors.keys()]
          .filter((key) => key !== 'TOTAL' && !key.includes('|'))
          .map((key) => ({ section: key, ...sectorTitle(catalog, key as Section, language) }))
      : [],
  };
}

/** What every answer about one sector starts with: the estimate label, the area, the sector and the employment source. */
function sectorHeading(catalog: Catalog, area: SectorArea, section: Section | 'TOTAL', naics: string | null, language: Language) {
  return {
    label: ESTIMATE_LABEL[language],
    area: areaRef(catalog, area, language),
    sector: { section, ...sectorTitle(catalog, section, language), naics: naicsInfo(catalog, naics, language) },
    source: { id: SECTOR_SOURCES[area.source].sourceId, year: area.year, detail: area.detail },
  };
}

const DRIVER_COUNT = 5;

const byWorkers = (a: SectorOccupation, b: SectorOccupation) =>
  b.exposedThousands - a.exposedThousands || b.employmentThousands - a.employmentThousands;
const byShare = (a: SectorOccupation, b: SectorOccupation) =>
  b.sharePercent - a.sharePercent || b.employmentThousands - a.employmentThousands;

/** A sector (or all sectors) of an area: figures, coverage, the occupations that drive it, caveats and method. */
export function sectorExposure(catalog: Catalog, area: SectorArea, section: Section | 'TOTAL', naics: string | null, language: Language) {
  const key = sectorKey(section, naics);
  const figures = area.sectors.get(key);
  if (!figures) return null;
  const components =
    area.detail === 'occupation' && !naics && section !== 'TOTAL'
      ? [...area.sectors.values()]
          .filter((candidate) => candidate.section === section && candidate.naics)
          .map((component) => ({
            naics: naicsInfo(catalog, component.naics, language)!,
            measures: measureValues(catalog, component, language),
            coverage: coverageOf(component),
          }))
      : [];
  const drivers = sectorOccupations(catalog, area, section, naics, 'wp140_exposed', language).sort(byWorkers).slice(0, DRIVER_COUNT);
  return {
    kind: 'sector_exposure' as const,
    ...sectorHeading(catalog, area, section, naics, language),
    measures: measureValues(catalog, figures, language),
    coverage: coverageOf(figures),
    components,
    driversMeasure: 'wp140_exposed' as EstimateMeasure,
    drivers,
    caveats: caveats(catalog, area, figures, language),
    method: sectorMethod(catalog, area),
    sources: [
      sectorRef(catalog, area, key),
      ...dataRefs(catalog, area, `${area.code}, ${key === 'TOTAL' ? 'all sectors' : `section ${key}`}`),
    ],
  };
}

export interface SectorRankingOptions {
  measure: EstimateMeasure;
  order: 'desc' | 'asc';
  by: 'share' | 'workers';
  limit: number;
  language: Language;
}

/** The sectors of an area ranked: sections, or in the United States the 20 NAICS sectors. */
export function rankSectors(catalog: Catalog, area: SectorArea, options: SectorRankingOptions) {
  const { measure, order, by, limit, language } = options;
  const level = area.detail === 'occupation' ? ('naics' as const) : ('section' as const);
  const value = (figures: SectorFigures) =>
    (by === 'share' ? figures.measures[measure].sharePercent : figures.measures[measure].exposedThousands) ?? Number.NaN;
  const ranked = [...area.sectors.values()]
    .filter((figures) => figures.section !== 'TOTAL' && (level === 'naics') === (figures.naics !== null) && !Number.isNaN(value(figures)))
    .sort((a, b) => (order === 'desc' ? value(b) - value(a) : value(a) - value(b)) || a.section.localeCompare(b.section));
  const total = area.sectors.get('TOTAL')!;
  return {
    kind: 'sector_ranking' as const,
    label: ESTIMATE_LABEL[language],
    area: areaRef(catalog, area, language),
    source: { id: SECTOR_SOURCES[area.source].sourceId, year: area.year, detail: area.detail },
    measure,
    measureLabel: dataLabel(catalog, 'estimate_measure', measure, language),
    order,
    by,
    level,
    sectorsRanked: ranked.length,
    allSectors: { ...total.measures[measure], coverage: coverageOf(total) },
    items: ranked.slice(0, limit).map((figures, index) => ({
      rank: index + 1,
      section: figures.section as Section,
      ...sectorTitle(catalog, figures.section, language),
      naics: naicsInfo(catalog, figures.naics, language),
      sharePercent: figures.measures[measure].sharePercent!,
      exposedThousands: figures.measures[measure].exposedThousands!,
      coverage: coverageOf(figures),
    })),
    // Coverage differs sector by sector and each item carries its own: only the caveats of the method stay here.
    caveats: caveats(catalog, area, total, language).filter((caveat) =>
      ['estimate', 'within_group_lost', 'crosswalk', 'oews_scope', 'not_job_loss'].includes(caveat.code),
    ),
    method: sectorMethod(catalog, area),
    sources: [sectorRef(catalog, area, 'TOTAL'), ...dataRefs(catalog, area, `${area.code}, every sector`)],
  };
}

/** The occupations of a sector ranked by their workers in the measure (or their share). */
export function rankSectorOccupations(
  catalog: Catalog,
  area: SectorArea,
  section: Section | 'TOTAL',
  naics: string | null,
  options: SectorRankingOptions,
) {
  const { measure, order, by, limit, language } = options;
  const key = sectorKey(section, naics);
  const figures = area.sectors.get(key);
  if (!figures) return null;
  const compare = by === 'share' ? byShare : byWorkers;
  const ranked = sectorOccupations(catalog, area, section, naics, measure, language).sort((a, b) =>
    order === 'desc' ? compare(a, b) : compare(b, a),
  );
  return {
    kind: 'sector_occupations' as const,
    ...sectorHeading(catalog, area, section, naics, language),
    measure,
    measureLabel: dataLabel(catalog, 'estimate_measure', measure, language),
    order,
    by,
    level: area.detail,
    sectorEstimate: { ...figures.measures[measure], coverage: coverageOf(figures) },
    occupationsRanked: ranked.length,
    items: ranked.slice(0, limit).map((occupation, index) => ({ rank: index + 1, ...occupation })),
    caveats: caveats(catalog, area, figures, language),
    method: sectorMethod(catalog, area),
    sources: [
      sectorRef(catalog, area, key),
      ...dataRefs(catalog, area, `${area.code}, ${key === 'TOTAL' ? 'all sectors' : `section ${key}`}`),
    ],
  };
}

/** Share in the measure for every country of a region × every section (the explorer's heat map). */
export function sectorMatrix(catalog: Catalog, region: SectorRegion, measure: EstimateMeasure, language: Language) {
  const regionArea = catalog.sectors.areas.get(region)!;
  const rowOf = (area: SectorArea) => ({
    code: area.code,
    name: sectorAreaName(catalog, area.code, language),
    kind: area.kind,
    cells: Object.fromEntries(
      SECTIONS.map((section) => [section, area.sectors.get(section)?.measures[measure].sharePercent ?? null]),
    ) as Record<Section, number | null>,
    allSectors: area.sectors.get('TOTAL')!.measures[measure].sharePercent,
  });
  const countries = SECTOR_REGIONS[region].members.map((code) => catalog.sectors.areas.get(code)!).map(rowOf);
  return {
    label: ESTIMATE_LABEL[language],
    region: { code: region, name: sectorAreaName(catalog, region, language) },
    measure,
    measureLabel: dataLabel(catalog, 'estimate_measure', measure, language),
    sections: SECTIONS.map((section) => ({ section, ...sectorTitle(catalog, section, language) })),
    rows: [...countries.sort((a, b) => a.name.localeCompare(b.name)), rowOf(regionArea)],
    method: sectorMethod(catalog, regionArea),
    sources: [sectorRef(catalog, regionArea, 'TOTAL'), ...dataRefs(catalog, regionArea, `${region} countries, every section`)],
  };
}

/** The common sector list with names, aliases and the NAICS sectors mapped onto it, the areas with data and the measures. */
export function sectorList(catalog: Catalog, language: Language) {
  return {
    items: [...catalog.sectors.sections.values()].map((sector) => ({
      section: sector.section,
      ...sectorTitle(catalog, sector.section, language),
      titleEn: sector.titleEn,
      titleZhTw: sector.titleZhTw,
      aliases: sector.aliases.map(({ alias, language: aliasLanguage, risky }) => ({ alias, language: aliasLanguage, risky })),
      naics: [...catalog.sectors.naics.values()]
        .filter((naics) => naics.section === sector.section)
        .map((naics) => naicsInfo(catalog, naics.naics, language)!),
    })),
    areas: areasWithSectorData(catalog, language),
    // The names of the measures for any page that offers them to choose from: the estimates' own labels.
    measures: MEASURES.map((measure) => ({ measure, label: dataLabel(catalog, 'estimate_measure', measure, language) })),
    sources: [
      publicationRef(catalog, 'this-project', 'knowledge/data/sectors.csv, sector-aliases.csv, naics-sectors.csv'),
      ...Object.values(SECTOR_SOURCES).map((source) => publicationRef(catalog, source.sourceId, 'Employment by sector and occupation')),
    ],
  };
}

/** Every area's all-sector aggregate against this project's country estimate and the published figures, and the totals check. */
export function sectorValidation(catalog: Catalog) {
  const figureIds = new Set(catalog.sectors.validation.map((row) => row.reference).filter((id) => id !== 'country-estimate'));
  return {
    label: ESTIMATE_LABEL.en,
    summary: summariseSectorValidation(catalog.sectors.validation),
    rows: catalog.sectors.validation,
    totals: [...catalog.sectors.totals.values()],
    sources: [
      publicationRef(catalog, 'this-project', 'knowledge/data/sector-validation.csv, sector-totals.csv'),
      ...catalog.figures.filter((figure) => figureIds.has(figure.id)).map((figure) => figureRef(catalog, figure)),
    ],
  };
}

export type SectorRequest =
  | {
      status: 'ok';
      area: SectorArea;
      section: Section | 'TOTAL';
      naics: string | null;
      matched: SectorMatch | null;
      alternatives: SectorMatch[];
    }
  | { status: 'failed'; data: ReturnType<typeof noSectorData> | { kind: 'not_found'; query: string } | ReturnType<typeof sectorNotFound> };

function sectorNotFound(catalog: Catalog, query: string, language: Language) {
  return {
    kind: 'sector_not_found' as const,
    query,
    message: `No sector matches "${query}". Use a section letter (A-U), a sector name or an everyday name such as "banking" or "retail".`,
    sectors: SECTIONS.map((section) => ({ section, ...sectorTitle(catalog, section, language) })),
  };
}

const ALL_SECTORS = new Set(['all', 'total', 'allsectors', 'all sectors', 'every sector', '所有行業', '全部行業', '全體']);

/**
 * Turns what a caller asked for (an area and a sector by code or name, in the US optionally a NAICS
 * sector) into the estimate row it means, or the result that explains why there is none.
 */
export function resolveSectorRequest(
  catalog: Catalog,
  request: { area: string; sector?: string; naics?: string },
  language: Language,
): SectorRequest {
  const lookup = lookupSectorArea(catalog, request.area);
  if (lookup.status === 'not_found') return { status: 'failed', data: { kind: 'not_found', query: request.area } };
  if (lookup.status === 'no_sector_data') return { status: 'failed', data: noSectorData(catalog, lookup.code, language) };
  const area = lookup.area;
  const naics = area.detail === 'occupation' && request.naics ? catalog.sectors.naics.get(request.naics.trim()) : undefined;
  if (!request.sector || ALL_SECTORS.has(request.sector.trim().toLowerCase())) {
    if (naics) return { status: 'ok', area, section: naics.section, naics: naics.naics, matched: null, alternatives: [] };
    return { status: 'ok', area, section: 'TOTAL', naics: null, matched: null, alternatives: [] };
  }
  const matches = findSectors(catalog, request.sector);
  const [best, ...alternatives] = matches;
  if (!best) return { status: 'failed', data: sectorNotFound(catalog, request.sector, language) };
  const usNaics = area.detail === 'occupation' ? (naics?.section === best.section ? naics.naics : best.naics) : null;
  if (!area.sectors.has(sectorKey(best.section, usNaics)))
    return { status: 'failed', data: noSectorData(catalog, area.code, language, best.section) };
  return { status: 'ok', area, section: best.section, naics: usNaics, matched: best, alternatives };
}
