/**
 * The occupations inside one sector of one area, each with its employment and what it adds to the
 * sector's estimate: ISCO-08 major groups in Europe and the Philippines, detailed SOC occupations (with
 * their ISCO-08 matches) in the United States. The sector estimate is the sum of these rows.
 */
import type { EstimateMeasure, ScoredUnitGroup } from '../domain/country-estimate.ts';
import { type Language, pickTitle } from '../domain/language.ts';
import { exposedThousands, type IscoMajorGroup, linkedProfile, type OccupationCell, SECTOR_REGIONS } from '../domain/sector-estimate.ts';
import type { Catalog } from './catalog.ts';
import { exposureLabel } from './occupation-views.ts';
import type { SectorArea } from './sector-catalog.ts';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface SectorOccupation {
  level: 'major_group' | 'occupation';
  /** ISCO-08 major group, or OEWS (SOC 2018) code. */
  code: string;
  title: string;
  employmentThousands: number;
  /** Share of its employment whose occupations have an ILO score. */
  scoredPercent: number;
  /** Share of its scored employment in the measure. */
  sharePercent: number;
  /** Workers in the measure (thousands): what it adds to the sector's estimate. */
  exposedThousands: number;
  /** US only: the ISCO-08 unit groups its employment is spread over. */
  iscoMatches?: { code: string; title: string; weightPercent: number; wp140: string | null; partial: boolean }[];
  topTasks: { occupationCode: string; taskNo: number; text: string; score2025: number }[];
}

const scoredUnits = new WeakMap<Catalog, Map<string, ScoredUnitGroup>>();
function scoredUnitsOf(catalog: Catalog): Map<string, ScoredUnitGroup> {
  let units = scoredUnits.get(catalog);
  if (!units) {
    units = new Map();
    for (const occupation of catalog.occupations.values()) {
      if (occupation.wp96 && occupation.wp140)
        units.set(occupation.code, {
          code: occupation.code,
          wp96Category: occupation.wp96.category,
          wp140Exposure: occupation.wp140.exposure,
        });
    }
    scoredUnits.set(catalog, units);
  }
  return units;
}

/** The most exposed tasks (2025 scores) among the given unit groups. */
function topTasks(catalog: Catalog, unitCodes: readonly string[], count: number) {
  return unitCodes
    .flatMap((code) => catalog.tasksByOccupation.get(code) ?? [])
    .filter((task) => task.text !== '')
    .sort((a, b) => b.score2025 - a.score2025 || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((task) => ({ occupationCode: task.occupationCode, taskNo: task.taskNo, text: task.text, score2025: task.score2025 }));
}

function row(
  cell: OccupationCell,
  measure: EstimateMeasure,
  base: Pick<SectorOccupation, 'level' | 'code' | 'title' | 'topTasks' | 'iscoMatches'>,
): SectorOccupation {
  return {
    ...base,
    employmentThousands: round(cell.employment, 3),
    scoredPercent: round(cell.scoredFraction * 100, 1),
    sharePercent: round(cell.shares[measure] * 100, 2),
    exposedThousands: round(exposedThousands(cell, measure), 1),
  };
}

function majorGroupRows(catalog: Catalog, area: SectorArea, section: string, measure: EstimateMeasure, language: Language) {
  const countries = area.kind === 'region' ? SECTOR_REGIONS[area.code as keyof typeof SECTOR_REGIONS].members : [area.code];
  const employment = new Map<IscoMajorGroup, number>();
  for (const country of countries) {
    const bySection = catalog.sectors.cells.get(country);
    const cells = section === 'TOTAL' ? [...(bySection?.values() ?? [])].flat() : (bySection?.get(section) ?? []);
    for (const cell of cells) employment.set(cell.majorGroup, (employment.get(cell.majorGroup) ?? 0) + cell.thousands);
  }
  return [...employment.entries()].map(([group, thousands]) => {
    const profile = catalog.sectors.groupShares.get(group)!;
    const major = catalog.groups.get(group)!;
    const unitCodes = [...catalog.occupations.keys()].filter((code) => code[0] === group);
    return row({ employment: thousands, scoredFraction: profile.scored ? 1 : 0, shares: profile.shares }, measure, {
      level: 'major_group',
      code: group,
      title: pickTitle(language, major.titleEn, major.titleZhTw),
      topTasks: topTasks(catalog, unitCodes, 3),
    });
  });
}

function usRows(catalog: Catalog, section: string, naics: string | null, measure: EstimateMeasure, language: Language) {
  const sectors = [...catalog.sectors.naics.values()].filter((sector) =>
    naics ? sector.naics === naics : section === 'TOTAL' || sector.section === section,
  );
  const jobs = new Map<string, { title: string; jobs: number }>();
  for (const sector of sectors) {
    for (const occupation of catalog.sectors.usOccupations.get(sector.naics) ?? []) {
      if (occupation.jobs === null) continue;
      const entry =
        jobs.get(occupation.socCode) ?? jobs.set(occupation.socCode, { title: occupation.title, jobs: 0 }).get(occupation.socCode)!;
      entry.jobs += occupation.jobs;
    }
  }
  const scored = scoredUnitsOf(catalog);
  return [...jobs.entries()].map(([socCode, entry]) => {
    const links = catalog.sectors.links.get(socCode) ?? [];
    const profile = linkedProfile(links, scored);
    // One unit group can be reached through several SOC 2010 codes: it is listed once with their weights added.
    const byUnit = new Map<string, { weight: number; partial: boolean }>();
    for (const link of links) {
      const unit = byUnit.get(link.iscoCode) ?? byUnit.set(link.iscoCode, { weight: 0, partial: false }).get(link.iscoCode)!;
      unit.weight += link.weight;
      unit.partial ||= link.partial;
    }
    const iscoMatches = [...byUnit.entries()]
      .sort(([a, first], [b, second]) => second.weight - first.weight || a.localeCompare(b))
      .map(([code, unit]) => {
        const group = catalog.groups.get(code)!;
        const wp140 = catalog.occupations.get(code)?.wp140;
        return {
          code,
          title: pickTitle(language, group.titleEn, group.titleZhTw),
          weightPercent: round(unit.weight * 100, 1),
          wp140: wp140 ? exposureLabel(catalog, wp140.exposure, language) : null,
          partial: unit.partial,
        };
      });
    return row({ employment: entry.jobs / 1000, ...profile }, measure, {
      level: 'occupation',
      code: socCode,
      title: entry.title,
      iscoMatches,
      topTasks: topTasks(catalog, [...byUnit.keys()], 3),
    });
  });
}

/** Every occupation row of a sector (or "TOTAL") of an area, in the measure. */
export function sectorOccupations(
  catalog: Catalog,
  area: SectorArea,
  section: string,
  naics: string | null,
  measure: EstimateMeasure,
  language: Language,
): SectorOccupation[] {
  return area.detail === 'occupation'
    ? usRows(catalog, section, naics, measure, language)
    : majorGroupRows(catalog, area, section, measure, language);
}
