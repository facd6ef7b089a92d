/**
 * Interface names for the codes the API returns (income groups, regions, measures, methods, sexes,
 * source classes). Unknown codes fall back to what the API sent, so new data never shows blank.
 */
import type { useLanguage } from '../i18n/language.tsx';
import type { StringKey } from '../i18n/strings.ts';

type Translate = ReturnType<typeof useLanguage>['t'];

const SOURCE_CLASSES: Record<string, StringKey> = {
  primary: 'exploreSourceClassPrimary',
  quoted: 'exploreSourceClassQuoted',
  secondary: 'exploreSourceClassSecondary',
  derived: 'exploreSourceClassDerived',
};
export const sourceClassText = (sourceClass: string, t: Translate) =>
  SOURCE_CLASSES[sourceClass] ? t(SOURCE_CLASSES[sourceClass]) : sourceClass;

export const INCOME_GROUPS = ['HIC', 'UMC', 'LMC', 'LIC'] as const;
const AREAS: Record<string, StringKey> = {
  WORLD: 'exploreAreaWorld',
  HIC: 'exploreIncomeHIC',
  UMC: 'exploreIncomeUMC',
  LMC: 'exploreIncomeLMC',
  LIC: 'exploreIncomeLIC',
};
export const incomeGroupName = (code: string | null, t: Translate) =>
  code === null ? t('exploreIncomeNone') : AREAS[code] ? t(AREAS[code]) : code;
export const areaName = incomeGroupName;

/** World Bank region names as the API sends them (always English). */
const REGIONS: Record<string, StringKey> = {
  'East Asia & Pacific': 'exploreRegionEap',
  'Europe & Central Asia': 'exploreRegionEca',
  'Latin America & Caribbean': 'exploreRegionLac',
  'Middle East, North Africa, Afghanistan & Pakistan': 'exploreRegionMena',
  'North America': 'exploreRegionNa',
  'South Asia': 'exploreRegionSa',
  'Sub-Saharan Africa': 'exploreRegionSsa',
};
export const regionName = (region: string | null, t: Translate) =>
  region === null ? t('exploreRegionNone') : REGIONS[region] ? t(REGIONS[region]) : region;

const MEASURES: Record<string, StringKey> = {
  wp140_exposed: 'exploreMeasureWp140Exposed',
  wp140_gradient_4: 'exploreMeasureWp140Gradient4',
  wp96_automation: 'exploreMeasureWp96Automation',
  wp96_augmentation: 'exploreMeasureWp96Augmentation',
};
export const measureName = (measure: string, fallback: string, t: Translate) => (MEASURES[measure] ? t(MEASURES[measure]) : fallback);

const METHOD_NAMES: Record<string, StringKey> = {
  esco_weighted: 'exploreMethodNameEscoWeighted',
  unweighted: 'exploreMethodNameUnweighted',
};
const METHOD_DESCRIPTIONS: Record<string, StringKey> = {
  esco_weighted: 'exploreMethodEscoWeighted',
  unweighted: 'exploreMethodUnweighted',
};
export const methodName = (method: string, t: Translate) => (METHOD_NAMES[method] ? t(METHOD_NAMES[method]) : method);
/** The method in a sentence; in English the API's own description is used when the method is unknown. */
export const methodDescription = (method: string, fallback: string, t: Translate) =>
  METHOD_DESCRIPTIONS[method] ? t(METHOD_DESCRIPTIONS[method]) : fallback;

const SEXES: Record<string, StringKey> = {
  total: 'exploreSexTotal',
  T: 'exploreSexTotal',
  women: 'exploreSexWomen',
  F: 'exploreSexWomen',
  men: 'exploreSexMen',
  M: 'exploreSexMen',
};
export const sexName = (sex: string, t: Translate) => (SEXES[sex] ? t(SEXES[sex]) : sex);

/** The country notes the API writes in English, in the interface language. */
const COUNTRY_NOTES: [RegExp, StringKey][] = [
  [/no 2024 employment/i, 'exploreNoteNo2024'],
  [/no income group/i, 'exploreNoteNoIncomeGroup'],
  [/men is computed .* total minus women/i, 'exploreNoteMenDerived'],
];
export function countryNoteText(note: string, t: Translate): string {
  const known = COUNTRY_NOTES.find(([pattern]) => pattern.test(note));
  return known ? t(known[1]) : note;
}
