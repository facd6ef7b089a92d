/**
 * This project's sector estimates: for every area with sector data (33 European countries, the EU-27 and
 * Europe as the sums of their countries, the Philippines, the United States), each sector's share of
 * scored employment in each measure, with its coverage; the all-sector aggregates compared with this
 * project's country estimates and the published figures; and the sector totals compared with national
 * totals. Reads only knowledge/data, so it runs after build-data.ts and build-estimates.ts.
 */
import { join } from 'node:path';
import type { EstimateMeasure } from '../../server/domain/country-estimate.ts';
import {
  aggregateCells,
  ISCO_MAJOR_GROUPS,
  type IscoMajorGroup,
  linkedProfile,
  MEASURES,
  majorGroupProfiles,
  type OccupationCell,
  SECTIONS,
  SECTOR_REGIONS,
  SECTOR_SOURCES,
  SECTOR_VALIDATION_FIGURES,
  type SectorSource,
  summariseSectorValidation,
} from '../../server/domain/sector-estimate.ts';
import { round3 } from './build-areas.ts';
import { readScoredUnits, readUnitWeights, round } from './build-estimates.ts';
import { type Row, readCsv, writeCsv } from './csv-files.ts';
import { replaceMarkedBlock } from './marked-block.ts';

/** One sector (or all sectors) of one area: its occupation cells and what the source says about them. */
interface SectorCells {
  cells: OccupationCell[];
  /** Cells (Europe, the Philippines) or occupations (US) whose employment the source does not publish. */
  suppressed: number;
  /** Employment in cells Eurostat flags as of low reliability; null where the source has no such flag. */
  unreliable: number | null;
  /** The sector's total as the source gives it, when it does. */
  sourceTotal: number | null;
}

