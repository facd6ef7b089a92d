/**
 * /explore/occupations: the 436 ISCO-08 unit groups, searchable (by code, or by everyday job names as
 * the chat resolves them), filterable, sortable and paginated by the server; the whole view lives in the
 * URL so a link reopens it; CSV of the whole filtered result.
 */
import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ISCO_MAJOR_GROUPS } from '../../../server/domain/areas.ts';
import { WP96_CATEGORIES, WP140_EXPOSURES } from '../../../server/domain/exposure.ts';
import { api, get } from '../api/client.ts';
import type { OccupationListItem } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { ExposureBadge } from '../shared/badges.tsx';
import { CsvButton } from '../shared/csv-button.tsx';
import { formatChange, formatInteger, formatScore } from '../shared/format.ts';
import { exposureName } from '../shared/labels.ts';
import { TableScroll } from '../shared/table-scroll.tsx';
import { useApi } from '../shared/use-api.ts';
import {
  apiQuery,
  defaultOrder,
  defaultSort,
  hasFilters,
  type OccupationsView,
  PAGE_SIZES,
  readView,
  type SortKey,
  writeView,
} from './occupations-query.ts';
import { usePageTitle } from './page-title.ts';
import { SortHeader } from './sort-header.tsx';
import { ErrorState, Loading } from './status.tsx';
import { exposureText, useGlossary, useMajorGroupTitles } from './use-reference.ts';
import './explore.css';

const SEARCH_DELAY_MS = 300;

