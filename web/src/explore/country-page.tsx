/**
 * /explore/countries/:iso3: a country's 2024 employment by occupation group and sex, this project's
 * estimate of its exposed employment (labelled, with method and error), its income group's published ILO
 * figures, notes and sources.
 */
import { Link, useNavigate, useParams } from 'react-router';
import { useLanguage } from '../i18n/language.tsx';
import { BarChart } from '../shared/bar-chart.tsx';
import { useApi } from '../shared/use-api.ts';
import { EstimateNote } from './estimate-note.tsx';
import { formatPercent, formatThousands } from './format.ts';
import { countryNoteText, incomeGroupName, measureName, regionName, sexName, sourceClassText } from './labels.ts';
import { statusOf } from './not-found.ts';
import { usePageTitle } from './page-title.ts';
import { SourceList } from './source-list.tsx';
import { ErrorState, Loading } from './status.tsx';
import type { AreaEstimate, CountryDetail, EmploymentBySex, EstimateValue, PublishedFigure } from './types.ts';
import './explore.css';

export default function CountryPage() {
  const { iso3 = '' } = useParams();
  const { t, language } = useLanguage();
  const code = iso3.toUpperCase();
  const valid = /^[A-Z]{3}$/.test(code);
  const { data, error, retry } = useApi<CountryDetail>(valid ? `/api/countries/${code}?lang=${language}` : null);
  usePageTitle(data?.name ?? code);

  if (!valid || (error && (statusOf(error) === 404 || statusOf(error) === 400))) {
    return (
      <div className="explore-page not-found">
        <h1>{t('exploreCountryNotFound', { code })}</h1>
        <p>{t('exploreCountryNotFoundHelp')}</p>
        <p>
          <Link to="/explore/countries">{t('exploreBackToCountries')}</Link>
        </p>
      </div>
    );
  }
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (!data) return <Loading />;

  return (
    <article className="explore-page country-page">
      <nav className="breadcrumb" aria-label={t('exploreBreadcrumbLabel')}>
        <ol>
          <li>
            <Link to="/explore/countries">{t('navCountries')}</Link>
          </li>
          <li aria-current="page">{data.name}</li>
        </ol>
      </nav>
      <header className="page-header">
        <h1>{data.name}</h1>
        <p className="subtitle">
          <span className="code-chip">{data.iso3}</span> {data.incomeGroup ? data.incomeGroup.name : incomeGroupName(null, t)} ·{' '}
          {regionName(data.region, t)}
          {language === 'zh-TW' && data.nameEn !== data.name && <span className="muted"> · {data.nameEn}</span>}
        </p>
        <AskCountryButton name={data.name} />
      </header>

      <EmploymentSection employment={data.employment} />
      <EstimateSection estimate={data.estimate} />
      <IncomeGroupFigures country={data} />

      {data.notes.length > 0 && (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('exploreNotesHeading')}</h2>
          <ul>
            {data.notes.map((note) => (
              <li key={note}>{countryNoteText(note, t)}</li>
            ))}
          </ul>
        </section>
      )}
      <SourceList sources={data.sources} />
    </article>
  );
}

function AskCountryButton({ name }: { name: string }) {
  const { t } = useLanguage();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="button ask-button"
      onClick={() => navigate(`/?q=${encodeURIComponent(t('exploreAskCountryQuestion', { name }))}`)}
    >
      {t('exploreAskCountryButton')}
    </button>
  );
}

