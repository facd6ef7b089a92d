/** Tool results about areas: published group figures, a country, countries ranked; estimates always labelled. */
import { useId } from 'react';
import { Link } from 'react-router';
import type { AreaEstimate, PublishedFigure, ToolData } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { EstimateBadge } from '../shared/badges.tsx';
import { BarChart } from '../shared/bar-chart.tsx';
import { CountrySummary } from '../shared/country-summary.tsx';
import { EmploymentTable } from '../shared/employment-table.tsx';
import { EstimateNote } from '../shared/estimate-note.tsx';
import { EstimateTable } from '../shared/estimate-table.tsx';
import { FigureTable } from '../shared/figure-table.tsx';
import { formatPercent, formatPoints, formatThousands } from '../shared/format.ts';
import { areaName, sexName } from '../shared/labels.ts';
import { TableScroll } from '../shared/table-scroll.tsx';
import { ResultCsvButton } from './csv-button.tsx';
import { GroupCard } from './occupation-results.tsx';

type CountryData = Extract<ToolData<'countryExposure'>, { kind: 'country' }>;
type Translate = ReturnType<typeof useLanguage>['t'];

const figureCsvColumns = (t: Translate) => [
  { key: 'id', label: 'id' },
  { key: 'population', label: t('chatArea') },
  { key: 'label', label: t('dataColPublishedFigure') },
  { key: 'value', label: t('dataColValue') },
  { key: 'valueHigh', label: `${t('dataColValue')} (high)` },
  { key: 'unit', label: 'unit' },
  { key: 'sex', label: t('dataColSex') },
  { key: 'study', label: t('dataColStudy') },
  { key: 'sourceClass', label: t('dataColSourceClass') },
  { key: 'locator', label: t('chatPanelLocator') },
];

function FiguresWithCsv({ figures, caption, name }: { figures: PublishedFigure[]; caption: string; name: string }) {
  const { t } = useLanguage();
  return (
    <>
      <FigureTable figures={figures} caption={caption} />
      <div className="result-actions">
        <ResultCsvButton name={name} columns={figureCsvColumns(t)} rows={figures.map((figure) => ({ ...figure }))} />
      </div>
    </>
  );
}

/** An area's estimate: the table, the method and its error, and the caveat; with its CSV. */
/** `folded`: the method stays in view and the table by measure and sex opens on demand (a summary shows the headline). */
export function EstimateView({ estimate, area, folded = false }: { estimate: AreaEstimate; area: string; folded?: boolean }) {
  const { t } = useLanguage();
  const headingId = useId();
  const table = <EstimateTable estimate={estimate} />;
  return (
    <section className="estimate" data-testid="estimate-block" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('chatEstimateFor', { area })} <EstimateBadge />
      </h4>
      <EstimateNote estimate={estimate} />
      {folded ? (
        <details className="result-details">
          <summary>{t('chatDetailsEstimate')}</summary>
          {table}
        </details>
      ) : (
        table
      )}
      <p className="note small">{t('chatEstimateNote')}</p>
      <div className="result-actions">
        <ResultCsvButton
          name={`${area} estimate`}
          columns={[
            { key: 'area', label: t('chatArea') },
            { key: 'measure', label: 'measure' },
            { key: 'label', label: t('dataColMeasure') },
            { key: 'total', label: `${t('dataSexTotal')} (%)` },
            { key: 'women', label: `${t('dataSexWomen')} (%)` },
            { key: 'men', label: `${t('dataSexMen')} (%)` },
            { key: 'totalThousands', label: `${t('dataSexTotal')}: ${t('chatExposedThousands')}` },
            { key: 'kind', label: t('dataColSourceClass') },
            { key: 'method', label: t('chatMethod') },
            { key: 'error', label: t('chatValidation') },
          ]}
          rows={estimate.measures.map((measure) => ({
            area,
            measure: measure.measure,
            label: measure.label,
            total: measure.total?.sharePercent,
            women: measure.women?.sharePercent,
            men: measure.men?.sharePercent,
            totalThousands: measure.total?.exposedThousands,
            kind: estimate.label,
            method: estimate.method,
            error: `${estimate.validation.meanAbsoluteErrorPp} pp`,
          }))}
        />
      </div>
    </section>
  );
}

export function GroupFigures({ data }: { data: ToolData<'groupExposure'> }) {
  const { t } = useLanguage();
  const headingId = useId();
  const { figures } = data;
  const area = data.populationName;
  const charted = figures.filter((figure) => figure.unit === 'percent');
  return (
    <article className="result-card" data-testid="group-figures" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{t('chatPublishedFigures', { area })}</h3>
      </header>
      {figures.length > 0 ? (
        <FiguresWithCsv figures={figures} caption={t('chatPublishedFigures', { area })} name={`${data.population} published figures`} />
      ) : (
        <p className="note">{t('chatNoPublished')}</p>
      )}
      {charted.length > 1 && (
        <BarChart
          title={`${t('chatChartFigures')}: ${area}`}
          axis={t('axisPublishedPercent')}
          data={charted.map((figure) => ({
            label: `${figure.label} (${sexName(figure.sex, t)}, ${figure.study.toUpperCase()})`,
            value: figure.value,
          }))}
          unit="%"
        />
      )}
      {data.estimate && <EstimateView estimate={data.estimate} area={area} />}
      {data.majorGroup && <GroupCard data={data.majorGroup} />}
    </article>
  );
}

