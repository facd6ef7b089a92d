/** Occupations and ISCO groups as the API and the chat tools present them. */
import { WP96_CATEGORIES, WP140_EXPOSED, WP140_EXPOSURES, type Wp96Category, type Wp140Exposure } from '../domain/exposure.ts';
import { type Language, pickTitle } from '../domain/language.ts';
import type { SourceRef } from '../domain/source-ref.ts';
import type { OccupationResolver } from '../retrieval/occupation-resolver.ts';
import type { Catalog, IscoGroup, Occupation } from './catalog.ts';
import { dataLabel } from './data-labels.ts';
import { occupationRef, publicationRef } from './source-refs.ts';

export interface GroupRef {
  code: string;
  level: number;
  title: string;
}

const groupRef = (group: IscoGroup, language: Language): GroupRef => ({
  code: group.code,
  level: group.level,
  title: pickTitle(language, group.titleEn, group.titleZhTw),
});

/** Major, sub-major and minor group of a code (its ancestors, top first). */
function ancestors(catalog: Catalog, code: string, language: Language): GroupRef[] {
  const chain: GroupRef[] = [];
  for (let parent = catalog.groups.get(code)?.parentCode; parent; parent = catalog.groups.get(parent)?.parentCode) {
    chain.unshift(groupRef(catalog.groups.get(parent)!, language));
  }
  return chain;
}

const studySources = (catalog: Catalog): SourceRef[] => [
  publicationRef(catalog, 'ilo-wp96-2023', '2023 categories: automation, augmentation, the big unknown, not affected'),
  publicationRef(catalog, 'ilo-wp140-2025', '2025 exposure gradients 1-4, minimal exposure, not exposed'),
];

/** The display name of a category or gradient key, in the requested language. */
export function exposureLabel(catalog: Catalog, key: Wp96Category | Wp140Exposure, language: Language): string {
  const label = catalog.exposureLabels.get(key);
  return label ? pickTitle(language, label.labelEn, label.labelZhTw) : key;
}

export const scoresOf = (catalog: Catalog, occupation: Occupation, language: Language) => ({
  wp96: occupation.wp96 && { ...occupation.wp96, label: exposureLabel(catalog, occupation.wp96.category, language) },
  wp140: occupation.wp140 && { ...occupation.wp140, label: exposureLabel(catalog, occupation.wp140.exposure, language) },
});

/** WP140 mean minus WP96 mean, rounded as the published means are (null if unscored). */
const changeOf = (occupation: Occupation) =>
  occupation.wp96 && occupation.wp140 ? Math.round((occupation.wp140.mean - occupation.wp96.mean) * 100) / 100 : null;

export function occupationDetail(catalog: Catalog, code: string, language: Language) {
  const group = catalog.groups.get(code);
  const occupation = catalog.occupations.get(code);
  if (!group || !occupation) return null;
  const title = pickTitle(language, group.titleEn, group.titleZhTw);
  const tasks = (catalog.tasksByOccupation.get(code) ?? []).map((task) => ({
    id: task.id,
    taskNo: task.taskNo,
    text: task.text,
    score2023: task.score2023,
    score2025: task.score2025,
    score2025Gpt4o: task.score2025Gpt4o,
    score2025Gemini: task.score2025Gemini,
    score2025Source: task.score2025Source,
  }));
  return {
    code,
    level: 4 as const,
    title,
    titleEn: group.titleEn,
    titleZhTw: group.titleZhTw,
    hierarchy: ancestors(catalog, code, language),
    scored: occupation.scored,
    nTasks: occupation.nTasks,
    ...scoresOf(catalog, occupation, language),
    change: changeOf(occupation),
    tasks,
    ...(occupation.scored ? {} : { note: dataLabel(catalog, 'note', 'occupation_unscored', language) }),
    sources: [occupationRef(catalog, code, group.titleEn), ...studySources(catalog)],
  };
}

