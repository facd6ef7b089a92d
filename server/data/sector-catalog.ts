/** The sector part of the in-memory catalog, loaded with the rest once per dataset version. */
import type { Queryable } from '../db/db.ts';
import type { EstimateMeasure } from '../domain/country-estimate.ts';
import type { IscoMajorGroup, Section, SectorDetail, SectorSource } from '../domain/sector-estimate.ts';

interface SectorAlias {
  alias: string;
  language: 'en' | 'zh-TW';
  usNaics: string | null;
  risky: boolean;
  note: string | null;
}

interface SectorInfo {
  section: Section;
  titleEn: string;
  titleZhTw: string;
  shortNameEn: string;
  shortNameZhTw: string;
  aliases: SectorAlias[];
}

interface NaicsSector {
  naics: string;
  titleEn: string;
  titleZhTw: string;
  section: Section;
  match: 'close' | 'approximate';
  note: string | null;
  noteZhTw: string | null;
}

interface SectorEstimateRow {
  sharePercent: number | null;
  exposedThousands: number | null;
}

/** One sector (or "TOTAL") of one area: the figures by measure and the coverage that goes with all of them. */
export interface SectorFigures {
  section: Section | 'TOTAL';
  naics: string | null;
  employmentThousands: number;
  scoredThousands: number;
  sourceTotalThousands: number | null;
  suppressedCells: number;
  unreliableThousands: number | null;
  measures: Record<EstimateMeasure, SectorEstimateRow>;
}

export interface SectorArea {
  code: string;
  kind: 'country' | 'region';
  source: SectorSource;
  year: number;
  detail: SectorDetail;
  /** Keyed by section, "TOTAL", or in the US "<section>|<NAICS>". */
  sectors: Map<string, SectorFigures>;
}

interface SectorValidationRow {
  areaCode: string;
  measure: EstimateMeasure;
  reference: string;
  referenceClass: 'primary' | 'quoted' | 'secondary' | 'derived';
  referencePercent: number;
  sectorAggregatePercent: number;
  errorPp: number;
}

interface SectorTotalsRow {
  areaCode: string;
  areaKind: 'country' | 'region';
  source: SectorSource;
  year: number;
  publishedCellsThousands: number;
  sectorTotalsThousands: number | null;
  nationalTotalThousands: number | null;
  iloModelled2024Thousands: number;
}

export interface SectorCatalog {
  sections: Map<Section, SectorInfo>;
  naics: Map<string, NaicsSector>;
  areas: Map<string, SectorArea>;
  /** Europe and the Philippines: country -> section -> published major group cells (thousands). */
  cells: Map<string, Map<string, { majorGroup: IscoMajorGroup; thousands: number; flag: string }[]>>;
  /** Each major group's share in each measure, as the estimates use it. */
  groupShares: Map<IscoMajorGroup, { scored: boolean; shares: Record<EstimateMeasure, number> }>;
  /** The United States: NAICS sector -> detailed occupations (jobs, null = not published). */
  usOccupations: Map<string, { socCode: string; title: string; jobs: number | null }[]>;
  /** OEWS occupation -> ISCO-08 unit groups with the share of its employment going to each. */
  links: Map<string, { soc2010: string; iscoCode: string; weight: number; partial: boolean }[]>;
  validation: SectorValidationRow[];
  totals: Map<string, SectorTotalsRow>;
}

const listIn = <K, V>(map: Map<K, V[]>, key: K) => map.get(key) ?? map.set(key, []).get(key)!;

