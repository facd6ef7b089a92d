/**
 * /explore/sectors: the sectors of a country or region ranked by this project's estimate (always
 * labelled, with coverage), the Europe heat map, and the method with its validation.
 */
import { useId } from 'react';
import { Link } from 'react-router';
import { api, get } from '../api/client.ts';
import type { SectorRanking } from '../api/types.ts';
import { usePageTitle } from '../explore/page-title.ts';
import { SourceList } from '../explore/source-list.tsx';
import { ErrorState, Loading } from '../explore/status.tsx';
import { useLanguage } from '../i18n/language.tsx';
import { EstimateBadge } from '../shared/badges.tsx';
import { BarChart } from '../shared/bar-chart.tsx';
import { CsvButton } from '../shared/csv-button.tsx';
import { formatPercent, formatThousands } from '../shared/format.ts';
import { measureName } from '../shared/labels.ts';
import { TableScroll } from '../shared/table-scroll.tsx';
import { useApi } from '../shared/use-api.ts';
import { SectorControls, useSectorView } from './sector-controls.tsx';
import { sectorCsvNotes } from './sector-csv.ts';
import { SectorHeatMap } from './sector-heat-map.tsx';
import { SectorMethod } from './sector-method.tsx';
import '../explore/explore.css';
import './sectors.css';

/** The employment sources by name, as their publishers write them. */
const SOURCE_NAMES: Record<string, string> = {
  'eurostat-lfsa-eisn2': 'Eurostat lfsa_eisn2',
  'ilostat-emp-temp-eco-ocu': 'ILOSTAT EMP_TEMP_ECO_OCU_NB',
  'bls-oews-2024': 'BLS OEWS',
};

export default function SectorsPage() {
  const { t, language } = useLanguage();
  const { area, measure, set } = useSectorView();
  const { data, error, loading, retry } = useApi(get(api.sectors.ranking, { query: { area, measure, limit: '50', lang: language } }));
  usePageTitle(t('navSectors'));
  return (
    <div className="explore-page sectors-page">
      <header className="page-header">
        <h1>{t('sectorsTitle')}</h1>
        <p className="lede">{t('sectorsIntro')}</p>
        <EstimateBadge />
      </header>
      <SectorControls area={area} measure={measure} onChange={set} />
      {error && <ErrorState error={error} onRetry={retry} />}
      {loading && !data && <Loading />}
      {data && <Ranking data={data} />}
      <SectorHeatMap region={area === 'EU27' ? 'EU27' : 'EUR'} measure={measure} />
      <SectorMethod />
      {data && <SourceList sources={data.sources} />}
    </div>
  );
}

function Ranking({ data }: { data: SectorRanking }) {
  const { t, language } = useLanguage();
  const captionId = useId();
  const measure = measureName(data.measure, t);
  const linkTo = (item: SectorRanking['items'][number]) =>
    `/explore/sectors/${item.section}?area=${data.area.code}&measure=${data.measure}${item.naics ? `&naics=${item.naics.code}` : ''}`;
  const nameOf = (item: SectorRanking['items'][number]) => (item.naics ? `${item.naics.title} (NAICS ${item.naics.code})` : item.shortName);
  const buildCsv = () => ({
    filename: `genai-exposure-sectors-${data.area.code}-${data.measure}.csv`,
    notes: sectorCsvNotes(t),
    columns: [
      { key: 'rank', label: t('sectorsColRank') },
      { key: 'section', label: t('sectorsCsvSection') },
      { key: 'naics', label: t('sectorsCsvNaics') },
      { key: 'title', label: t('sectorsColSector') },
      { key: 'sharePercent', label: `${measure}: ${t('sectorsColShare')}` },
      { key: 'exposedThousands', label: t('sectorsColWorkers') },
      { key: 'employmentThousands', label: t('sectorsColEmployment') },
      { key: 'scoredPercent', label: t('sectorsCsvScored') },
      { key: 'suppressedCells', label: t('sectorsCsvSuppressed') },
      { key: 'unreliablePercent', label: t('sectorsCsvUnreliable') },
    ],
    rows: data.items.map((item) => ({
      rank: item.rank,
      section: item.section,
      naics: item.naics?.code ?? '',
      title: item.naics ? item.naics.title : item.title,
      sharePercent: item.sharePercent,
      exposedThousands: item.exposedThousands,
      employmentThousands: item.coverage.employmentThousands,
      scoredPercent: item.coverage.scoredPercent,
      suppressedCells: item.coverage.suppressedCells,
      unreliablePercent: item.coverage.unreliablePercent,
    })),
  });
  return (
    <section aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">{t('sectorsRankingHeading', { area: data.area.name })}</h2>
      {data.allSectors.sharePercent !== null && data.allSectors.exposedThousands !== null && (
        <p>
          {t('sectorsAllSectors', {
            share: formatPercent(data.allSectors.sharePercent, language),
            workers: formatThousands(data.allSectors.exposedThousands, language),
          })}{' '}
          <EstimateBadge label={data.label} />
        </p>
      )}
      <BarChart
        title={t('sectorsChartTitle', { measure })}
        axis={t('axisShareOfWorkers')}
        data={data.items.map((item) => ({ label: chartLabel(nameOf(item)), value: item.sharePercent }))}
        unit="%"
      />
      <div className="table-toolbar">
        <span />
        <CsvButton build={buildCsv} />
      </div>
      <TableScroll labelledBy={captionId}>
        <table className="data-table" data-testid="sector-ranking">
          <caption id={captionId}>
            {t('sectorsRankingCaption', {
              measure,
              source: SOURCE_NAMES[data.source.id] ?? data.source.id,
              year: data.source.year,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('sectorsColRank')}
              </th>
              <th scope="col">{t('sectorsColSector')}</th>
              <th scope="col" className="numeric">
                {t('sectorsColShare')}
              </th>
              <th scope="col" className="numeric">
                {t('sectorsColWorkers')}
              </th>
              <th scope="col">{t('sectorsColCoverage')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={`${item.section}${item.naics?.code ?? ''}`}>
                <td className="numeric">{item.rank}</td>
                <th scope="row">
                  <span className="code-chip">{item.section}</span> <Link to={linkTo(item)}>{nameOf(item)}</Link>
                </th>
                <td className="numeric">{formatPercent(item.sharePercent, language)}</td>
                <td className="numeric">{formatThousands(item.exposedThousands, language)}</td>
                <td>
                  <CoverageFlags coverage={item.coverage} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function CoverageFlags({ coverage }: { coverage: SectorRanking['items'][number]['coverage'] }) {
  const { t } = useLanguage();
  return (
    <span className="coverage-flags">
      {coverage.lowReliability && <span className="badge badge-warning small-badge">{t('sectorsLowReliability')}</span>}
      {coverage.suppressedCells > 0 && <span className="muted small">{t('sectorsSuppressed', { count: coverage.suppressedCells })}</span>}
    </span>
  );
}

/** Chart axis labels stay short enough not to be cut off; the table carries the full names. */
export const chartLabel = (title: string) => (title.length > 32 ? `${title.slice(0, 30).trimEnd()}…` : title);
