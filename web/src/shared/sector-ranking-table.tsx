/** The sectors of an area ranked by this project's estimate: a table (each a link to its sector page, with its coverage flags) and a chart. */
import { useId } from 'react';
import { Link } from 'react-router';
import type { SectorRanking } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { BarChart, chartLabel } from './bar-chart.tsx';
import { formatPercent, formatThousands } from './format.ts';
import { TableScroll } from './table-scroll.tsx';

type RankedSector = SectorRanking['items'][number];

/** The employment sources by name, as their publishers write them. */
const SOURCE_NAMES: Record<string, string> = {
  'eurostat-lfsa-eisn2': 'Eurostat lfsa_eisn2',
  'ilostat-emp-temp-eco-ocu': 'ILOSTAT EMP_TEMP_ECO_OCU_NB',
  'bls-oews-2024': 'BLS OEWS',
};

/** A ranked sector's name: its NAICS sector in the United States, its section's short name elsewhere. */
const rankedSectorName = (item: RankedSector) => (item.naics ? `${item.naics.title} (NAICS ${item.naics.code})` : item.shortName);

/** The ranking as bars: share of each sector's workers in the measure. */
export function SectorRankingChart({ data }: { data: Pick<SectorRanking, 'measureLabel' | 'items'> }) {
  const { t } = useLanguage();
  return (
    <BarChart
      title={t('sectorsChartTitle', { measure: data.measureLabel })}
      axis={t('axisShareOfWorkers')}
      data={data.items.map((item) => ({ label: chartLabel(rankedSectorName(item)), value: item.sharePercent }))}
      unit="%"
    />
  );
}

export function SectorRankingTable({ data }: { data: Pick<SectorRanking, 'area' | 'measure' | 'measureLabel' | 'source' | 'items'> }) {
  const { t, language } = useLanguage();
  const captionId = useId();
  const linkTo = (item: RankedSector) =>
    `/explore/sectors/${item.section}?area=${data.area.code}&measure=${data.measure}${item.naics ? `&naics=${item.naics.code}` : ''}`;
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table" data-testid="sector-ranking">
        <caption id={captionId}>
          {t('sectorsRankingCaption', {
            measure: data.measureLabel,
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
                <span className="code-chip">{item.section}</span> <Link to={linkTo(item)}>{rankedSectorName(item)}</Link>
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
  );
}

function CoverageFlags({ coverage }: { coverage: RankedSector['coverage'] }) {
  const { t } = useLanguage();
  return (
    <span className="coverage-flags">
      {coverage.lowReliability && <span className="badge badge-warning small-badge">{t('sectorsLowReliability')}</span>}
      {coverage.suppressedCells > 0 && <span className="muted small">{t('sectorsSuppressed', { count: coverage.suppressedCells })}</span>}
    </span>
  );
}
