/**
 * The occupations table's state lives in the URL query string so that a link reopens the same view:
 * q, major, exposure, category, sort, order, page, size. Defaults are left out of the URL.
 */
import { WP96_CATEGORIES, WP140_EXPOSURES, type Wp96Category, type Wp140Exposure } from '../../../server/domain/exposure.ts';
import type { Language } from '../i18n/strings.ts';

const SORT_KEYS = ['relevance', 'code', 'title', 'wp140_mean', 'wp96_mean', 'change'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;

export interface OccupationsView {
  q: string;
  major: string;
  exposure: Wp140Exposure | '';
  category: Wp96Category | '';
  sort: SortKey;
  order: 'asc' | 'desc';
  page: number;
  size: number;
}

const DEFAULT_VIEW: OccupationsView = {
  q: '',
  major: '',
  exposure: '',
  category: '',
  sort: 'code',
  order: 'asc',
  page: 1,
  size: 25,
};

/** Numbers read best largest first; codes and titles alphabetically. */
export const defaultOrder = (sort: SortKey): 'asc' | 'desc' => (sort === 'code' || sort === 'title' ? 'asc' : 'desc');

/** A search by words lists the best matches first; otherwise the table is in code order. */
export const defaultSort = (q: string): SortKey => (q && !/^\d+$/.test(q) ? 'relevance' : 'code');

/** Reads the view from the URL, ignoring anything malformed (a hand-edited link never breaks the page). */
export function readView(params: URLSearchParams): OccupationsView {
  const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T | ''): T | '' =>
    value && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
  const q = (params.get('q') ?? '').trim().slice(0, 200);
  const sort = pick(params.get('sort'), SORT_KEYS, '') || defaultSort(q);
  const order =
    params.get('order') === 'asc' || params.get('order') === 'desc' ? (params.get('order') as 'asc' | 'desc') : defaultOrder(sort);
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const size = Number.parseInt(params.get('size') ?? '', 10);
  const major = params.get('major') ?? '';
  return {
    q,
    major: /^\d$/.test(major) ? major : '',
    exposure: pick(params.get('exposure'), WP140_EXPOSURES, ''),
    category: pick(params.get('category'), WP96_CATEGORIES, ''),
    sort,
    order,
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_VIEW.size,
  };
}

export function writeView(view: OccupationsView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  if (view.major) params.set('major', view.major);
  if (view.exposure) params.set('exposure', view.exposure);
  if (view.category) params.set('category', view.category);
  if (view.sort !== defaultSort(view.q) || view.order !== defaultOrder(view.sort)) {
    params.set('sort', view.sort);
    params.set('order', view.order);
  }
  if (view.page !== 1) params.set('page', String(view.page));
  if (view.size !== DEFAULT_VIEW.size) params.set('size', String(view.size));
  return params;
}

/** The API query for the view: its filters and sort, the given window, titles in the language. */
export function apiQuery(view: OccupationsView, language: Language, window: { limit: number; offset: number }) {
  return {
    q: view.q || undefined,
    major: view.major || undefined,
    exposure: view.exposure || undefined,
    category: view.category || undefined,
    sort: view.sort,
    order: view.order,
    limit: String(window.limit),
    offset: String(window.offset),
    lang: language,
  };
}

export const hasFilters = (view: OccupationsView) => !!(view.q || view.major || view.exposure || view.category);
