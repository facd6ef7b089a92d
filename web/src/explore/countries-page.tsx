/**
 * /explore/countries: every country and territory with its income group, region, 2024 employment and
 * this project's estimated share of employment in exposed occupations (always with its method and error).
 */
import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { INCOME_GROUP_CODES } from '../../../server/domain/areas.ts';
import { api, get } from '../api/client.ts';
import type { CountryListItem } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { BarChart } from '../shared/bar-chart.tsx';
import { CsvButton } from '../shared/csv-button.tsx';
import { EstimateNote } from '../shared/estimate-note.tsx';
import { formatInteger, formatPercent, formatThousands } from '../shared/format.ts';
import { areaName } from '../shared/labels.ts';
import { TableScroll } from '../shared/table-scroll.tsx';
import { useApi } from '../shared/use-api.ts';
import { usePageTitle } from './page-title.ts';
import { SortHeader, type SortOrder } from './sort-header.tsx';
import { SourceList } from './source-list.tsx';
import { ErrorState, Loading } from './status.tsx';
import { ValidationTable } from './validation-table.tsx';
import './explore.css';

const SORTS = ['name', 'income', 'region', 'employment', 'estimate'] as const;
type CountrySort = (typeof SORTS)[number];
/** Highest income first, as the World Bank lists the groups. */
const INCOME_ORDER: readonly string[] = [...INCOME_GROUP_CODES].reverse();
const TOP_N = 20;