interface AreaCells {
  kind: 'country' | 'region';
  source: SectorSource;
  year: string;
  /** Keyed by section, "TOTAL" (all sectors) or, in the US, "<section>|<NAICS>". */
  sectors: Map<string, SectorCells>;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const emptySector = (unreliable: number | null): SectorCells => ({ cells: [], suppressed: 0, unreliable, sourceTotal: null });

function majorGroupAreas(dataDir: string, profiles: ReturnType<typeof majorGroupProfiles>): Map<string, AreaCells> {
  const areas = new Map<string, AreaCells>();
  for (const row of readCsv(join(dataDir, 'sector-employment.csv'))) {
    const area =
      areas.get(row.area_code!) ??
      areas
        .set(row.area_code!, { kind: 'country', source: row.source as SectorSource, year: row.year!, sectors: new Map() })
        .get(row.area_code!)!;
    const eurostat = row.source === 'eurostat-lfsa-eisn2';
    const sector = area.sectors.get(row.section!) ?? area.sectors.set(row.section!, emptySector(eurostat ? 0 : null)).get(row.section!)!;
    const value = row.employment_thousands === '' ? null : Number(row.employment_thousands);
    if (row.major_group === 'total') sector.sourceTotal = value;
    else if (value === null) sector.suppressed += 1;
    else {
      sector.cells.push({ employment: value, ...profiles[row.major_group as IscoMajorGroup] });
      if (eurostat && row.flag!.includes('u')) sector.unreliable! += value;
    }
  }
  for (const area of areas.values()) {
    // The Philippine source has its own national row; the all-sector aggregate is still the sum of the sectors.
    const national = area.sectors.get('TOTAL');
    area.sectors.delete('TOTAL');
    const sectors = [...area.sectors.values()];
    area.sectors.set('TOTAL', {
      cells: sectors.flatMap((sector) => sector.cells),
      suppressed: sum(sectors.map((sector) => sector.suppressed)),
      unreliable: sectors[0]!.unreliable === null ? null : sum(sectors.map((sector) => sector.unreliable!)),
      sourceTotal: national?.sourceTotal ?? null,
    });
  }
  return areas;
}

function unitedStates(dataDir: string, profileOf: (soc: string) => Omit<OccupationCell, 'employment'>): AreaCells {
  const sectionOf = new Map(readCsv(join(dataDir, 'naics-sectors.csv')).map((row) => [row.naics!, row.section!]));
  const sectors = new Map<string, SectorCells>();
  const add = (key: string, row: Row) => {
    const sector = sectors.get(key) ?? sectors.set(key, emptySector(null)).get(key)!;
    const jobs = row.employment === '' ? null : Number(row.employment) / 1000;
    if (row.soc_code === '00-0000') sector.sourceTotal = (sector.sourceTotal ?? 0) + jobs!;
    else if (jobs === null) sector.suppressed += 1;
    else sector.cells.push({ employment: jobs, ...profileOf(row.soc_code!) });
  };
  for (const row of readCsv(join(dataDir, 'us-sector-occupations.csv'))) {
    const section = sectionOf.get(row.naics!);
    if (!section) throw new Error(`NAICS ${row.naics} is not in naics-sectors.csv`);
    add(`${section}|${row.naics}`, row);
    add(section, row);
    add('TOTAL', row);
  }
  return { kind: 'country', source: 'bls-oews', year: '2024', sectors };
}

function addRegions(areas: Map<string, AreaCells>) {
  for (const [code, region] of Object.entries(SECTOR_REGIONS)) {
    const members = region.members.map((member) => {
      const area = areas.get(member);
      if (!area) throw new Error(`${code} member ${member} has no sector data`);
      return area;
    });
    const sectors = new Map<string, SectorCells>();
    for (const key of new Set(members.flatMap((member) => [...member.sectors.keys()]))) {
      const parts = members.map((member) => member.sectors.get(key)).filter((part) => part !== undefined);
      sectors.set(key, {
        cells: parts.flatMap((part) => part.cells),
        suppressed: sum(parts.map((part) => part.suppressed)),
        unreliable: sum(parts.map((part) => part.unreliable ?? 0)),
        sourceTotal: null,
      });
    }
    areas.set(code, { kind: 'region', source: members[0]!.source, year: members[0]!.year, sectors });
  }
}

export interface SectorTables {
  groupShares: Row[];
  estimates: Row[];
  validation: Row[];
  totals: Row[];
}

function buildSectorEstimates(dataDir: string): SectorTables {
  const units = readScoredUnits(dataDir);
  const selected = readCsv(join(dataDir, 'estimate-methods.csv')).find((row) => row.selected === 'true')!.method as keyof ReturnType<
    typeof readUnitWeights
  >;
  // The same unit-group weights as the country estimates, so the two can be compared.
  const profiles = majorGroupProfiles(units, readUnitWeights(dataDir)[selected]);
  const scored = new Map(units.map((unit) => [unit.code, unit]));
  const links = new Map<string, { iscoCode: string; weight: number }[]>();
  for (const row of readCsv(join(dataDir, 'soc-isco-links.csv'))) {
    const list = links.get(row.soc_code!) ?? links.set(row.soc_code!, []).get(row.soc_code!)!;
    list.push({ iscoCode: row.isco08_code!, weight: Number(row.weight) });
  }
  const areas = majorGroupAreas(dataDir, profiles);
  areas.set(
    'USA',
    unitedStates(dataDir, (soc) => linkedProfile(links.get(soc) ?? [], scored)),
  );
  addRegions(areas);

  const estimates: Row[] = [];
  const aggregates = new Map<string, ReturnType<typeof aggregateCells>>();
  const sectionOrder = [...SECTIONS, 'TOTAL'];
  for (const code of [...areas.keys()].sort()) {
    const area = areas.get(code)!;
    const keys = [...area.sectors.keys()].sort(
      (a, b) => sectionOrder.indexOf(a.split('|')[0]!) - sectionOrder.indexOf(b.split('|')[0]!) || a.localeCompare(b),
    );
    for (const key of keys) {
      const sector = area.sectors.get(key)!;
      const [section, naics = ''] = key.split('|') as [string, string?];
      const aggregate = aggregateCells(sector.cells);
      if (key === 'TOTAL') aggregates.set(code, aggregate);
      for (const measure of MEASURES) {
        const share = aggregate.sharePercent[measure];
        estimates.push({
          area_code: code,
          area_kind: area.kind,
          section,
          naics,
          source: area.source,
          year: area.year,
          detail: SECTOR_SOURCES[area.source].detail,
          measure,
          share_percent: share === null ? '' : round(share, 2),
          exposed_thousands: share === null ? '' : round(aggregate.exposed[measure], 1),
          employment_thousands: round3(aggregate.employment),
          scored_thousands: round3(aggregate.scored),
          source_total_thousands: sector.sourceTotal === null ? '' : round3(sector.sourceTotal),
          suppressed_cells: String(sector.suppressed),
          unreliable_thousands: sector.unreliable === null ? '' : round3(sector.unreliable),
        });
      }
    }
  }
  const groupShares = ISCO_MAJOR_GROUPS.flatMap((group) =>
    MEASURES.map((measure) => ({
      major_group: group,
      measure,
      scored: String(profiles[group].scoredFraction === 1),
      share: profiles[group].shares[measure].toFixed(6),
    })),
  );
  return { groupShares, estimates, validation: validate(dataDir, aggregates), totals: totals(dataDir, areas) };
}

function validate(dataDir: string, aggregates: Map<string, ReturnType<typeof aggregateCells>>): Row[] {
  const published = new Map(readCsv(join(dataDir, 'published-figures.csv')).map((row) => [row.id!, row]));
  const countryEstimates = new Map<string, string>();
  const selected = readCsv(join(dataDir, 'estimate-methods.csv')).find((row) => row.selected === 'true')!.method;
  for (const row of readCsv(join(dataDir, 'country-estimates.csv'))) {
    if (row.sex === 'T' && row.method === selected) countryEstimates.set(`${row.area_code}|${row.measure}`, row.share_percent!);
  }
  const rows: Row[] = [];
  const compare = (area: string, measure: EstimateMeasure, reference: string, referenceClass: string, value: string) => {
    const share = aggregates.get(area)!.sharePercent[measure]!;
    rows.push({
      area_code: area,
      measure,
      reference,
      reference_class: referenceClass,
      reference_percent: value,
      sector_aggregate_percent: round(share, 2),
      error_pp: round(share - Number(value), 2),
    });
  };
  for (const area of [...aggregates.keys()].sort()) {
    for (const measure of MEASURES) {
      const estimate = countryEstimates.get(`${area}|${measure}`);
      if (estimate !== undefined) compare(area, measure, 'country-estimate', 'derived', estimate);
    }
    for (const [figureId, target] of Object.entries(SECTOR_VALIDATION_FIGURES)) {
      if (!target.areas.includes(area)) continue;
      const figure = published.get(figureId);
      if (!figure) throw new Error(`published-figures.csv has no row ${figureId}`);
      compare(area, target.measure, figureId, figure.source_class!, figure.value!);
    }
  }
  return rows;
}

function totals(dataDir: string, areas: Map<string, AreaCells>): Row[] {
  const modelled = new Map<string, number>();
  for (const row of readCsv(join(dataDir, 'employment.csv'))) {
    if (row.sex === 'T' && row.major_group === 'total') modelled.set(row.area_code!, Number(row.employment_thousands));
  }
  const modelledOf = (code: string): number | undefined => {
    const region = SECTOR_REGIONS[code as keyof typeof SECTOR_REGIONS];
    return region ? sum(region.members.map((member) => modelled.get(member)!)) : modelled.get(code);
  };
  return [...areas.keys()].sort().map((code) => {
    const area = areas.get(code)!;
    const sectors = [...area.sectors.entries()].filter(([key]) => key !== 'TOTAL' && !key.includes('|')).map(([, sector]) => sector);
    const sectorTotals = sectors.every((sector) => sector.sourceTotal !== null) ? sum(sectors.map((sector) => sector.sourceTotal!)) : null;
    const total = area.sectors.get('TOTAL')!;
    return {
      area_code: code,
      area_kind: area.kind,
      source: area.source,
      year: area.year,
      published_cells_thousands: round3(sum(total.cells.map((cell) => cell.employment))),
      sector_totals_thousands: sectorTotals === null ? '' : round3(sectorTotals),
      national_total_thousands: area.source === 'bls-oews' || total.sourceTotal === null ? '' : round3(total.sourceTotal),
      ilo_modelled_2024_thousands: round3(modelledOf(code)!),
    };
  });
}

export const SECTOR_ESTIMATE_FILES = {
  'sector-group-shares.csv': ['major_group', 'measure', 'scored', 'share'],
  'sector-estimates.csv': [
    'area_code',
    'area_kind',
    'section',
    'naics',
    'source',
    'year',
    'detail',
    'measure',
    'share_percent',
    'exposed_thousands',
    'employment_thousands',
    'scored_thousands',
    'source_total_thousands',
    'suppressed_cells',
    'unreliable_thousands',
  ],
  'sector-validation.csv': [
    'area_code',
    'measure',
    'reference',
    'reference_class',
    'reference_percent',
    'sector_aggregate_percent',
    'error_pp',
  ],
  'sector-totals.csv': [
    'area_code',
    'area_kind',
    'source',
    'year',
    'published_cells_thousands',
    'sector_totals_thousands',
    'national_total_thousands',
    'ilo_modelled_2024_thousands',
  ],
} as const;

export function writeSectorEstimates(dataDir: string, outDir: string): SectorTables {
  const tables = buildSectorEstimates(dataDir);
  writeCsv(join(outDir, 'sector-group-shares.csv'), SECTOR_ESTIMATE_FILES['sector-group-shares.csv'], tables.groupShares);
  writeCsv(join(outDir, 'sector-estimates.csv'), SECTOR_ESTIMATE_FILES['sector-estimates.csv'], tables.estimates);
  writeCsv(join(outDir, 'sector-validation.csv'), SECTOR_ESTIMATE_FILES['sector-validation.csv'], tables.validation);
  writeCsv(join(outDir, 'sector-totals.csv'), SECTOR_ESTIMATE_FILES['sector-totals.csv'], tables.totals);
  return tables;
}

const percentOf = (part: string, whole: string) => round((Number(part) / Number(whole)) * 100, 1);

/** The validation as Markdown: the published-figure comparisons, the country-estimate summary and, in full, the totals. */
function sectorValidationMarkdown(tables: SectorTables, { withTotals }: { withTotals: boolean }): string {
  const published = tables.validation.filter((row) => row.reference !== 'country-estimate');
  const summary = summariseSectorValidation(
    tables.validation.map((row) => ({
      areaCode: row.area_code!,
      measure: row.measure as EstimateMeasure,
      reference: row.reference!,
      errorPp: Number(row.error_pp),
    })),
  );
  const lines = [
    '| area | measure | compared with | source class | published % | sector aggregate % | error (pp) |',
    '|---|---|---|---|---|---|---|',
    ...published.map(
      (row) =>
        `| ${row.area_code} | ${row.measure} | \`${row.reference}\` | ${row.reference_class} | ${row.reference_percent} ` +
        `| ${row.sector_aggregate_percent} | ${row.error_pp} |`,
    ),
    '',
    `Mean absolute error over these ${summary.published.figures} figures: ${summary.published.meanAbsoluteErrorPp} ` +
      `pp (largest ${summary.published.maxAbsoluteErrorPp} pp).`,
    '',
    `| measure | areas | mean absolute difference from this project's country estimate (pp) | largest (pp) |`,
    '|---|---|---|---|',
    ...summary.countryEstimate.map(
      (row) => `| ${row.measure} | ${row.areas} | ${row.meanAbsoluteDifferencePp} | ${row.largest.errorPp} (${row.largest.areaCode}) |`,
    ),
  ];
  if (withTotals) {
    lines.push(
      '',
      '| area | source, year | published cells (thousands) | sum of sector totals | national total ' +
        '| cells, % of the source total | ILO modelled 2024 | cells, % of ILO modelled |',
      '|---|---|---|---|---|---|---|---|',
      ...tables.totals.map((row) => {
        const sourceTotal = row.national_total_thousands || row.sector_totals_thousands;
        return (
          `| ${row.area_code} | ${row.source}, ${row.year} | ${row.published_cells_thousands} | ${row.sector_totals_thousands || '–'} ` +
          `| ${row.national_total_thousands || '–'} | ${sourceTotal ? percentOf(row.published_cells_thousands!, sourceTotal) : '–'} ` +
          `| ${row.ilo_modelled_2024_thousands} | ${percentOf(row.published_cells_thousands!, row.ilo_modelled_2024_thousands!)} ` +
          `|`
        );
      }),
    );
  }
  return lines.join('\n');
}

const MARKERS = [
  '<!-- sector-validation:start (written by knowledge/build/build-sector-estimates.ts) -->',
  '<!-- sector-validation:end -->',
] as const;

/** Writes the validation into knowledge/data/README.md (in full) and the repository README (without the totals). */
export function refreshSectorReadmes(dataDir: string, repositoryReadme: string, tables: SectorTables): void {
  replaceMarkedBlock(join(dataDir, 'README.md'), ...MARKERS, sectorValidationMarkdown(tables, { withTotals: true }));
  replaceMarkedBlock(repositoryReadme, ...MARKERS, sectorValidationMarkdown(tables, { withTotals: false }));
}