export function CountryCard({ data }: { data: CountryData }) {
  const { t } = useLanguage();
  const headingId = useId();
  const total = data.employment?.find((entry) => entry.sex === 'total');
  return (
    <article className="result-card" data-testid="country-card" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{data.name}</h3>
        <p className="result-meta">{[data.incomeGroup?.name, data.regionName, data.iso3].filter(Boolean).join(' · ')}</p>
      </header>
      <CountrySummary country={data} headingLevel={4} />
      {/* Said once: the summary above; the rest opens on demand. */}
      {data.estimate && <EstimateView estimate={data.estimate} area={data.name} folded />}
      {data.employment && total && (
        <details className="result-details result-section">
          <summary>{t('chatEmploymentStructure')}</summary>
          <EmploymentTable employment={data.employment} />
          <BarChart
            title={t('chatEmploymentShareChart')}
            axis={t('axisShareOfEmployment')}
            data={total.groups.map((group) => ({ label: group.title, value: group.sharePercent }))}
            unit="%"
          />
          <div className="result-actions">
            <ResultCsvButton
              name={`${data.iso3} employment by major group 2024`}
              columns={[
                { key: 'iso3', label: 'ISO3' },
                { key: 'sex', label: t('dataColSex') },
                { key: 'majorGroup', label: 'ISCO-08' },
                { key: 'title', label: t('dataColGroup') },
                { key: 'thousands', label: t('chatThousands') },
                { key: 'sharePercent', label: `${t('chatShare')} (%)` },
              ]}
              rows={data.employment.flatMap((entry) => entry.groups.map((group) => ({ iso3: data.iso3, sex: entry.sex, ...group })))}
            />
          </div>
        </details>
      )}
      {data.incomeGroup && data.incomeGroupFigures.length > 0 && (
        <details className="result-details result-section">
          <summary>{t('chatIncomeGroupFigures', { group: data.incomeGroup.name })}</summary>
          <FiguresWithCsv
            figures={data.incomeGroupFigures}
            caption={t('chatIncomeGroupFigures', { group: data.incomeGroup.name })}
            name={`${data.incomeGroup.code} published figures`}
          />
        </details>
      )}
      {data.notes.length > 0 && (
        <ul className="notes small">
          {data.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <footer className="result-actions">
        <Link to={`/explore/countries/${data.iso3}`}>{t('chatOpenInExplorer')}</Link>
      </footer>
    </article>
  );
}

export function RankedCountries({ data }: { data: ToolData<'rankCountries'> }) {
  const { t, language } = useLanguage();
  const headingId = useId();
  const captionId = useId();
  const { items } = data;
  const measure = data.measureLabel;
  const filters = [data.incomeGroup && areaName(data.incomeGroup, t), data.region, data.sex !== 'total' ? sexName(data.sex, t) : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <article className="result-card" data-testid="ranked-countries" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>
          {t('chatRankedCountries', { measure })} <EstimateBadge />
        </h3>
        <p className="result-meta">
          {filters ? `${filters} · ` : ''}
          {t('chatRankedCountriesCount', { shown: items.length, total: data.countriesRanked })}
        </p>
      </header>
      <EstimateNote estimate={data} />
      <TableScroll labelledBy={captionId}>
        <table>
          <caption id={captionId} className="visually-hidden">
            {t('chatRankedCountries', { measure })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('chatRank')}
              </th>
              <th scope="col">{t('chatCountry')}</th>
              <th scope="col">{t('chatIncomeGroup')}</th>
              <th scope="col" className="numeric">
                {t('chatSharePercent')}
              </th>
              <th scope="col" className="numeric">
                {t('chatExposedThousands')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.iso3}>
                <td className="numeric">{item.rank}</td>
                <th scope="row">
                  <Link to={`/explore/countries/${item.iso3}`}>{item.name}</Link>
                  {item.smallArea && (
                    <span className="badge small-area" title={t('dataSmallAreaHelp', { thousands: data.smallAreaThousands })}>
                      {t('dataSmallAreaMark')}
                    </span>
                  )}
                </th>
                <td>{areaName(item.incomeGroup, t)}</td>
                <td className="numeric">
                  {formatPercent(item.sharePercent, language)}
                  {item.withinErrorOfNeighbour && <span aria-hidden="true"> ≈</span>}
                </td>
                <td className="numeric">{formatThousands(item.exposedThousands, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {items.some((item) => item.withinErrorOfNeighbour) && (
        <p className="note small">≈ {t('dataWithinError', { error: formatPoints(data.validation.meanAbsoluteErrorPp, language) })}</p>
      )}
      {items.some((item) => item.smallArea) && (
        <p className="note small">
          <span className="badge small-area">{t('dataSmallAreaMark')}</span>{' '}
          {t('dataSmallAreaHelp', { thousands: data.smallAreaThousands })}
        </p>
      )}
      {items.length > 0 && (
        <BarChart
          title={`${t('chatChartRanked')}: ${measure} (${t('estimateBadge')})`}
          axis={t('axisShareOfEmployment')}
          data={items.map((item) => ({ label: item.name, value: Math.round(item.sharePercent * 10) / 10 }))}
          unit="%"
        />
      )}
      <footer className="result-actions">
        <ResultCsvButton
          name={`countries ranked ${data.measure}`}
          columns={[
            { key: 'rank', label: t('chatRank') },
            { key: 'iso3', label: 'ISO3' },
            { key: 'name', label: t('chatCountry') },
            { key: 'incomeGroup', label: t('chatIncomeGroup') },
            { key: 'sharePercent', label: t('chatSharePercent') },
            { key: 'exposedThousands', label: t('chatExposedThousands') },
            { key: 'kind', label: t('dataColSourceClass') },
          ]}
          rows={items.map((item) => ({ ...item, kind: data.label }))}
        />
      </footer>
    </article>
  );
}