export async function loadSectorCatalog(db: Queryable): Promise<SectorCatalog> {
  const [sectors, naics, aliases, cells, shares, occupations, links, estimates, validation, totals] = await Promise.all([
    db.query<{ section: Section; title_en: string; title_zh_tw: string; short_name_en: string; short_name_zh_tw: string }>(
      'SELECT * FROM sectors ORDER BY section',
    ),
    db.query<{
      naics: string;
      title_en: string;
      title_zh_tw: string;
      section: Section;
      match: NaicsSector['match'];
      note: string | null;
      note_zh_tw: string | null;
    }>('SELECT * FROM naics_sectors ORDER BY naics'),
    db.query<{
      alias: string;
      language: SectorAlias['language'];
      section: Section;
      us_naics: string | null;
      risky: boolean;
      note: string | null;
    }>('SELECT * FROM sector_aliases ORDER BY section, language, alias'),
    db.query<{ area_code: string; section: string; major_group: string; thousands: number; flag: string }>(
      'SELECT area_code, section, major_group, thousands, flag FROM sector_employment WHERE major_group ' +
        "<> 'total' ORDER BY area_code, section, major_group",
    ),
    db.query<{ major_group: IscoMajorGroup; measure: EstimateMeasure; scored: boolean; share: number }>(
      'SELECT * FROM sector_group_shares',
    ),
    db.query<{ naics: string; soc_code: string; soc_title: string; jobs: number | null }>(
      "SELECT * FROM us_sector_occupations WHERE soc_code <> '00-0000' ORDER BY naics, soc_code",
    ),
    db.query<{ soc_code: string; soc_2010: string; isco08_code: string; weight: number; partial: boolean }>(
      'SELECT * FROM soc_isco_links ORDER BY soc_code, soc_2010, isco08_code',
    ),
    db.query<{
      area_code: string;
      area_kind: SectorArea['kind'];
      section: Section | 'TOTAL';
      naics: string;
      source: SectorSource;
      year: number;
      detail: SectorDetail;
      measure: EstimateMeasure;
      share_percent: number | null;
      exposed_thousands: number | null;
      employment_thousands: number;
      scored_thousands: number;
      source_total_thousands: number | null;
      suppressed_cells: number;
      unreliable_thousands: number | null;
    }>('SELECT * FROM sector_estimates'),
    db.query<{
      area_code: string;
      measure: EstimateMeasure;
      reference: string;
      reference_class: SectorValidationRow['referenceClass'];
      reference_percent: number;
      sector_aggregate_percent: number;
      error_pp: number;
    }>('SELECT * FROM sector_validation ORDER BY area_code, reference, measure'),
    db.query<{
      area_code: string;
      area_kind: SectorTotalsRow['areaKind'];
      source: SectorSource;
      year: number;
      published_cells_thousands: number;
      sector_totals_thousands: number | null;
      national_total_thousands: number | null;
      ilo_modelled_2024_thousands: number;
    }>('SELECT * FROM sector_totals ORDER BY area_code'),
  ]);

  const aliasesBySection = new Map<Section, SectorAlias[]>();
  for (const row of aliases)
    listIn(aliasesBySection, row.section).push({
      alias: row.alias,
      language: row.language,
      usNaics: row.us_naics,
      risky: row.risky,
      note: row.note,
    });

  const areas = new Map<string, SectorArea>();
  for (const row of estimates) {
    const area =
      areas.get(row.area_code) ??
      areas
        .set(row.area_code, {
          code: row.area_code,
          kind: row.area_kind,
          source: row.source,
          year: row.year,
          detail: row.detail,
          sectors: new Map(),
        })
        .get(row.area_code)!;
    const key = row.naics ? `${row.section}|${row.naics}` : row.section;
    const figures =
      area.sectors.get(key) ??
      area.sectors
        .set(key, {
          section: row.section,
          naics: row.naics || null,
          employmentThousands: row.employment_thousands,
          scoredThousands: row.scored_thousands,
          sourceTotalThousands: row.source_total_thousands,
          suppressedCells: row.suppressed_cells,
          unreliableThousands: row.unreliable_thousands,
          measures: {} as SectorFigures['measures'],
        })
        .get(key)!;
    figures.measures[row.measure] = { sharePercent: row.share_percent, exposedThousands: row.exposed_thousands };
  }

  const cellMap: SectorCatalog['cells'] = new Map();
  for (const row of cells) {
    const bySection = cellMap.get(row.area_code) ?? cellMap.set(row.area_code, new Map()).get(row.area_code)!;
    listIn(bySection, row.section).push({ majorGroup: row.major_group as IscoMajorGroup, thousands: row.thousands, flag: row.flag });
  }
  const groupShares: SectorCatalog['groupShares'] = new Map();
  for (const row of shares) {
    const group =
      groupShares.get(row.major_group) ??
      groupShares.set(row.major_group, { scored: row.scored, shares: {} as Record<EstimateMeasure, number> }).get(row.major_group)!;
    group.shares[row.measure] = row.share;
  }
  const usOccupations: SectorCatalog['usOccupations'] = new Map();
  for (const row of occupations) listIn(usOccupations, row.naics).push({ socCode: row.soc_code, title: row.soc_title, jobs: row.jobs });
  const linkMap: SectorCatalog['links'] = new Map();
  for (const row of links)
    listIn(linkMap, row.soc_code).push({ soc2010: row.soc_2010, iscoCode: row.isco08_code, weight: row.weight, partial: row.partial });

  return {
    sections: new Map(
      sectors.map((row) => [
        row.section,
        {
          section: row.section,
          titleEn: row.title_en,
          titleZhTw: row.title_zh_tw,
          shortNameEn: row.short_name_en,
          shortNameZhTw: row.short_name_zh_tw,
          aliases: aliasesBySection.get(row.section) ?? [],
        },
      ]),
    ),
    naics: new Map(
      naics.map((row) => [
        row.naics,
        {
          naics: row.naics,
          titleEn: row.title_en,
          titleZhTw: row.title_zh_tw,
          section: row.section,
          match: row.match,
          note: row.note,
          noteZhTw: row.note_zh_tw,
        },
      ]),
    ),
    areas,
    cells: cellMap,
    groupShares,
    usOccupations,
    links: linkMap,
    validation: validation.map((row) => ({
      areaCode: row.area_code,
      measure: row.measure,
      reference: row.reference,
      referenceClass: row.reference_class,
      referencePercent: row.reference_percent,
      sectorAggregatePercent: row.sector_aggregate_percent,
      errorPp: row.error_pp,
    })),
    totals: new Map(
      totals.map((row) => [
        row.area_code,
        {
          areaCode: row.area_code,
          areaKind: row.area_kind,
          source: row.source,
          year: row.year,
          publishedCellsThousands: row.published_cells_thousands,
          sectorTotalsThousands: row.sector_totals_thousands,
          nationalTotalThousands: row.national_total_thousands,
          iloModelled2024Thousands: row.ilo_modelled_2024_thousands,
        },
      ]),
    ),
  };
}
