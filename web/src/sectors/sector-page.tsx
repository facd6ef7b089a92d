/**
 * /explore/sectors/:section?area=: one sector in a country or region: this project's estimate for every
 * measure with its coverage, the NAICS sectors it is made of (US), its occupation mix with a chart and
 * CSV, the caveats that apply, and the sources. An area without sector data says so and names those with data.
 */
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, api, get } from '../api/client.ts';
import type { SectorExposure, SectorOccupations } from '../api/types.ts';
import { usePageTitle } from '../explore/page-title.ts';
import { SourceList } from '../explore/source-list.tsx';
import { ErrorState, Loading } from '../explore/status.tsx';
import { useLanguage } from '../i18n/language.tsx';
import { EstimateBadge } from '../shared/badges.tsx';
import { BarChart, chartLabel } from '../shared/bar-chart.tsx';
import { CsvButton } from '../shared/csv-button.tsx';
import { formatPercent } from '../shared/format.ts';
import { SectorCaveatList } from '../shared/sector-caveats.tsx';
import { SectorCoverage, SectorFigureTable } from '../shared/sector-figures.tsx';
import { SectorOccupationTable } from '../shared/sector-occupation-table.tsx';
import { useApi } from '../shared/use-api.ts';
import { SectorControls, useSectorView } from './sector-controls.tsx';
import { sectorCsvNotes } from './sector-csv.ts';
import '../explore/explore.css';
import './sectors.css';

const CHART_ROWS = 10;

export default function SectorPage() {
  const { section = '' } = useParams();
  const [params] = useSearchParams();
  const { t, language } = useLanguage();
  const { area, measure, set } = useSectorView();
  const naics = params.get('naics');
  const query = { area, ...(naics ? { naics } : {}), lang: language };
  const sector = useApi(get(api.sectors[':section'], { param: { section }, query }));
  const occupations = useApi(get(api.sectors[':section'].occupations, { param: { section }, query: { ...query, measure, limit: '50' } }));
  usePageTitle(sector.data ? `${sector.data.sector.shortName} · ${sector.data.area.name}` : t('navSectors'));

  return (
    <article className="explore-page sector-page">
      <nav className="breadcrumb" aria-label={t('exploreBreadcrumbLabel')}>
        <ol>
          <li>
            <Link to={`/explore/sectors?area=${area}&measure=${measure}`}>{t('sectorBack')}</Link>
          </li>
          <li aria-current="page">{sector.data?.sector.shortName ?? section}</li>
        </ol>
      </nav>
      <SectorControls area={area} measure={measure} onChange={set} />
      {sector.error && <SectorError error={sector.error} area={area} onRetry={sector.retry} />}
      {sector.loading && !sector.data && <Loading />}
      {sector.data && (
        <>
          <Header data={sector.data} />
          <Figures data={sector.data} />
          {occupations.data && <OccupationMix data={occupations.data} />}
          <Caveats caveats={sector.data.caveats} />
          <SourceList sources={sector.data.sources} />
        </>
      )}
    </article>
  );
}

function SectorError({ error, area, onRetry }: { error: Error; area: string; onRetry: () => void }) {
  const { t, language } = useLanguage();
  const known = error instanceof ApiError && (error.code === 'no_sector_data' || error.code === 'not_found' || error.status === 400);
  // A country without any sector data (not a sector missing in an area that has some): offer its occupation-group page.
  const countryWithoutData =
    error instanceof ApiError && error.code === 'no_sector_data' && (error.details?.sectorsWithData as unknown[] | undefined)?.length === 0;
  const country = useApi(
    countryWithoutData && /^[A-Z]{3}$/.test(area)
      ? get(api.countries[':iso3'], { param: { iso3: area }, query: { lang: language } })
      : null,
  );
  if (!known) return <ErrorState error={error} onRetry={onRetry} />;
  const name = country.data?.name ?? area;
  return (
    <div className="not-found" data-testid="no-sector-data">
      <h1>{t('sectorNoDataTitle')}</h1>
      <p>{countryWithoutData ? t('sectorNoDataHelp', { area: name }) : error.message}</p>
      {countryWithoutData && (
        <p>
          <Link to={`/explore/countries/${area}`}>{t('sectorNoDataCountry', { area: name })}</Link>
        </p>
      )}
      <p>
        <Link to="/explore/sectors">{t('sectorBack')}</Link>
      </p>
    </div>
  );
}