const emptyCounts = <Key extends string>(keys: readonly Key[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<Key, number>;

/** A 1-3 digit group: its children and how its unit groups spread over the categories and gradients. */
export function groupSummary(catalog: Catalog, code: string, language: Language) {
  const group = catalog.groups.get(code);
  if (!group || group.level === 4) return null;
  const unitCodes = [...catalog.occupations.keys()].filter((unit) => unit.startsWith(code));
  const wp96 = emptyCounts<Wp96Category>(WP96_CATEGORIES);
  const wp140 = emptyCounts<Wp140Exposure>(WP140_EXPOSURES);
  let scored = 0;
  for (const unit of unitCodes) {
    const occupation = catalog.occupations.get(unit)!;
    if (!occupation.wp96 || !occupation.wp140) continue;
    scored += 1;
    wp96[occupation.wp96.category] += 1;
    wp140[occupation.wp140.exposure] += 1;
  }
  return {
    code,
    level: group.level,
    title: pickTitle(language, group.titleEn, group.titleZhTw),
    titleEn: group.titleEn,
    titleZhTw: group.titleZhTw,
    hierarchy: ancestors(catalog, code, language),
    children: [...catalog.groups.values()].filter((child) => child.parentCode === code).map((child) => groupRef(child, language)),
    unitGroups: unitCodes.length,
    scoredUnitGroups: scored,
    distribution: { wp96, wp140 },
    note: dataLabel(catalog, 'note', 'group_counts', language),
    sources: [
      publicationRef(
        catalog,
        'ilo-genai-scores-2025',
        `ISCO-08 ${code}: labels of ${scored} scored unit groups; dataset ${catalog.dataset.version}`,
      ),
      ...studySources(catalog),
    ],
  };
}

export const OCCUPATION_SORTS = ['relevance', 'code', 'title', 'wp140_mean', 'wp96_mean', 'change'] as const;

export interface OccupationFilters {
  /** A code prefix, or words: everyday job names ranked by the chat's occupation resolver. */
  q?: string;
  major?: string;
  /** A 2025 gradient, or 'exposed' for gradients 1-4 together. */
  exposure?: Wp140Exposure | 'exposed';
  category?: Wp96Category;
  scored?: boolean;
  /** Default: by relevance when q holds words, else by code. */
  sort?: (typeof OCCUPATION_SORTS)[number];
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
  language: Language;
}

/** A resolver match must reach this score to list a unit group: every word of the query in one of its labels. */
const MIN_MATCH_SCORE = 0.5;

/** Unit groups whose names match the words, with the label that matched, best first (as the chat resolves them). */
function nameMatches(resolver: OccupationResolver, words: string) {
  const matches = new Map<string, { score: number; label: string }>();
  for (const candidate of resolver.resolve(words, 1_000)) {
    if (candidate.level === 4 && candidate.score >= MIN_MATCH_SCORE)
      matches.set(candidate.code, { score: candidate.score, label: candidate.matchedLabel });
  }
  return matches;
}

/** `resolver` is needed only to search by words (filters.q that is not a code). */
export function listOccupations(catalog: Catalog, filters: OccupationFilters, resolver?: OccupationResolver) {
  const query = filters.q?.trim() ?? '';
  const codePrefix = /^\d{1,4}$/.test(query) ? query : '';
  const words = codePrefix ? '' : query;
  if (words && !resolver) throw new Error('listOccupations: searching by words needs the occupation resolver');
  const matches = words && resolver ? nameMatches(resolver, words) : null;
  const sort = filters.sort ?? (matches ? 'relevance' : 'code');
  const rows = [...catalog.occupations.values()]
    .map((occupation) => ({ occupation, group: catalog.groups.get(occupation.code)! }))
    .filter(({ occupation }) => {
      if (filters.major && !occupation.code.startsWith(filters.major)) return false;
      if (filters.exposure === 'exposed' && !WP140_EXPOSED.includes(occupation.wp140?.exposure ?? 'not_exposed')) return false;
      if (filters.exposure && filters.exposure !== 'exposed' && occupation.wp140?.exposure !== filters.exposure) return false;
      if (filters.category && occupation.wp96?.category !== filters.category) return false;
      if (filters.scored !== undefined && occupation.scored !== filters.scored) return false;
      if (codePrefix && !occupation.code.startsWith(codePrefix)) return false;
      return !matches || matches.has(occupation.code);
    })
    .map(({ occupation, group }) => ({
      code: occupation.code,
      title: pickTitle(filters.language, group.titleEn, group.titleZhTw),
      titleEn: group.titleEn,
      titleZhTw: group.titleZhTw,
      majorGroup: occupation.code[0]!,
      scored: occupation.scored,
      nTasks: occupation.nTasks,
      ...scoresOf(catalog, occupation, filters.language),
      change: changeOf(occupation),
      /** The job name that matched a word search (null without one). */
      matchedLabel: matches?.get(occupation.code)?.label ?? null,
    }));
  const keys: Record<typeof sort, (row: (typeof rows)[number]) => string | number | null> = {
    relevance: (row) => matches?.get(row.code)?.score ?? null,
    code: (row) => row.code,
    title: (row) => row.title,
    wp140_mean: (row) => row.wp140?.mean ?? null,
    wp96_mean: (row) => row.wp96?.mean ?? null,
    change: (row) => row.change,
  };
  const key = keys[sort];
  // Relevance reads best first whatever the order asked for.
  const direction = sort === 'relevance' ? -1 : filters.order === 'asc' ? 1 : -1;
  rows.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    // Unscored groups have no value to rank by: they always go last.
    if (x === null || y === null) return x === y ? a.code.localeCompare(b.code) : x === null ? 1 : -1;
    return (typeof x === 'number' ? x - (y as number) : String(x).localeCompare(String(y))) * direction || a.code.localeCompare(b.code);
  });
  return {
    items: rows.slice(filters.offset, filters.offset + filters.limit),
    total: rows.length,
    sources: [
      publicationRef(catalog, 'ilo-genai-scores-2025', `Occupation means, SDs and labels; dataset ${catalog.dataset.version}`),
      ...studySources(catalog),
    ],
  };
}
