/**
 * This project's estimate of a sector's exposure: the employment-weighted share of the sector's workers
 * whose occupations are in the measure. An "occupation cell" is whatever the source reports employment
 * by: an ISCO-08 major group (Europe, the Philippines) or a detailed SOC occupation (the United States)
 * carrying the share of its employment that reaches scored ISCO-08 unit groups and, of that, the share in
 * each measure. Employment without an ILO score (armed forces, occupations no crosswalk reaches) is left
 * out of both sides of the share and reported as coverage. No ILO publication gives sector figures.
 */
import {
  ESTIMATE_MEASURES,
  type EstimateMeasure,
  exposedShareByGroup,
  inMeasure,
  type MajorGrouping,
  type ScoredUnitGroup,
} from './country-estimate.ts';

export const SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'] as const;
export type Section = (typeof SECTIONS)[number];

/** The sector tables report all ten ISCO-08 major groups separately (unlike the ILO modelled estimates). */
export const ISCO_MAJOR_GROUPS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export type IscoMajorGroup = (typeof ISCO_MAJOR_GROUPS)[number];
const ISCO_MAJOR_GROUPING: MajorGrouping<IscoMajorGroup> = { groups: ISCO_MAJOR_GROUPS, groupOf: (code) => code[0] as IscoMajorGroup };

export const MEASURES = Object.keys(ESTIMATE_MEASURES) as EstimateMeasure[];

/** Where the employment by sector and occupation comes from, and at what occupational detail. */
export const SECTOR_SOURCES = {
  'eurostat-lfsa-eisn2': { detail: 'major_group', sourceId: 'eurostat-lfsa-eisn2' },
  'ilostat-emp-temp-eco-ocu': { detail: 'major_group', sourceId: 'ilostat-emp-temp-eco-ocu' },
  'bls-oews': { detail: 'occupation', sourceId: 'bls-oews-2024' },
} as const;
export type SectorSource = keyof typeof SECTOR_SOURCES;
export type SectorDetail = (typeof SECTOR_SOURCES)[SectorSource]['detail'];

const EU27 = 'AUT BEL BGR CYP CZE DEU DNK ESP EST FIN FRA GRC HRV HUN IRL ITA LTU LUX LVA MLT NLD POL PRT ROU SVK SVN SWE'.split(' ');

/** Regions built as the sum of their countries' published cells. EUR is every country of the Eurostat table. */
export const SECTOR_REGIONS = {
  EU27: { nameEn: 'European Union (27 countries)', nameZhTw: '歐盟 27 國', members: EU27 },
  EUR: { nameEn: 'Europe (33 countries)', nameZhTw: '歐洲 33 國', members: [...EU27, 'BIH', 'CHE', 'ISL', 'NOR', 'SRB', 'TUR'].sort() },
} as const;
export type SectorRegion = keyof typeof SECTOR_REGIONS;

export interface OccupationCell {
  /** Employment in thousands as published. */
  employment: number;
  /** Share (0-1) of it that reaches scored ISCO-08 unit groups. */
  scoredFraction: number;
  /** Of the scored part, the share (0-1) in each measure. */
  shares: Record<EstimateMeasure, number>;
}

export interface SectorAggregate {
  employment: number;
  scored: number;
  exposed: Record<EstimateMeasure, number>;
  /** Percent of scored employment in the measure; null when nothing is scored. */
  sharePercent: Record<EstimateMeasure, number | null>;
}

export const exposedThousands = (cell: OccupationCell, measure: EstimateMeasure) =>
  cell.employment * cell.scoredFraction * cell.shares[measure];

export function aggregateCells(cells: readonly OccupationCell[]): SectorAggregate {
  const employment = cells.reduce((sum, cell) => sum + cell.employment, 0);
  const scored = cells.reduce((sum, cell) => sum + cell.employment * cell.scoredFraction, 0);
  const exposed = {} as SectorAggregate['exposed'];
  const sharePercent = {} as SectorAggregate['sharePercent'];
  for (const measure of MEASURES) {
    exposed[measure] = cells.reduce((sum, cell) => sum + exposedThousands(cell, measure), 0);
    sharePercent[measure] = scored > 0 ? (exposed[measure] / scored) * 100 : null;
  }
  return { employment, scored, exposed, sharePercent };
}