function Header({ data }: { data: SectorExposure }) {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const name = data.sector.naics ? data.sector.naics.title : data.sector.shortName;
  return (
    <header className="page-header">
      <h1>{t('sectorTitle', { sector: name, area: data.area.name })}</h1>
      <p className="subtitle">
        <span className="code-chip">{data.sector.section}</span> {data.sector.title}
        {data.sector.naics && <span className="muted"> · NAICS {data.sector.naics.code}</span>}
      </p>
      <EstimateBadge label={data.label} />
      <button
        type="button"
        className="button ask-button"
        onClick={() => navigate(`/?q=${encodeURIComponent(t('sectorAskQuestion', { sector: name, area: data.area.name }))}`)}
      >
        {t('sectorAskButton')}
      </button>
    </header>
  );
}

function Figures({ data }: { data: SectorExposure }) {
  const { t, language } = useLanguage();
  return (
    <section className="panel" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('sectorFiguresHeading')}</h2>
      <SectorFigureTable data={data} />
      <SectorCoverage coverage={data.coverage} />
      {data.components.length > 0 && (
        <>
          <h3>{t('sectorComponentsHeading')}</h3>
          <ul>
            {data.components.map((component) => (
              <li key={component.naics?.code}>
                <Link to={`/explore/sectors/${data.sector.section}?area=${data.area.code}&naics=${component.naics?.code}`}>
                  NAICS {component.naics?.code} {component.naics?.title}
                </Link>
                {': '}
                {formatPercent(component.measures[0]?.sharePercent, language)} · {component.naics?.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function OccupationMix({ data }: { data: SectorOccupations }) {
  const { t } = useLanguage();
  const measure = data.measureLabel;
  const detailed = data.level === 'occupation';
  const naics = data.sector.naics ? `-${data.sector.naics.code}` : '';
  const buildCsv = () => ({
    filename: `genai-exposure-sector-${data.area.code}-${data.sector.section}${naics}-${data.measure}.csv`,
    notes: sectorCsvNotes(t),
    columns: [
      { key: 'rank', label: t('sectorsColRank') },
      { key: 'code', label: detailed ? 'SOC 2018 (OEWS)' : 'ISCO-08' },
      { key: 'title', label: t('sectorColOccupation') },
      { key: 'employmentThousands', label: t('sectorsColEmployment') },
      { key: 'sharePercent', label: `${measure}: ${t('sectorColShareInMeasure')}` },
      { key: 'exposedThousands', label: t('sectorsColWorkers') },
      ...(detailed ? [{ key: 'iscoMatches', label: t('sectorColIscoMatches') }] : []),
    ],
    rows: data.items.map((item) => ({
      ...item,
      iscoMatches: item.iscoMatches?.map((match) => `${match.code} (${match.weightPercent}%)`).join('; '),
    })),
  });
  return (
    <section aria-labelledby="mix-heading">
      <h2 id="mix-heading">{t('sectorMixHeading')}</h2>
      <p className="muted">{t(detailed ? 'sectorMixIntroOccupation' : 'sectorMixIntroMajorGroup')}</p>
      <BarChart
        title={t('sectorMixChartTitle', { n: Math.min(CHART_ROWS, data.items.length) })}
        axis={t('axisWorkersThousands')}
        data={data.items.slice(0, CHART_ROWS).map((item) => ({ label: chartLabel(item.title), value: item.exposedThousands }))}
      />
      <div className="table-toolbar">
        <p className="result-count">{t('sectorMixCount', { shown: data.items.length, count: data.occupationsRanked })}</p>
        <CsvButton build={buildCsv} />
      </div>
      <SectorOccupationTable items={data.items} measureLabel={data.measureLabel} tall />
    </section>
  );
}

function Caveats({ caveats }: { caveats: SectorExposure['caveats'] }) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="caveats-heading">
      <h2 id="caveats-heading">{t('sectorCaveatsHeading')}</h2>
      <SectorCaveatList caveats={caveats} />
    </section>
  );
}
