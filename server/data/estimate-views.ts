/**
 * This project's exposure estimates as the API and tools present them: always labelled as an
 * estimate, with the method, its error on the validation set, and the ILO figures it was checked against.
 */
import { ESTIMATE_MEASURES, type EstimateMeasure } from '../domain/country-estimate.ts';
import type { Language } from '../domain/language.ts';
import { SEX_OF_CODE } from '../domain/sex.ts';
import type { SourceRef } from '../domain/source-ref.ts';
import type { Catalog } from './catalog.ts';
import { dataLabel, methodDescription } from './data-labels.ts';

export const ESTIMATE_LABEL = {
  en: "This project's estimate, not an ILO figure",
  'zh-TW': '本專案的估計值，並非 ILO 發布的數據',
} as const;

export function estimateMethodSummary(catalog: Catalog, language: Language) {
  const selected = catalog.estimates.selected;
  return {
    method: selected.method,
    description: methodDescription(selected, language),
    validation: {
      meanAbsoluteErrorPp: selected.meanAbsoluteErrorPp,
      maxAbsoluteErrorPp: selected.maxAbsoluteErrorPp,
      figures: selected.validationFigures,
      note: dataLabel(catalog, 'note', 'estimate_validation', language),
    },
  };
}

export function estimateRef(catalog: Catalog, areaCode: string, areaName: string): SourceRef {
  const selected = catalog.estimates.selected;
  return {
    id: `estimate:${areaCode}`,
    kind: 'country',
    title: `${areaName}: this project's estimate of employment in exposed occupations`,
    locator:
      `knowledge/data/country-estimates.csv (${selected.method}; validation error ${selected.meanAbsoluteErrorPp} pp on ` +
      `${selected.validationFigures} ILO figures); dataset ${catalog.dataset.version}`,
    url: catalog.sources.get('this-project')?.url ?? undefined,
    sourceClass: 'derived',
  };
}

/** Estimates for an area by measure and sex, or null when the area has no employment data. */
export function areaEstimates(catalog: Catalog, areaCode: string, language: Language) {
  const bySex = catalog.estimates.byArea.get(areaCode);
  if (!bySex) return null;
  return {
    kind: 'estimate' as const,
    label: ESTIMATE_LABEL[language],
    ...estimateMethodSummary(catalog, language),
    measures: (Object.keys(ESTIMATE_MEASURES) as EstimateMeasure[]).map((measure) => ({
      measure,
      study: ESTIMATE_MEASURES[measure].study,
      label: dataLabel(catalog, 'estimate_measure', measure, language),
      ...Object.fromEntries(Object.entries(SEX_OF_CODE).map(([code, sex]) => [sex, bySex.get(code)?.get(measure) ?? null])),
    })) as { measure: EstimateMeasure; study: string; label: string; total: EstimateValue; women: EstimateValue; men: EstimateValue }[],
  };
}
type EstimateValue = { sharePercent: number; exposedThousands: number } | null;

export function validationTable(catalog: Catalog) {
  return {
    label: ESTIMATE_LABEL.en,
    selected: catalog.estimates.selected.method,
    methods: catalog.estimates.methods,
    rows: catalog.estimates.validation,
  };
}
