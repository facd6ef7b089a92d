/** One sector's estimate in an area (this project's, always labelled): the share and number of its workers by measure, and its coverage. */
import { useId } from 'react';
import type { SectorExposure } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { formatPercent, formatThousands } from './format.ts';
import { TableScroll } from './table-scroll.tsx';

export function SectorFigureTable({ data }: { data: Pick<SectorExposure, 'label' | 'measures'> }) {
  const { t, language } = useLanguage();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table compact" data-testid="sector-figures">
        <caption id={captionId}>{t('sectorFiguresCaption', { label: data.label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dataColMeasure')}</th>
            <th scope="col" className="numeric">
              {t('sectorsColShare')}
            </th>
            <th scope="col" className="numeric">
              {t('sectorsColWorkers')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.measures.map((measure) => (
            <tr key={measure.measure}>
              <th scope="row">{measure.label}</th>
              <td className="numeric">{formatPercent(measure.sharePercent, language)}</td>
              <td className="numeric">{formatThousands(measure.exposedThousands, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** What the estimate rests on: the employment it covers, how much of it has an ILO score, what the source did not publish. */
export function SectorCoverage({ coverage, headingLevel = 3 }: { coverage: SectorExposure['coverage']; headingLevel?: 3 | 4 }) {
  const { t, language } = useLanguage();
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      <Heading>{t('sectorCoverageHeading')}</Heading>
      <ul className="small" data-testid="sector-coverage">
        <li>
          {t('sectorCoverageEmployment', { value: formatThousands(coverage.employmentThousands, language) })}
          {coverage.publishedPercent !== null &&
            ` (${t('sectorCoverageSourceTotal', { value: formatPercent(coverage.publishedPercent, language) })})`}
        </li>
        {coverage.scoredPercent !== null && (
          <li>{t('sectorCoverageScored', { value: formatPercent(coverage.scoredPercent, language) })}</li>
        )}
        {coverage.suppressedCells > 0 && <li>{t('sectorCoverageSuppressed', { count: coverage.suppressedCells })}</li>}
        {coverage.unreliablePercent !== null && coverage.unreliablePercent > 0 && (
          <li>
            {t('sectorCoverageUnreliable', { value: formatPercent(coverage.unreliablePercent, language) })}{' '}
            {coverage.lowReliability && <span className="badge badge-warning small-badge">{t('sectorsLowReliability')}</span>}
          </li>
        )}
      </ul>
    </>
  );
}