export default function OccupationsPage() {
  const { t, language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const view = readView(params);
  const glossary = useGlossary();
  const majorTitles = useMajorGroupTitles(language);
  const { data, error, loading, retry } = useApi(
    get(api.occupations, { query: apiQuery(view, language, { limit: view.size, offset: (view.page - 1) * view.size }) }),
  );
  usePageTitle(t('navOccupations'));
  const ids = { search: useId(), major: useId(), exposure: useId(), category: useId(), size: useId(), caption: useId() };

  /**
   * Changes the view in the URL; any change other than paging goes back to the first page. A new search
   * keeps the reader's own sort, or else takes the default for it (best matches first for words).
   */
  const update = (changes: Partial<OccupationsView>, options: { replace?: boolean } = {}) =>
    setParams((previous) => {
      const current = readView(previous);
      const next = { ...current, page: 1, ...changes };
      if (changes.q !== undefined && current.sort === defaultSort(current.q)) {
        next.sort = defaultSort(next.q);
        next.order = defaultOrder(next.sort);
      }
      return writeView(next);
    }, options);

  // The search box writes to the URL after a pause in typing; the URL (back button, links) wins over it.
  const [searchText, setSearchText] = useState(view.q);
  useEffect(() => {
    setSearchText((text) => (text.trim() === view.q ? text : view.q));
  }, [view.q]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only typing starts the timer; `view.q` is read fresh when it fires.
  useEffect(() => {
    if (searchText.trim() === view.q) return;
    const timer = setTimeout(() => update({ q: searchText.trim() }, { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  const sortBy = (sort: SortKey) =>
    update({ sort, order: view.sort === sort ? (view.order === 'asc' ? 'desc' : 'asc') : defaultOrder(sort) });

  const total = data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / view.size));
  const from = total === 0 ? 0 : (view.page - 1) * view.size + 1;
  const to = Math.min(total, view.page * view.size);
  const label = (key: string) => exposureText(glossary, key, language)?.label ?? exposureName(key, t);
  const majorTitle = (code: string) => majorTitles?.[code] ?? t('exploreMajorGroupFallback', { code });

  const buildCsv = async () => {
    const all = await get(api.occupations, { query: apiQuery(view, language, { limit: 500, offset: 0 }) }).load();
    return {
      filename: `genai-exposure-occupations${view.major ? `-major-${view.major}` : ''}.csv`,
      columns: [
        { key: 'code', label: t('exploreCsvCode') },
        { key: 'title', label: t('exploreCsvTitle') },
        { key: 'titleEn', label: t('exploreCsvTitleEn') },
        { key: 'majorGroup', label: t('exploreCsvMajorGroup') },
        { key: 'scored', label: t('exploreCsvScored') },
        { key: 'wp140Mean', label: t('exploreCsvWp140Mean') },
        { key: 'wp140Sd', label: t('exploreCsvWp140Sd') },
        { key: 'wp140Label', label: t('exploreCsvWp140Label') },
        { key: 'wp96Mean', label: t('exploreCsvWp96Mean') },
        { key: 'wp96Sd', label: t('exploreCsvWp96Sd') },
        { key: 'wp96Label', label: t('exploreCsvWp96Label') },
        { key: 'change', label: t('exploreCsvChange') },
        { key: 'nTasks', label: t('exploreCsvTasks') },
      ],
      rows: all.items.map((item) => ({
        code: item.code,
        title: item.title,
        titleEn: item.titleEn,
        majorGroup: item.majorGroup,
        scored: item.scored ? t('exploreYes') : t('exploreNo'),
        wp140Mean: item.wp140?.mean,
        wp140Sd: item.wp140?.sd,
        wp140Label: item.wp140?.label,
        wp96Mean: item.wp96?.mean,
        wp96Sd: item.wp96?.sd,
        wp96Label: item.wp96?.label,
        change: item.change,
        nTasks: item.nTasks,
      })),
    };
  };

  return (
    <div className="explore-page">
      <header className="page-header">
        <h1>{t('exploreOccupationsTitle')}</h1>
        <p className="lede">{t('exploreOccupationsIntro')}</p>
      </header>

      <search aria-label={t('exploreFiltersLabel')}>
        <form
          className="filters"
          onSubmit={(event) => {
            event.preventDefault();
            update({ q: searchText.trim() });
          }}
        >
          <div className="field field-wide">
            <label htmlFor={ids.search}>{t('exploreSearchLabel')}</label>
            <input
              id={ids.search}
              type="search"
              value={searchText}
              placeholder={t('exploreSearchPlaceholder')}
              onChange={(event) => setSearchText(event.target.value)}
              maxLength={200}
              autoComplete="off"
            />
          </div>
          <div className="field">
            <label htmlFor={ids.major}>{t('exploreMajorGroupLabel')}</label>
            <select id={ids.major} value={view.major} onChange={(event) => update({ major: event.target.value })}>
              <option value="">{t('exploreAllMajorGroups')}</option>
              {ISCO_MAJOR_GROUPS.map((code) => (
                <option key={code} value={code}>
                  {code} {majorTitle(code)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.exposure}>{t('exploreGradientLabel')}</label>
            <select
              id={ids.exposure}
              value={view.exposure}
              onChange={(event) => update({ exposure: event.target.value as OccupationsView['exposure'] })}
            >
              <option value="">{t('exploreAllGradients')}</option>
              {WP140_EXPOSURES.map((key) => (
                <option key={key} value={key}>
                  {label(key)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.category}>{t('exploreCategoryLabel')}</label>
            <select
              id={ids.category}
              value={view.category}
              onChange={(event) => update({ category: event.target.value as OccupationsView['category'] })}
            >
              <option value="">{t('exploreAllCategories')}</option>
              {WP96_CATEGORIES.map((key) => (
                <option key={key} value={key}>
                  {label(key)}
                </option>
              ))}
            </select>
          </div>
          {hasFilters(view) && (
            <div className="field field-action">
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  setSearchText('');
                  update({ q: '', major: '', exposure: '', category: '' });
                }}
              >
                {t('exploreClearFilters')}
              </button>
            </div>
          )}
        </form>
      </search>

      <div className="table-toolbar">
        <p className="result-count" role="status" aria-live="polite">
          {data
            ? total === 0
              ? t('exploreNoOccupations')
              : data.items.length === 0
                ? ''
                : t('exploreRangeOfTotal', {
                    from: formatInteger(from, language),
                    to: formatInteger(to, language),
                    total: formatInteger(total, language),
                  })
            : ''}
        </p>
        {data && total > 0 && <CsvButton build={buildCsv} label={t('exploreDownloadCsvAll', { total: formatInteger(total, language) })} />}
      </div>

      {error && <ErrorState error={error} onRetry={retry} />}
      {loading && !data && <Loading />}
      {data && total > 0 && data.items.length === 0 && (
        <p className="status">
          {t('explorePastEnd')}{' '}
          <button type="button" className="link-button" onClick={() => update({ page: 1 })}>
            {t('exploreFirstPage')}
          </button>
        </p>
      )}
      {data && data.items.length > 0 && (
        <TableScroll labelledBy={ids.caption}>
          <table className="data-table occupations-table" aria-busy={loading}>
            <caption id={ids.caption}>{t('exploreOccupationsCaption')}</caption>
            <thead>
              <tr>
                <SortHeader label={t('exploreColCode')} active={view.sort === 'code'} order={view.order} onSort={() => sortBy('code')} />
                <SortHeader label={t('exploreColTitle')} active={view.sort === 'title'} order={view.order} onSort={() => sortBy('title')} />
                <SortHeader
                  label={t('exploreColWp140')}
                  active={view.sort === 'wp140_mean'}
                  order={view.order}
                  onSort={() => sortBy('wp140_mean')}
                />
                <SortHeader
                  label={t('exploreColWp96')}
                  active={view.sort === 'wp96_mean'}
                  order={view.order}
                  onSort={() => sortBy('wp96_mean')}
                />
                <SortHeader
                  label={t('exploreColChange')}
                  active={view.sort === 'change'}
                  order={view.order}
                  onSort={() => sortBy('change')}
                  numeric
                />
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <OccupationRow key={item.code} item={item} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      {data && data.items.length > 0 && (
        <nav className="pagination" aria-label={t('explorePaginationLabel')}>
          <button type="button" className="button secondary" disabled={view.page <= 1} onClick={() => update({ page: view.page - 1 })}>
            <span aria-hidden="true">← </span>
            {t('explorePreviousPage')}
          </button>
          <span className="page-of">
            {t('explorePageOf', { page: formatInteger(view.page, language), pages: formatInteger(pageCount, language) })}
          </span>
          <button
            type="button"
            className="button secondary"
            disabled={view.page >= pageCount}
            onClick={() => update({ page: view.page + 1 })}
          >
            {t('exploreNextPage')}
            <span aria-hidden="true"> →</span>
          </button>
          <span className="field field-inline">
            <label htmlFor={ids.size}>{t('explorePageSizeLabel')}</label>
            <select id={ids.size} value={view.size} onChange={(event) => update({ size: Number(event.target.value) })}>
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </span>
        </nav>
      )}
      <p className="muted small">{t('exploreScoresNote')}</p>
    </div>
  );
}

function OccupationRow({ item }: { item: OccupationListItem }) {
  const { t, language } = useLanguage();
  const href = `/explore/occupations/${item.code}`;
  return (
    <tr className={item.scored ? undefined : 'unscored'}>
      <td className="code">{item.code}</td>
      <th scope="row">
        <Link to={href}>{item.title}</Link>
        {item.matchedLabel && item.matchedLabel.toLowerCase() !== item.title.toLowerCase() && (
          <span className="muted small"> ({t('exploreMatchedName', { name: item.matchedLabel })})</span>
        )}
      </th>
      {item.scored && item.wp140 && item.wp96 ? (
        <>
          <td className="score-cell">
            <span className="score">{formatScore(item.wp140.mean, language)}</span>{' '}
            <ExposureBadge exposure={item.wp140.exposure} label={item.wp140.label} />
          </td>
          <td className="score-cell">
            <span className="score">{formatScore(item.wp96.mean, language)}</span>{' '}
            <ExposureBadge exposure={item.wp96.category} label={item.wp96.label} />
          </td>
          <td className="numeric">{formatChange(item.change, language)}</td>
        </>
      ) : (
        <td colSpan={3} className="no-scores">
          {t('exploreNoIloScores')}
        </td>
      )}
    </tr>
  );
}
