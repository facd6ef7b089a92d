/**
 * The occupations inside a sector (ISCO-08 major groups, or in the US detailed occupations with the unit groups
 * their employment is spread over): employment, share in the measure, workers in it and the most exposed task.
 */
import { useId } from 'react';
import { Link } from 'react-router';
import type { SectorOccupations } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { formatPercent, formatScore, formatThousands } from './format.ts';
import { TableScroll } from './table-scroll.tsx';

type SectorOccupation = Omit<SectorOccupations['items'][number], 'rank'>;

export function SectorOccupationTable({
  items,
  measureLabel,
  tall = false,
}: {
  items: SectorOccupation[];
  /** The measure's name as the server serves it, in the request's language. */
  measureLabel: string;
  tall?: boolean;
}) {
  const { t, language } = useLanguage();
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId} className={tall ? 'tall' : undefined}>
      <table className="data-table occupation-mix" data-testid="sector-occupations">
        <caption id={captionId}>{t('sectorMixCaption', { measure: measureLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sectorColOccupation')}</th>
            <th scope="col" className="numeric">
              {t('sectorsColEmployment')}
            </th>
            <th scope="col" className="numeric">
              {t('sectorColShareInMeasure')}
            </th>
            <th scope="col" className="numeric">
              {t('sectorsColWorkers')}
            </th>
            <th scope="col">{t('sectorColTopTask')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.code}>
              <th scope="row">
                <span className="code-chip">{item.code}</span> {item.title}
                {item.iscoMatches && (
                  <div className="muted small">
                    {item.iscoMatches.map((match) => (
                      <span key={match.code} className="block">
                        <Link to={`/explore/occupations/${match.code}`}>{match.code}</Link> {match.title} (
                        {formatPercent(match.weightPercent, language)}
                        {match.wp140 ? `, ${match.wp140}` : ''})
                      </span>
                    ))}
                  </div>
                )}
              </th>
              <td className="numeric">{formatThousands(item.employmentThousands, language)}</td>
              <td className="numeric">{formatPercent(item.sharePercent, language)}</td>
              <td className="numeric">{formatThousands(item.exposedThousands, language)}</td>
              <td lang="en" className="small">
                {item.topTasks[0] && (
                  <>
                    {item.topTasks[0].text} <span className="muted">({formatScore(item.topTasks[0].score2025, language)})</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
