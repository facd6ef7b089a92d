/**
 * Country, income-group and world estimates of employment in exposed occupations, by sex, with both
 * methods, validated against the ILO's published aggregates. Writes country-estimates.csv,
 * estimate-validation.csv and estimate-methods.csv into knowledge/data and the validation table into
 * knowledge/data/README.md. Reads only knowledge/data, so it runs after build-data.ts.
 */
import { join } from 'node:path';
import type { EmploymentMajorGroup } from '../../server/domain/areas.ts';
import {
  EMPLOYMENT_GROUPING,
  ESTIMATE_MEASURES,
  ESTIMATE_METHODS,
  type EstimateMeasure,
  type EstimateMethod,
  estimateSharePercent,
  exposedShareByGroup,
  type ScoredUnitGroup,
  VALIDATION_FIGURES,
} from '../../server/domain/country-estimate.ts';
import type { Wp96Category, Wp140Exposure } from '../../server/domain/exposure.ts';
import { type Row, readCsv, writeCsv } from './csv-files.ts';
import { replaceMarkedBlock } from './marked-block.ts';

export const round = (value: number, digits: number) => (Math.round(value * 10 ** digits) / 10 ** digits).toFixed(digits);

export interface EstimateTables {
  estimates: Row[];
  validation: Row[];
  methods: Row[];
}

export const readScoredUnits = (dataDir: string): ScoredUnitGroup[] =>
  readCsv(join(dataDir, 'occupations.csv'))
    .filter((row) => row.scored === 'true')
    .map((row) => ({
      code: row.isco08_code!,
      wp96Category: row.wp96_category as Wp96Category,
      wp140Exposure: row.wp140_exposure as Wp140Exposure,
    }));

/** How much each unit group counts within its major group, under each method. */
export function readUnitWeights(dataDir: string): Record<EstimateMethod, (unit: ScoredUnitGroup) => number> {
  const escoCounts = new Map<string, number>();
  for (const row of readCsv(join(dataDir, 'occupation-labels.csv'))) {
    escoCounts.set(row.isco08_code!, (escoCounts.get(row.isco08_code!) ?? 0) + 1);
  }
  // A unit group with no ESCO job title still exists: it counts as one.
  return {
    unweighted: () => 1,
    esco_weighted: (unit) => Math.max(1, escoCounts.get(unit.code) ?? 0),
  };
}

export function buildEstimates(dataDir: string): EstimateTables {
  const units = readScoredUnits(dataDir);
  const weights = readUnitWeights(dataDir);
  const employment = new Map<string, Record<string, number>>();
  const kinds = new Map<string, string>();
  for (const row of readCsv(join(dataDir, 'employment.csv'))) {
    const key = `${row.area_code}|${row.sex}`;
    (employment.get(key) ?? employment.set(key, {}).get(key)!)[row.major_group!] = Number(row.employment_thousands);
    kinds.set(row.area_code!, row.area_kind!);
  }
  const published = new Map(readCsv(join(dataDir, 'published-figures.csv')).map((row) => [row.id!, Number(row.value)]));

  const shares = new Map<string, Record<EmploymentMajorGroup, number>>();
  for (const method of Object.keys(ESTIMATE_METHODS) as EstimateMethod[]) {
    for (const measure of Object.keys(ESTIMATE_MEASURES) as EstimateMeasure[])
      shares.set(`${method}|${measure}`, exposedShareByGroup(units, measure, weights[method], EMPLOYMENT_GROUPING));
  }
  const estimate = (method: EstimateMethod, measure: EstimateMeasure, area: string, sex: string) =>
    estimateSharePercent(employment.get(`${area}|${sex}`)!, shares.get(`${method}|${measure}`)!);

  const validation: Row[] = [];
  const errors: Record<EstimateMethod, number[]> = { unweighted: [], esco_weighted: [] };
  for (const [figureId, target] of Object.entries(VALIDATION_FIGURES)) {
    const value = published.get(figureId);
    if (value === undefined) throw new Error(`published-figures.csv has no row ${figureId}`);
    for (const method of Object.keys(ESTIMATE_METHODS) as EstimateMethod[]) {
      const estimated = estimate(method, target.measure, target.area, target.sex);
      errors[method].push(Math.abs(estimated - value));
      validation.push({
        figure_id: figureId,
        measure: target.measure,
        area_code: target.area,
        sex: target.sex,
        method,
        published_percent: String(value),
        estimate_percent: round(estimated, 2),
        error_pp: round(estimated - value, 2),
      });
    }
  }
  const meanError = (method: EstimateMethod) => errors[method].reduce((sum, error) => sum + error, 0) / errors[method].length;
  // The weighting is kept only if it is closer to the published figures than the plain count.
  const selected: EstimateMethod = meanError('esco_weighted') < meanError('unweighted') ? 'esco_weighted' : 'unweighted';
  const methods = (Object.keys(ESTIMATE_METHODS) as EstimateMethod[]).map((method) => ({
    method,
    selected: String(method === selected),
    mean_absolute_error_pp: round(meanError(method), 2),
    max_absolute_error_pp: round(Math.max(...errors[method]), 2),
    validation_figures: String(errors[method].length),
    description: ESTIMATE_METHODS[method].en,
    description_zh_tw: ESTIMATE_METHODS[method].zhTw,
  }));

  const estimates: Row[] = [];
  for (const key of [...employment.keys()].sort()) {
    const [area, sex] = key.split('|') as [string, string];
    const block = employment.get(key)!;
    for (const method of Object.keys(ESTIMATE_METHODS) as EstimateMethod[]) {
      for (const measure of Object.keys(ESTIMATE_MEASURES) as EstimateMeasure[]) {
        const share = estimate(method, measure, area, sex);
        estimates.push({
          area_code: area,
          area_kind: kinds.get(area)!,
          sex,
          measure,
          method,
          share_percent: round(share, 2),
          exposed_thousands: round((share / 100) * block.total!, 1),
        });
      }
    }
  }
  return { estimates, validation, methods };
}