export default function CountriesPage() {
  const { t, language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const { data, error, loading, retry } = useApi(get(api.countries, { query: { lang: language } }));
  const ids = { income: useId(), region: useId(), caption: useId() };
  usePageTitle(t('navCountries'));

  const income = params.get('income') ?? '';
  const region = params.get('region') ?? '';
  const hideSmall = params.get('small') === 'hide';
  const sortParam = params.get('sort');
  const sort: CountrySort = (SORTS as readonly string[]).includes(sortParam ?? '') ? (sortParam as CountrySort) : 'name';
  const order: SortOrder =
    params.get('order') === 'desc' || params.get('order') === 'asc'
      ? (params.get('order') as SortOrder)
      : sort === 'employment' || sort === 'estimate'
        ? 'desc'
        : 'asc';

  const setParam = (changes: Record<string, string>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  const toggleSmall = (hide: boolean) => setParam({ small: hide ? 'hide' : '' });
  const sortBy = (key: CountrySort) =>
    setParam({
      sort: key,
      order: sort === key ? (order === 'asc' ? 'desc' : 'asc') : key === 'employment' || key === 'estimate' ? 'desc' : 'asc',
    });

  const regions = data ? [...new Set(data.items.map((item) => item.region).filter((value): value is string => !!value))].sort() : [];
  // Region names in the reader's language come with the data; the English name stays the filter's value.
  const regionNames = new Map(data?.items.map((item) => [item.region, item.regionName]) ?? []);
  const regionLabel = (value: string | null) => (value === null ? t('dataRegionNone') : (regionNames.get(value) ?? value));
  const rows = data
    ? sortRows(
        data.items.filter(
          (item) =>
            (!income || (income === 'none' ? item.incomeGroup === null : item.incomeGroup === income)) &&
            (!region || item.region === region) &&
            !(hideSmall && item.smallArea),
        ),
        sort,
        order,
        language,
        regionLabel,
      )
    : [];
  // The chart depends on the filters only, not on the table's sort.
  const top = useMemo(
    () =>
      (data?.items ?? [])
        .filter(
          (item) =>
            (!income || (income === 'none' ? item.incomeGroup === null : item.incomeGroup === income)) &&
            (!region || item.region === region) &&
            !(hideSmall && item.smallArea),
        )
        .filter((item) => item.estimatedExposedPercent !== null)
        .sort((a, b) => b.estimatedExposedPercent! - a.estimatedExposedPercent!)
        .slice(0, TOP_N)
        // One decimal, as the table shows every estimate.
        .map((item) => ({ label: item.name, value: Math.round(item.estimatedExposedPercent! * 10) / 10 })),
    [data, income, region, hideSmall],
  );

  const buildCsv = () => ({
    filename: `genai-exposure-countries${income ? `-${income}` : ''}.csv`,
    columns: [
      { key: 'iso3', label: t('exploreCsvIso3') },
      { key: 'name', label: t('exploreColCountry') },
      { key: 'nameEn', label: t('exploreCsvNameEn') },
      { key: 'incomeGroup', label: t('exploreIncomeGroupLabel') },
      { key: 'region', label: t('exploreRegionLabel') },
      { key: 'employmentThousands', label: t('exploreColEmployment') },
      { key: 'estimatedExposedPercent', label: t('exploreCsvEstimate') },
    ],
    rows: rows.map((row) => ({
      iso3: row.iso3,
      name: row.name,
      nameEn: row.nameEn,
      incomeGroup: areaName(row.incomeGroup, t),
      region: regionLabel(row.region),
      employmentThousands: row.employmentThousands,
      estimatedExposedPercent: row.estimatedExposedPercent,
    })),
  });

  return (
    <div className="explore-page">
      <header className="page-header">
        <h1>{t('exploreCountriesTitle')}</h1>
        <p className="lede">{t('exploreCountriesIntro')}</p>
      </header>

      {error && <ErrorState error={error} onRetry={retry} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <EstimateNote estimate={data.estimateMethod} validationLink={<a href="#validation">{t('exploreSeeValidation')}</a>} />

          <form className="filters" aria-label={t('exploreFiltersLabel')} onSubmit={(event) => event.preventDefault()}>
            <div className="field">
              <label htmlFor={ids.income}>{t('exploreIncomeGroupLabel')}</label>
              <select id={ids.income} value={income} onChange={(event) => setParam({ income: event.target.value })}>
                <option value="">{t('exploreAllIncomeGroups')}</option>
                {INCOME_ORDER.map((code) => (
                  <option key={code} value={code}>
                    {areaName(code, t)}
                  </option>
                ))}
                <option value="none">{t('dataIncomeNone')}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.region}>{t('exploreRegionLabel')}</label>
              <select id={ids.region} value={region} onChange={(event) => setParam({ region: event.target.value })}>
                <option value="">{t('exploreAllRegions')}</option>
                {regions.map((value) => (
                  <option key={value} value={value}>
                    {regionLabel(value)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field-check">
              <label>
                <input type="checkbox" checked={hideSmall} onChange={(event) => toggleSmall(event.target.checked)} />
                {` ${t('exploreHideSmall', { thousands: formatInteger(data.smallAreaThousands, language) })}`}
              </label>
            </div>
            {(income || region || hideSmall) && (
              <div className="field field-action">
                <button type="button" className="button secondary" onClick={() => setParam({ income: '', region: '', small: '' })}>
                  {t('exploreClearFilters')}
                </button>
              </div>
            )}
          </form>

          {top.length > 0 && (
            <BarChart title={t('exploreTopChartTitle', { n: top.length })} axis={t('axisShareOfEmployment')} data={top} unit="%" />
          )}

          <div className="table-toolbar">
            <p className="result-count" role="status" aria-live="polite">
              {rows.length === 0 ? t('exploreNoCountries') : t('exploreCountriesCount', { count: formatInteger(rows.length, language) })}
            </p>
            {rows.length > 0 && <CsvButton build={buildCsv} />}
          </div>

          {rows.length > 0 && (
            <TableScroll className="tall" labelledBy={ids.caption}>
              <table className="data-table countries-table">
                <caption id={ids.caption}>{t('exploreCountriesCaption')}</caption>
                <thead>
                  <tr>
                    <SortHeader label={t('exploreColCountry')} active={sort === 'name'} order={order} onSort={() => sortBy('name')} />
                    <SortHeader
                      label={t('exploreIncomeGroupLabel')}
                      active={sort === 'income'}
                      order={order}
                      onSort={() => sortBy('income')}
                    />
                    <SortHeader label={t('exploreRegionLabel')} active={sort === 'region'} order={order} onSort={() => sortBy('region')} />
                    <SortHeader
                      label={t('exploreColEmployment')}
                      active={sort === 'employment'}
                      order={order}
                      onSort={() => sortBy('employment')}
                      numeric
                    />
                    <SortHeader
                      label={
                        <>
                          {t('exploreColEstimate')} <span className="badge estimate-badge small-badge">{t('exploreEstimateShort')}</span>
                        </>
                      }
                      active={sort === 'estimate'}
                      order={order}
                      onSort={() => sortBy('estimate')}
                      numeric
                    />
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <CountryRow key={row.iso3} row={row} regionLabel={regionLabel} smallAreaThousands={data.smallAreaThousands} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}

          <SourceList sources={data.sources} />
        </>
      )}
      <ValidationTable />
    </div>
  );
}

function CountryRow({
  row,
  regionLabel,
  smallAreaThousands,
}: {
  row: CountryListItem;
  regionLabel: (region: string | null) => string;
  smallAreaThousands: number;
}) {
  const { t, language } = useLanguage();
  return (
    <tr>
      <th scope="row">
        <Link to={`/explore/countries/${row.iso3}`}>{row.name}</Link>
        {row.smallArea && (
          <span className="badge small-area" title={t('dataSmallAreaHelp', { thousands: smallAreaThousands })}>
            {t('dataSmallAreaMark')}
          </span>
        )}
      </th>
      <td>{areaName(row.incomeGroup, t)}</td>
      <td>{regionLabel(row.region)}</td>
      <td className="numeric">
        {row.employmentThousands === null ? (
          <span className="muted">{t('exploreNoData2024')}</span>
        ) : (
          formatThousands(row.employmentThousands, language)
        )}
      </td>
      <td className="numeric">
        {row.estimatedExposedPercent === null ? <span className="muted">—</span> : formatPercent(row.estimatedExposedPercent, language)}
      </td>
    </tr>
  );
}

/** Sorts a copy; rows without the value go last in either direction. */
function sortRows(
  items: CountryListItem[],
  sort: CountrySort,
  order: SortOrder,
  language: string,
  regionLabel: (region: string) => string,
): CountryListItem[] {
  const collator = new Intl.Collator(language);
  const value = (item: CountryListItem): string | number | null => {
    switch (sort) {
      case 'name':
        return item.name;
      case 'income':
        return item.incomeGroup === null ? null : INCOME_ORDER.indexOf(item.incomeGroup);
      case 'region':
        return item.region === null ? null : regionLabel(item.region);
      case 'employment':
        return item.employmentThousands;
      case 'estimate':
        return item.estimatedExposedPercent;
    }
  };
  const direction = order === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === null || right === null) return left === right ? collator.compare(a.name, b.name) : left === null ? 1 : -1;
    const compared = typeof left === 'number' && typeof right === 'number' ? left - right : collator.compare(String(left), String(right));
    return compared * direction || collator.compare(a.name, b.name);
  });
}
