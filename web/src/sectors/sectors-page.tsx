/**
 * /explore/sectors: the sectors of a country or region ranked by this project's estimate (always
 * labelled, with coverage), the Europe heat map, and the method with its validation.
 */
import { api, get } from '../api/client.ts';
import type { SectorRanking } from '../api/types.ts';
import { usePageTitle } from '../explore/page-title.ts';
import { SourceList } from '../explore/source-list.tsx';
import { ErrorState, Loading } from '../explore/status.tsx';
import { useLanguage } from '../i18n/language.tsx';
import { EstimateBadge } from '../shared/badges.tsx';
import { CsvButton } from '../shared/csv-button.tsx';
import { formatPercent, formatThousands } from '../shared/format.ts';
import { SectorRankingChart, SectorRankingTable } from '../shared/sector-ranking-table.tsx';
import { useApi } from '../shared/use-api.ts';
import { SectorControls, useSectorView } from './sector-controls.tsx';
import { sectorCsvNotes } from './sector-csv.ts';
import { SectorHeatMap } from './sector-heat-map.tsx';
import { SectorMethod } from './sector-method.tsx';
import '../explore/explore.css';
import './sectors.css';

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
  const measure = data.measureLabel;
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
      <SectorRankingChart data={data} />
      <div className="table-toolbar">
        <span />
        <CsvButton build={buildCsv} />
      </div>
      <SectorRankingTable data={data} />
    </section>
  );
}
