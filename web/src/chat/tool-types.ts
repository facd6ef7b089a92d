/**
 * What the chat stream carries, as the web app reads it: each tool's `data` (server/tools/*.ts), the
 * numbered citations and the grounding result. Saved conversations may come from older versions, so
 * the components treat every field as possibly missing.
 */
import type { SourceRef } from '../api/client.ts';

export type SourceClass = NonNullable<SourceRef['sourceClass']>;

export interface Citation extends SourceRef {
  n: number;
}

export interface ToolOutput<Data = unknown> {
  data: Data;
  sources: Citation[];
}

export interface Grounding {
  numbers: number;
  verified: number;
  unverified: string[];
  excluded?: { text: string; reason: string }[];
  repaired: boolean;
  repairedAnswer?: string;
  model?: string;
  language?: string;
}

export interface Wp96Score {
  mean: number;
  sd: number;
  category: string;
  label: string;
}
export interface Wp140Score {
  mean: number;
  sd: number;
  exposure: string;
  label: string;
}

export interface Task {
  id: string;
  taskNo: number;
  text: string;
  score2023: number | null;
  score2025: number;
  score2025Gpt4o?: number | null;
  score2025Gemini?: number | null;
  score2025Source?: string;
}

export interface GroupRef {
  code: string;
  level: number;
  title: string;
}

export interface OccupationData {
  kind: 'occupation';
  code: string;
  title: string;
  titleEn?: string;
  hierarchy?: GroupRef[];
  scored: boolean;
  nTasks?: number;
  wp96: Wp96Score | null;
  wp140: Wp140Score | null;
  change: number | null;
  tasks: Task[];
  note?: string;
}

export interface GroupData {
  kind: 'group';
  code: string;
  level: number;
  title: string;
  hierarchy?: GroupRef[];
  children?: GroupRef[];
  unitGroups: number;
  scoredUnitGroups: number;
  distribution: { wp96: Record<string, number>; wp140: Record<string, number> };
  note?: string;
}

export type GetOccupationData = OccupationData | GroupData | { kind: 'not_found'; code: string };

export interface RankedOccupation {
  rank: number;
  code: string;
  title: string;
  scored: boolean;
  wp96: Wp96Score | null;
  wp140: Wp140Score | null;
  change: number | null;
}

export interface RankOccupationsData {
  by: 'wp140' | 'wp96' | 'change';
  order: 'asc' | 'desc';
  group: { code: string; title: string } | null;
  totalMatching: number;
  items: RankedOccupation[];
}

export interface ComparedOccupation {
  code: string;
  title: string;
  wp96: Wp96Score | null;
  wp140: Wp140Score | null;
  change: number | null;
  topTasks: Task[];
}

export interface CompareOccupationsData {
  items: ComparedOccupation[];
  notFound: string[];
}

export interface PublishedFigure {
  id: string;
  study: string;
  population: string;
  sex: string;
  metric: string;
  label: string;
  value: number | null;
  valueHigh: number | null;
  valueText: string;
  unit: string;
  sourceId: string;
  locator: string;
  sourceClass: SourceClass;
  note: string | null;
}

export interface EstimateValue {
  sharePercent: number;
  exposedThousands: number;
}

export interface EstimateValidation {
  meanAbsoluteErrorPp: number;
  maxAbsoluteErrorPp: number;
  figures: number;
  note?: string;
}

export interface EstimateBlock {
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

export interface GroupExposureData {
  population: string;
  populationName: string;
  sex: string;
  study: string;
  figures: PublishedFigure[];
  estimate: EstimateBlock | null;
  majorGroup: Omit<GroupData, 'kind' | 'level'> | null;
}

export interface EmploymentStructure {
  sex: 'total' | 'women' | 'men';
  totalThousands: number;
  derived: boolean;
  groups: { majorGroup: string; title: string; thousands: number; sharePercent: number }[];
}

export interface CountryData {
  kind: 'country';
  iso3: string;
  name: string;
  incomeGroup: { code: string; name: string } | null;
  region: string | null;
  has2024Employment: boolean;
  employment: EmploymentStructure[] | null;
  estimate: EstimateBlock | null;
  incomeGroupFigures: PublishedFigure[];
  notes: string[];
}

export type CountryExposureData = CountryData | { kind: 'not_found'; query: string };

export interface RankCountriesData {
  kind: 'estimate';
  label: string;
  measure: string;
  measureLabel: string;
  sex: string;
  order: 'asc' | 'desc';
  incomeGroup: string | null;
  region: string | null;
  countriesRanked: number;
  items: { rank: number; iso3: string; name: string; incomeGroup: string | null; sharePercent: number; exposedThousands: number }[];
  method: string;
  description: string;
  validation: EstimateValidation;
}

export interface Finding {
  id: string;
  title: string;
  body: string;
  language: string;
  topics?: string[];
  sourceId: string;
  locator: string;
  sourceClass: SourceClass;
}

export interface SearchFindingsData {
  query: string;
  items: Finding[];
}

/** The tools whose results the chat shows; `resolveOccupation` only feeds the others. */
export const TOOL_NAMES = [
  'resolveOccupation',
  'getOccupation',
  'rankOccupations',
  'compareOccupations',
  'groupExposure',
  'countryExposure',
  'rankCountries',
  'searchFindings',
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];
