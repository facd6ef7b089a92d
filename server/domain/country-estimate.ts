/**
 * This project's estimate of the share of employment in exposed occupations, for any area with
 * employment by ISCO-08 major group: sum over major groups of (employment share of the group) x
 * (weighted share of the group's scored unit groups that are exposed). The ILO publishes such shares
 * only for the world and income groups, from 4-digit microdata we do not have; these are estimates.
 */
import { EMPLOYMENT_MAJOR_GROUPS, type EmploymentMajorGroup } from './areas.ts';
import type { Wp96Category, Wp140Exposure } from './exposure.ts';
import type { SexCode } from './sex.ts';

/** The measures estimated; their names in both languages are in knowledge/data/data-labels.csv. */
export const ESTIMATE_MEASURES = {
  wp140_exposed: { study: 'wp140' },
  wp140_gradient_4: { study: 'wp140' },
  wp96_automation: { study: 'wp96' },
  wp96_augmentation: { study: 'wp96' },
} as const;
export type EstimateMeasure = keyof typeof ESTIMATE_MEASURES;

export interface ScoredUnitGroup {
  code: string;
  wp96Category: Wp96Category;
  wp140Exposure: Wp140Exposure;
}

export const inMeasure: Record<EstimateMeasure, (unit: ScoredUnitGroup) => boolean> = {
  wp140_exposed: (unit) => unit.wp140Exposure.startsWith('gradient_'),
  wp140_gradient_4: (unit) => unit.wp140Exposure === 'gradient_4',
  wp96_automation: (unit) => unit.wp96Category === 'automation',
  wp96_augmentation: (unit) => unit.wp96Category === 'augmentation',
};

/** Employment data merges major groups 6 and 9 into "96". */
const employmentGroupOf = (code: string): EmploymentMajorGroup =>
  code[0] === '6' || code[0] === '9' ? '96' : (code[0] as EmploymentMajorGroup);

/** The methods, described in both languages (the build writes both into knowledge/data/estimate-methods.csv). */
export const ESTIMATE_METHODS = {
  unweighted: {
    en: 'Every scored unit group counts equally within its major group.',
    zhTw: '在每個職業大類中，每個有分數的細類權重相同。',
  },
  esco_weighted: {
    en:
      'Unit groups are weighted by the number of ESCO job titles (preferred and alternative labels) mapped to them, a proxy for how ' +
      'many distinct jobs a group covers (no employment by 4-digit group is available).',
    zhTw:
      '各細類依對應到它的 ESCO 職稱數（首選與替代名稱）加權，用以代表該細類涵蓋多少種不同的工作' + '（目前沒有 4 位碼細類的就業數據）。',
  },
} as const;
export type EstimateMethod = keyof typeof ESTIMATE_METHODS;

/** How unit groups fall into the groups that employment is reported by. */
export interface MajorGrouping<Group extends string> {
  groups: readonly Group[];
  groupOf: (code: string) => Group;
}
export const EMPLOYMENT_GROUPING: MajorGrouping<EmploymentMajorGroup> = { groups: EMPLOYMENT_MAJOR_GROUPS, groupOf: employmentGroupOf };

/** Share (0-1) of each major group's unit groups that fall in the measure, under the given weights. */
export function exposedShareByGroup<Group extends string>(
  units: readonly ScoredUnitGroup[],
  measure: EstimateMeasure,
  weight: (unit: ScoredUnitGroup) => number,
  grouping: MajorGrouping<Group>,
) {
  const shares = {} as Record<Group, number>;
  for (const group of grouping.groups) {
    const members = units.filter((unit) => grouping.groupOf(unit.code) === group);
    const total = members.reduce((sum, unit) => sum + weight(unit), 0);
    shares[group] = total === 0 ? 0 : members.filter(inMeasure[measure]).reduce((sum, unit) => sum + weight(unit), 0) / total;
  }
  return shares;
}

/** Percentage of an area's employment (thousands by major group, plus "total") in the measure. */
export function estimateSharePercent(
  employment: Readonly<Record<string, number>>,
  groupShares: Readonly<Record<EmploymentMajorGroup, number>>,
): number {
  const exposed = EMPLOYMENT_MAJOR_GROUPS.reduce((sum, group) => sum + (employment[group] ?? 0) * groupShares[group], 0);
  return (exposed / employment.total!) * 100;
}

/** The ILO's published aggregate figures the estimate is validated against (ids in published-figures.csv). */
export const VALIDATION_FIGURES: Record<string, { measure: EstimateMeasure; area: string; sex: SexCode }> = {
  'wp140-exposed-share-world': { measure: 'wp140_exposed', area: 'WORLD', sex: 'T' },
  'wp140-exposed-share-hic': { measure: 'wp140_exposed', area: 'HIC', sex: 'T' },
  'wp140-exposed-share-lic': { measure: 'wp140_exposed', area: 'LIC', sex: 'T' },
  'wp140-gradient4-share-world': { measure: 'wp140_gradient_4', area: 'WORLD', sex: 'T' },
  'wp140-gradient4-share-world-women': { measure: 'wp140_gradient_4', area: 'WORLD', sex: 'F' },
  'wp140-gradient4-share-world-men': { measure: 'wp140_gradient_4', area: 'WORLD', sex: 'M' },
  'wp140-gradient4-share-hic-women': { measure: 'wp140_gradient_4', area: 'HIC', sex: 'F' },
  'wp140-gradient4-share-hic-men': { measure: 'wp140_gradient_4', area: 'HIC', sex: 'M' },
  'wp96-automation-share-world': { measure: 'wp96_automation', area: 'WORLD', sex: 'T' },
  'wp96-automation-share-hic': { measure: 'wp96_automation', area: 'HIC', sex: 'T' },
  'wp96-automation-share-lic': { measure: 'wp96_automation', area: 'LIC', sex: 'T' },
  'wp96-augmentation-share-hic': { measure: 'wp96_augmentation', area: 'HIC', sex: 'T' },
  'wp96-augmentation-share-lic': { measure: 'wp96_augmentation', area: 'LIC', sex: 'T' },
  'wp96-augmentation-share-umc': { measure: 'wp96_augmentation', area: 'UMC', sex: 'T' },
};
