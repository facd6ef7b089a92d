/**
 * /explore/countries/:iso3: a country's 2024 employment by occupation group and sex, this project's
 * estimate of its exposed employment (labelled, with method and error), its income group's published ILO
 * figures, notes and sources.
 */
import { Link, useNavigate, useParams } from 'react-router';
import { api, get } from '../api/client.ts';
import type { AreaEstimate, CountryDetail, Employment } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { BarChart, chartLabel } from '../shared/bar-chart.tsx';
import { CountrySummary } from '../shared/country-summary.tsx';
import { EmploymentTable } from '../shared/employment-table.tsx';
import { EstimateNote } from '../shared/estimate-note.tsx';
import { EstimateTable } from '../shared/estimate-table.tsx';
import { FigureTable } from '../shared/figure-table.tsx';
import { formatThousands } from '../shared/format.ts';
import { areaName } from '../shared/labels.ts';
import { useApi } from '../shared/use-api.ts';
import { statusOf } from './not-found.ts';
import { usePageTitle } from './page-title.ts';
import { SourceList } from './source-list.tsx';
import { ErrorState, Loading } from './status.tsx';
import './explore.css';

export default function CountryPage() {
  const { iso3 = '' } = useParams();
  const { t, language } = useLanguage();
  const code = iso3.toUpperCase();
  const valid = /^[A-Z]{3}$/.test(code);
  const { data, error, retry } = useApi(valid ? get(api.countries[':iso3'], { param: { iso3: code }, query: { lang: language } }) : null);
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
          <span className="code-chip">{data.iso3}</span> {data.incomeGroup ? data.incomeGroup.name : areaName(null, t)} ·{' '}
          {data.regionName ?? t('dataRegionNone')}
          {language === 'zh-TW' && data.nameEn !== data.name && (
            <span className="muted">
              {' '}
              · <span lang="en">{data.nameEn}</span>
            </span>
          )}
        </p>
        <AskCountryButton name={data.name} />
      </header>

      <CountrySummary country={data} />
      <EstimateSection estimate={data.estimate} />
      <EmploymentSection employment={data.employment} />
      <IncomeGroupFigures country={data} />

      {data.notes.length > 0 && (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('exploreNotesHeading')}</h2>
          <ul>
            {data.notes.map((note) => (
              <li key={note}>{note}</li>
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

function EmploymentSection({ employment }: { employment: Employment | null }) {
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
  const [total, women, men] = [bySex('total'), bySex('women'), bySex('men')];
  const chartMax = Math.max(...[women, men].flatMap((entry) => entry?.groups.map((group) => group.sharePercent) ?? [0]));
  const axisMax = Math.min(100, Math.ceil(chartMax / 10) * 10 || 10);

  return (
    <section aria-labelledby="employment-heading">
      <h2 id="employment-heading">{t('exploreEmploymentHeading')}</h2>
      {total && (
        <p>
          {t('exploreEmploymentTotal', {
            total: formatThousands(total.totalThousands, language),
            women: formatThousands(women?.totalThousands, language),
            men: formatThousands(men?.totalThousands, language),
          })}
        </p>
      )}
      <EmploymentTable employment={employment} />
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

function EstimateSection({ estimate }: { estimate: AreaEstimate | null }) {
  const { t } = useLanguage();
  if (!estimate) return null;
  return (
    <section className="panel estimate-block" aria-labelledby="estimate-heading">
      <h2 id="estimate-heading">{t('exploreEstimateHeading')}</h2>
      <EstimateNote
        estimate={estimate}
        validationLink={<Link to={{ pathname: '/explore/countries', hash: '#validation' }}>{t('exploreSeeValidation')}</Link>}
      />
      <EstimateTable estimate={estimate} />
      <p className="muted small">{t('exploreEstimateCaveat')}</p>
    </section>
  );
}

function IncomeGroupFigures({ country }: { country: CountryDetail }) {
  const { t } = useLanguage();
  if (!country.incomeGroup) return null;
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('exploreIncomeFiguresHeading', { group: country.incomeGroup.name })}</h2>
      {country.incomeGroupFigures.length === 0 ? (
        <p>{t('exploreNoIncomeFigures')}</p>
      ) : (
        <>
          <p className="muted">{t('exploreIncomeFiguresIntro')}</p>
          <FigureTable
            figures={country.incomeGroupFigures}
            caption={t('exploreIncomeFiguresCaption', { group: country.incomeGroup.name })}
            sources={country.sources}
          />
        </>
      )}
    </section>
  );
}