export const ESTIMATE_FILES = {
  'country-estimates.csv': ['area_code', 'area_kind', 'sex', 'measure', 'method', 'share_percent', 'exposed_thousands'],
  'estimate-validation.csv': ['figure_id', 'measure', 'area_code', 'sex', 'method', 'published_percent', 'estimate_percent', 'error_pp'],
  'estimate-methods.csv': [
    'method',
    'selected',
    'mean_absolute_error_pp',
    'max_absolute_error_pp',
    'validation_figures',
    'description',
    'description_zh_tw',
  ],
} as const;

export function writeEstimates(dataDir: string, outDir: string): EstimateTables {
  const tables = buildEstimates(dataDir);
  writeCsv(join(outDir, 'country-estimates.csv'), ESTIMATE_FILES['country-estimates.csv'], tables.estimates);
  writeCsv(join(outDir, 'estimate-validation.csv'), ESTIMATE_FILES['estimate-validation.csv'], tables.validation);
  writeCsv(join(outDir, 'estimate-methods.csv'), ESTIMATE_FILES['estimate-methods.csv'], tables.methods);
  return tables;
}

/** The Markdown validation table for knowledge/data/README.md. */
function validationMarkdown(tables: EstimateTables): string {
  const byFigure = new Map<string, Row[]>();
  for (const row of tables.validation) (byFigure.get(row.figure_id!) ?? byFigure.set(row.figure_id!, []).get(row.figure_id!)!).push(row);
  const sexName = { T: 'all', F: 'women', M: 'men' } as Record<string, string>;
  const lines = [
    '| published figure | measure | area | sex | published % | unweighted % (error) | ESCO-weighted % (error) |',
    '|---|---|---|---|---|---|---|',
    ...[...byFigure.entries()].map(([id, rows]) => {
      const [plain, weighted] = ['unweighted', 'esco_weighted'].map((method) => rows.find((row) => row.method === method)!);
      return (
        `| \`${id}\` | ${plain!.measure} | ${plain!.area_code} | ${sexName[plain!.sex!]} | ${plain!.published_percent} | ` +
        `${plain!.estimate_percent} (${plain!.error_pp}) | ${weighted!.estimate_percent} (${weighted!.error_pp}) |`
      );
    }),
    '',
    '| method | selected | mean absolute error (pp) | max absolute error (pp) |',
    '|---|---|---|---|',
    ...tables.methods.map(
      (row) =>
        `| ${row.method} | ${row.selected === 'true' ? 'yes' : 'no'} | ${row.mean_absolute_error_pp} | ${row.max_absolute_error_pp} |`,
    ),
  ];
  return lines.join('\n');
}

export function refreshReadmeTable(dataDir: string, tables: EstimateTables): void {
  replaceMarkedBlock(
    join(dataDir, 'README.md'),
    '<!-- validation:start (written by knowledge/build/build-estimates.ts) -->',
    '<!-- validation:end -->',
    validationMarkdown(tables),
  );
}