/**
 * Europe and the Philippines: each major group's share of its scored unit groups in the measure, with the
 * unit-group weights of the method the country estimates use. A group without scored unit groups (0,
 * armed forces) has scoredFraction 0.
 */
export function majorGroupProfiles(units: readonly ScoredUnitGroup[], weight: (unit: ScoredUnitGroup) => number) {
  const shares = Object.fromEntries(
    MEASURES.map((measure) => [measure, exposedShareByGroup(units, measure, weight, ISCO_MAJOR_GROUPING)]),
  ) as Record<EstimateMeasure, Record<IscoMajorGroup, number>>;
  return Object.fromEntries(
    ISCO_MAJOR_GROUPS.map((group) => [
      group,
      {
        scoredFraction: units.some((unit) => unit.code[0] === group) ? 1 : 0,
        shares: Object.fromEntries(MEASURES.map((measure) => [measure, shares[measure][group]])) as Record<EstimateMeasure, number>,
      },
    ]),
  ) as Record<IscoMajorGroup, Omit<OccupationCell, 'employment'>>;
}

/**
 * The United States: a detailed occupation's employment is spread over ISCO-08 unit groups by the link
 * weights (which sum to 1); the part on unscored unit groups is not covered.
 */
export function linkedProfile(
  links: readonly { iscoCode: string; weight: number }[],
  scored: ReadonlyMap<string, ScoredUnitGroup>,
): Omit<OccupationCell, 'employment'> {
  const scoredLinks = links.filter((link) => scored.has(link.iscoCode));
  const scoredFraction = scoredLinks.reduce((sum, link) => sum + link.weight, 0);
  const shares = Object.fromEntries(
    MEASURES.map((measure) => [
      measure,
      scoredFraction > 0
        ? scoredLinks.filter((link) => inMeasure[measure](scored.get(link.iscoCode)!)).reduce((sum, link) => sum + link.weight, 0) /
          scoredFraction
        : 0,
    ]),
  ) as Record<EstimateMeasure, number>;
  return { scoredFraction, shares };
}

/**
 * Published figures each area's all-sector aggregate is compared with (ids in published-figures.csv):
 * the Philippines country brief as the press reported it, and for the United States and the EU the
 * ILO's high-income figures (both are high-income; the ILO published no figure for either alone).
 */
export const SECTOR_VALIDATION_FIGURES: Record<string, { measure: EstimateMeasure; areas: string[] }> = {
  'phl-brief-exposed-share': { measure: 'wp140_exposed', areas: ['PHL'] },
  'phl-brief-gradient4-share': { measure: 'wp140_gradient_4', areas: ['PHL'] },
  'wp140-exposed-share-hic': { measure: 'wp140_exposed', areas: ['USA', 'EU27'] },
  'wp96-automation-share-hic': { measure: 'wp96_automation', areas: ['USA', 'EU27'] },
  'wp96-augmentation-share-hic': { measure: 'wp96_augmentation', areas: ['USA', 'EU27'] },
};

export interface SectorValidationEntry {
  areaCode: string;
  measure: EstimateMeasure;
  reference: string;
  errorPp: number;
}

const roundTo2 = (value: number) => Math.round(value * 100) / 100;

/** The validation in short: the error against published figures, and the difference from the country estimates per measure. */
export function summariseSectorValidation(rows: readonly SectorValidationEntry[]) {
  const published = rows.filter((row) => row.reference !== 'country-estimate').map((row) => Math.abs(row.errorPp));
  return {
    published: {
      figures: published.length,
      meanAbsoluteErrorPp: roundTo2(published.reduce((sum, error) => sum + error, 0) / published.length),
      maxAbsoluteErrorPp: roundTo2(Math.max(...published)),
    },
    countryEstimate: MEASURES.map((measure) => {
      const compared = rows.filter((row) => row.reference === 'country-estimate' && row.measure === measure);
      const largest = compared.reduce((worst, row) => (Math.abs(row.errorPp) > Math.abs(worst.errorPp) ? row : worst));
      return {
        measure,
        areas: compared.length,
        meanAbsoluteDifferencePp: roundTo2(compared.reduce((sum, row) => sum + Math.abs(row.errorPp), 0) / compared.length),
        largest: { areaCode: largest.areaCode, errorPp: largest.errorPp },
      };
    }),
  };
}
