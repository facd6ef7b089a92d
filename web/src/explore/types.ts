/** Shapes of the REST responses the explorer reads (see /api/openapi.json). */
import type { SourceRef } from '../api/client.ts';

export type Wp96Category = 'automation' | 'augmentation' | 'big_unknown' | 'not_affected';
export type Wp140Exposure = 'gradient_4' | 'gradient_3' | 'gradient_2' | 'gradient_1' | 'minimal' | 'not_exposed';

export const WP96_CATEGORIES: readonly Wp96Category[] = ['automation', 'augmentation', 'big_unknown', 'not_affected'];
export const WP140_EXPOSURES: readonly Wp140Exposure[] = ['gradient_4', 'gradient_3', 'gradient_2', 'gradient_1', 'minimal', 'not_exposed'];
export const MAJOR_GROUPS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

export interface Wp96Scores {
  mean: number;
  sd: number;
  category: Wp96Category;
  label: string;
}
export interface Wp140Scores {
  mean: number;
  sd: number;
  exposure: Wp140Exposure;
  label: string;
}

export interface OccupationListItem {
  code: string;
  title: string;
  titleEn: string;
  titleZhTw: string | null;
  majorGroup: string;
  scored: boolean;
  nTasks: number;
  wp96: Wp96Scores | null;
  wp140: Wp140Scores | null;
  change: number | null;
}

export interface OccupationList {
  items: OccupationListItem[];
  total: number;
  sources: SourceRef[];
}

export interface GroupRef {
  code: string;
  level: number;
  title: string;
}

export interface Task {
  id: string;
  taskNo: number;
  text: string;
  score2023: number | null;
  score2025: number;
  score2025Gpt4o: number | null;
  score2025Gemini: number | null;
  score2025Source: 'predicted' | 'reconciled';
}

export interface UnitGroup {
  code: string;
  level: 4;
  title: string;
  titleEn: string;
  titleZhTw: string | null;
  hierarchy: GroupRef[];
  scored: boolean;
  nTasks: number;
  wp96: Wp96Scores | null;
  wp140: Wp140Scores | null;
  change: number | null;
  tasks: Task[];
  note?: string;
  sources: SourceRef[];
}

export interface IscoGroup {
  code: string;
  level: number;
  title: string;
  titleEn: string;
  titleZhTw: string | null;
  hierarchy: GroupRef[];
  children: GroupRef[];
  unitGroups: number;
  scoredUnitGroups: number;
  distribution: { wp96: Record<string, number>; wp140: Record<string, number> };
  note: string;
  sources: SourceRef[];
}

export type OccupationDetail = UnitGroup | IscoGroup;

export const isUnitGroup = (detail: OccupationDetail): detail is UnitGroup => detail.level === 4 && 'tasks' in detail;

export interface ExposureLabel {
  key: string;
  study: string;
  labelEn: string;
  labelZhTw: string;
  definitionEn: string;
  definitionZhTw: string;
}

export interface Glossary {
  exposureLabels: ExposureLabel[];
  terms: { termEn: string; termZhTw: string; definitionEn: string; definitionZhTw: string }[];
}

export interface SourceEntry {
  id: string;
  kind: string;
  title: string;
  authors: string | null;
  publisher: string | null;
  year: number | null;
  doi: string | null;
  url: string | null;
  licence: string | null;
  citation: string;
  note: string | null;
}

export interface SourcesResponse {
  items: SourceEntry[];
  total: number;
  attribution: Record<string, string>;
  disclaimer: Record<string, string>;
}

export interface EstimateValidation {
  meanAbsoluteErrorPp: number;
  maxAbsoluteErrorPp: number;
  figures: number;
  note: string;
}

export interface EstimateMethod {
  method: string;
  description: string;
  validation: EstimateValidation;
}

export interface CountryListItem {
  iso3: string;
  name: string;
  nameEn: string;
  nameZhTw: string;
  incomeGroup: string | null;
  region: string | null;
  has2024Employment: boolean;
  employmentThousands: number | null;
  estimatedExposedPercent: number | null;
}

export interface CountryList {
  items: CountryListItem[];
  total: number;
  estimateMethod: EstimateMethod;
  sources: SourceRef[];
}

export type Sex = 'total' | 'women' | 'men';

export interface EmploymentBySex {
  sex: Sex;
  totalThousands: number;
  derived: boolean;
  groups: { majorGroup: string; title: string; thousands: number; sharePercent: number }[];
}

export interface EstimateValue {
  sharePercent: number;
  exposedThousands: number;
}

export interface AreaEstimate {
  kind: 'estimate';
  label: string;
  method: string;
  description: string;
  validation: EstimateValidation;
  measures: {
    measure: string;
    study: string;
    label: string;
    total: EstimateValue | null;
    women: EstimateValue | null;
    men: EstimateValue | null;
  }[];
}

export interface PublishedFigure {
  id: string;
  study: string;
  metric: string;
  label: string;
  population: string;
  sex: Sex;
  value: number;
  valueHigh: number | null;
  valueText: string;
  unit: string;
  sourceId: string;
  locator: string;
  sourceClass: 'primary' | 'quoted' | 'secondary' | 'derived';
  note: string | null;
}

export interface CountryDetail {
  iso3: string;
  name: string;
  nameEn: string;
  nameZhTw: string;
  incomeGroup: { code: string; name: string } | null;
  region: string | null;
  has2024Employment: boolean;
  employment: EmploymentBySex[] | null;
  estimate: AreaEstimate | null;
  incomeGroupFigures: PublishedFigure[];
  notes: string[];
  sources: SourceRef[];
}

export interface ValidationResponse {
  label: string;
  selected: string;
  methods: {
    method: string;
    selected: boolean;
    meanAbsoluteErrorPp: number;
    maxAbsoluteErrorPp: number;
    validationFigures: number;
    description: string;
  }[];
  rows: {
    figureId: string;
    method: string;
    measure: string;
    areaCode: string;
    sex: string;
    publishedPercent: number;
    estimatePercent: number;
    errorPp: number;
  }[];
  sources: SourceRef[];
}