function EmploymentSection({ employment }: { employment: EmploymentBySex[] | null }) {
  const { t, language } = useLanguage();
  if (!employment) {
    return (
      <section className="panel" aria-labelledby="employment-heading">
        <h2 id="employment-heading">{t('exploreEmploymentHeading')}</h2>
        <p>{t('exploreNoEmployment')}</p>
      </section>
    );
  }
  const bySex = (sex: string) => employment.find((entry) => entry.sex === sex);
  const total = bySex('total');
  const women = bySex('women');
  const men = bySex('men');
  const groups = (total ?? employment[0])?.groups ?? [];
  const shareOf = (entry: EmploymentBySex | undefined, majorGroup: string) =>
    entry?.groups.find((group) => group.majorGroup === majorGroup)?.sharePercent ?? null;
  const chartMax = Math.max(...[women, men].flatMap((entry) => entry?.groups.map((group) => group.sharePercent) ?? [0]));
  const axisMax = Math.min(100, Math.ceil(chartMax / 10) * 10 || 10);

  return (
    <section aria-labelledby="employment-heading">
      <h2 id="employment-heading">{t('exploreEmploymentHeading')}</h2>
      {total && (
        <p>
          {t('exploreEmploymentTotal', {
            total: formatThousands(total.totalThousands, language),
            women: women ? formatThousands(women.totalThousands, language) : '—',
            men: men ? formatThousands(men.totalThousands, language) : '—',
          })}
        </p>
      )}
      <div className="table-scroll" role="region" aria-labelledby="employment-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="employment-caption">{t('exploreEmploymentCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exploreColGroup')}</th>
              <th scope="col" className="numeric">
                {t('exploreColThousands')}
              </th>
              <th scope="col" className="numeric">
                {t('exploreColShareTotal')}
              </th>
              <th scope="col" className="numeric">
                {t('exploreColShareWomen')}
              </th>
              <th scope="col" className="numeric">
                {t('exploreColShareMen')}
                {men?.derived && <span aria-hidden="true">*</span>}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => {
              const womenShare = shareOf(women, group.majorGroup);
              const menShare = shareOf(men, group.majorGroup);
              return (
                <tr key={group.majorGroup}>
                  <th scope="row">
                    <span className="code-chip">{group.majorGroup}</span> {group.title}
                  </th>
                  <td className="numeric">{formatThousands(group.thousands, language)}</td>
                  <td className="numeric">{formatPercent(group.sharePercent, language)}</td>
                  <td className="numeric">{womenShare === null ? '—' : formatPercent(womenShare, language)}</td>
                  <td className="numeric">{menShare === null ? '—' : formatPercent(menShare, language)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {men?.derived && <p className="muted small">* {t('exploreNoteMenDerived')}</p>}
      <div className="charts-2">
        {women && (
          <BarChart
            title={t('exploreChartWomen')}
            axis={t('axisShareOfEmployment')}
            data={women.groups.map((group) => ({ label: chartLabel(group.title), value: group.sharePercent }))}
            unit="%"
            max={axisMax}
          />
        )}
        {men && (
          <BarChart
            title={t('exploreChartMen')}
            axis={t('axisShareOfEmployment')}
            data={men.groups.map((group) => ({ label: chartLabel(group.title), value: group.sharePercent }))}
            unit="%"
            max={axisMax}
          />
        )}
      </div>
    </section>
  );
}

/** Chart axis labels stay short enough not to be cut off; the table above carries the full titles. */
const chartLabel = (title: string) => (title.length > 32 ? `${title.slice(0, 30).trimEnd()}…` : title);

function EstimateSection({ estimate }: { estimate: AreaEstimate | null }) {
  const { t, language } = useLanguage();
  if (!estimate) return null;
  const cell = (value: EstimateValue | null) =>
    value === null ? (
      '—'
    ) : (
      <>
        <span className="score">{formatPercent(value.sharePercent, language)}%</span>
        <span className="muted small block">
          {t('exploreThousandsExposed', { value: formatThousands(value.exposedThousands, language) })}
        </span>
      </>
    );
  return (
    <section className="panel estimate-block" aria-labelledby="estimate-heading">
      <h2 id="estimate-heading">{t('exploreEstimateHeading')}</h2>
      <EstimateNote
        estimate={estimate}
        validationLink={<Link to={{ pathname: '/explore/countries', hash: '#validation' }}>{t('exploreSeeValidation')}</Link>}
      />
      <div className="table-scroll" role="region" aria-labelledby="estimate-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="estimate-caption">
            {estimate.label}: {t('exploreEstimateCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('exploreColMeasure')}</th>
              <th scope="col" className="numeric">
                {t('exploreSexTotal')}
              </th>
              <th scope="col" className="numeric">
                {t('exploreSexWomen')}
              </th>
              <th scope="col" className="numeric">
                {t('exploreSexMen')}
              </th>
            </tr>
          </thead>
          <tbody>
            {estimate.measures.map((measure) => (
              <tr key={measure.measure}>
                <th scope="row">{measureName(measure.measure, measure.label, t)}</th>
                <td className="numeric">{cell(measure.total)}</td>
                <td className="numeric">{cell(measure.women)}</td>
                <td className="numeric">{cell(measure.men)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('exploreEstimateCaveat')}</p>
    </section>
  );
}

function IncomeGroupFigures({ country }: { country: CountryDetail }) {
  const { t } = useLanguage();
  if (!country.incomeGroup) return null;
  const sourceOf = (figure: PublishedFigure) => country.sources.find((source) => source.id === `figure:${figure.id}`);
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('exploreIncomeFiguresHeading', { group: country.incomeGroup.name })}</h2>
      {country.incomeGroupFigures.length === 0 ? (
        <p>{t('exploreNoIncomeFigures')}</p>
      ) : (
        <>
          <p className="muted">{t('exploreIncomeFiguresIntro')}</p>
          <div className="table-scroll" role="region" aria-labelledby="figures-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="figures-caption">{t('exploreIncomeFiguresCaption', { group: country.incomeGroup.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exploreColPublishedFigure')}</th>
                  <th scope="col">{t('exploreColSex')}</th>
                  <th scope="col" className="numeric">
                    {t('exploreColValue')}
                  </th>
                  <th scope="col">{t('exploreColSourceClass')}</th>
                  <th scope="col">{t('exploreColSource')}</th>
                </tr>
              </thead>
              <tbody>
                {country.incomeGroupFigures.map((figure) => {
                  const source = sourceOf(figure);
                  return (
                    <tr key={figure.id}>
                      <th scope="row" lang="en">
                        {figure.label}
                        {figure.note && <div className="muted small">{figure.note}</div>}
                      </th>
                      <td>{sexName(figure.sex, t)}</td>
                      <td className="numeric">
                        {figure.valueText}
                        {figure.unit === 'percent' ? '%' : ` ${figure.unit}`}
                      </td>
                      <td>{sourceClassText(figure.sourceClass, t)}</td>
                      <td lang="en">
                        {source?.url ? (
                          <a href={source.url} target="_blank" rel="noreferrer">
                            {source.locator}
                          </a>
                        ) : (
                          figure.locator
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
