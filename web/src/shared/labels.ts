/**
 * Interface names for the codes the API returns (income groups, regions, measures, methods, sexes,
 * source classes, exposure categories and gradients). Unknown codes fall back to what the API sent, so
 * new data never shows blank.
 */
import type { IncomeGroupCode } from '../../../server/domain/areas.ts';
import type { EstimateMeasure, EstimateMethod } from '../../../server/domain/country-estimate.ts';
import type { Wp96Category, Wp140Exposure } from '../../../server/domain/exposure.ts';
import type { Sex, SexCode } from '../../../server/domain/sex.ts';
import type { SourceClass } from '../../../server/domain/source-ref.ts';
import type { useLanguage } from '../i18n/language.tsx';
import type { StringKey } from '../i18n/strings.ts';

type Translate = ReturnType<typeof useLanguage>['t'];

/** Looks a code up in a table of string keys; the code itself where the table has none. */
const lookup =
  <Code extends string>(keys: Record<Code, StringKey>) =>
  (code: string, t: Translate, fallback: string = code) =>
    code in keys ? t(keys[code as Code]) : fallback;

const SOURCE_CLASS_KEYS: Record<SourceClass, StringKey> = {
  primary: 'dataSourceClassPrimary',
  quoted: 'dataSourceClassQuoted',
  secondary: 'dataSourceClassSecondary',
  derived: 'dataSourceClassDerived',
};
export const sourceClassText = lookup(SOURCE_CLASS_KEYS);

const AREAS: Record<IncomeGroupCode | 'WORLD', StringKey> = {
  WORLD: 'dataAreaWorld',
  HIC: 'dataIncomeHIC',
  UMC: 'dataIncomeUMC',
  LMC: 'dataIncomeLMC',
  LIC: 'dataIncomeLIC',
};
/** The world or an income group by its code; "not classified" for a country without one. */
export const areaName = (code: string | null, t: Translate) => (code === null ? t('dataIncomeNone') : lookup(AREAS)(code, t));

const MEASURES: Record<EstimateMeasure, StringKey> = {
  wp140_exposed: 'dataMeasureWp140Exposed',
  wp140_gradient_4: 'dataMeasureWp140Gradient4',
  wp96_automation: 'dataMeasureWp96Automation',
  wp96_augmentation: 'dataMeasureWp96Augmentation',
};
export const measureName = lookup(MEASURES);

const METHOD_NAMES: Record<EstimateMethod, StringKey> = {
  esco_weighted: 'dataMethodNameEscoWeighted',
  unweighted: 'dataMethodNameUnweighted',
};
export const methodName = lookup(METHOD_NAMES);

const SEXES: Record<Sex | SexCode, StringKey> = {
  total: 'dataSexTotal',
  T: 'dataSexTotal',
  women: 'dataSexWomen',
  F: 'dataSexWomen',
  men: 'dataSexMen',
  M: 'dataSexMen',
};
export const sexName = lookup(SEXES);

const EXPOSURES: Record<Wp96Category | Wp140Exposure, StringKey> = {
  automation: 'dataExposure_automation',
  augmentation: 'dataExposure_augmentation',
  big_unknown: 'dataExposure_big_unknown',
  not_affected: 'dataExposure_not_affected',
  gradient_4: 'dataExposure_gradient_4',
  gradient_3: 'dataExposure_gradient_3',
  gradient_2: 'dataExposure_gradient_2',
  gradient_1: 'dataExposure_gradient_1',
  minimal: 'dataExposure_minimal',
  not_exposed: 'dataExposure_not_exposed',
};
/** A 2023 category or 2025 gradient by its key. */
export const exposureName = lookup(EXPOSURES);
