/**
 * Tool results about sectors, always labelled as this project's estimate: one sector in an area (figures,
 * coverage, the occupations that drive it, caveats), the sectors of an area ranked, and a sector's occupations.
 * The tables are the Sectors pages' own (web/src/shared); each card links to its page.
 */
import { useId } from 'react';
import { Link } from 'react-router';
import type { ToolData } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { EstimateBadge } from '../shared/badges.tsx';
import { formatPercent, formatThousands } from '../shared/format.ts';
import { SectorCaveatList } from '../shared/sector-caveats.tsx';
import { SectorCoverage, SectorFigureTable } from '../shared/sector-figures.tsx';
import { SectorOccupationTable } from '../shared/sector-occupation-table.tsx';
import { SectorRankingChart, SectorRankingTable } from '../shared/sector-ranking-table.tsx';

type SectorData = Extract<ToolData<'sectorExposure'>, { kind: 'sector_exposure' }>;
type RankingData = Extract<ToolData<'rankSectors'>, { kind: 'sector_ranking' }>;
type OccupationsData = Extract<ToolData<'rankSectorOccupations'>, { kind: 'sector_occupations' }>;
type Sector = SectorData['sector'];

const sectorName = (sector: Sector) => (sector.naics ? sector.naics.title : sector.shortName);
const sectorPage = (sector: Sector, area: string) =>
  `/explore/sectors/${sector.section}?area=${area}${sector.naics ? `&naics=${sector.naics.code}` : ''}`;

/** The card's heading: what it is about, and the estimate label the server sent. */
function CardHead({ headingId, title, sector, label }: { headingId: string; title: string; sector?: Sector; label: string }) {
  return (
    <header className="result-head">
      <h3 id={headingId}>
        {title} <EstimateBadge label={label} />
      </h3>
      {sector && (
        <p className="result-meta">
          {sector.section} · {sector.title}
          {sector.naics && ` · NAICS ${sector.naics.code}`}
        </p>
      )}
    </header>
  );
}

export function SectorCard({ data }: { data: SectorData }) {
  const { t } = useLanguage();
  const headingId = useId();
  const title = t('sectorTitle', { sector: sectorName(data.sector), area: data.area.name });
  return (
    <article className="result-card" data-testid="sector-card" aria-labelledby={headingId}>
      <CardHead headingId={headingId} title={title} sector={data.sector} label={data.label} />
      <SectorFigureTable data={data} />
      <details className="result-details result-section">
        <summary>{t('sectorCoverageHeading')}</summary>
        <SectorCoverage coverage={data.coverage} headingLevel={4} />
      </details>
      {data.drivers.length > 0 && (
        <details className="result-details result-section">
          <summary>{t('sectorMixHeading')}</summary>
          <SectorOccupationTable
            items={data.drivers}
            measureLabel={data.measures.find((measure) => measure.measure === data.driversMeasure)?.label ?? data.driversMeasure}
          />
        </details>
      )}
      <details className="result-details result-section">
        <summary>{t('sectorCaveatsHeading')}</summary>
        <SectorCaveatList caveats={data.caveats} />
      </details>
      <footer className="result-actions">
        <Link to={sectorPage(data.sector, data.area.code)}>{t('chatOpenInExplorer')}</Link>
      </footer>
    </article>
  );
}

export function RankedSectors({ data }: { data: RankingData }) {
  const { t, language } = useLanguage();
  const headingId = useId();
  const { allSectors } = data;
  return (
    <article className="result-card" data-testid="ranked-sectors" aria-labelledby={headingId}>
      <CardHead headingId={headingId} title={t('sectorsRankingHeading', { area: data.area.name })} label={data.label} />
      {allSectors.sharePercent !== null && allSectors.exposedThousands !== null && (
        <p>
          {t('sectorsAllSectors', {
            share: formatPercent(allSectors.sharePercent, language),
            workers: formatThousands(allSectors.exposedThousands, language),
          })}
        </p>
      )}
      <SectorRankingTable data={data} />
      {data.items.length > 1 && <SectorRankingChart data={data} />}
      <footer className="result-actions">
        <Link to={`/explore/sectors?area=${data.area.code}&measure=${data.measure}`}>{t('chatOpenInExplorer')}</Link>
      </footer>
    </article>
  );
}

export function SectorOccupationsCard({ data }: { data: OccupationsData }) {
  const { t, language } = useLanguage();
  const headingId = useId();
  const title = `${t('sectorMixHeading')}: ${t('sectorTitle', { sector: sectorName(data.sector), area: data.area.name })}`;
  return (
    <article className="result-card" data-testid="sector-occupations-card" aria-labelledby={headingId}>
      <CardHead headingId={headingId} title={title} sector={data.sector} label={data.label} />
      <p className="muted">{t(data.level === 'occupation' ? 'sectorMixIntroOccupation' : 'sectorMixIntroMajorGroup')}</p>
      <p>
        {data.measureLabel}: {formatPercent(data.sectorEstimate.sharePercent, language)} ·{' '}
        {t('sectorMixCount', { shown: data.items.length, count: data.occupationsRanked })}
      </p>
      <SectorOccupationTable items={data.items} measureLabel={data.measureLabel} />
      <footer className="result-actions">
        <Link to={`${sectorPage(data.sector, data.area.code)}&measure=${data.measure}`}>{t('chatOpenInExplorer')}</Link>
      </footer>
    </article>
  );
}
