/** This project's estimate for an area: the share of employment in exposed occupations by measure and sex. */
import { useId } from 'react';
import type { AreaEstimate } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { formatPercent, formatPoints, formatThousands } from './format.ts';
import { TableScroll } from './table-scroll.tsx';

type Value = AreaEstimate['measures'][number]['total'];

export function EstimateTable({ estimate }: { estimate: AreaEstimate }) {
  const { t, language } = useLanguage();
  const captionId = useId();
  const cell = (value: Value) =>
    value === null ? (
      '—'
    ) : (
      <>
        <span className="score">{formatPercent(value.sharePercent, language)}</span>
        <span className="muted small block">{t('dataThousandsExposed', { value: formatThousands(value.exposedThousands, language) })}</span>
      </>
    );
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>
          {estimate.label}: {t('dataEstimateCaption', { error: formatPoints(estimate.validation.meanAbsoluteErrorPp, language) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('dataColMeasure')}</th>
            <th scope="col" className="numeric">
              {t('dataSexTotal')}
            </th>
            <th scope="col" className="numeric">
              {t('dataSexWomen')}
            </th>
            <th scope="col" className="numeric">
              {t('dataSexMen')}
            </th>
          </tr>
        </thead>
        <tbody>
          {estimate.measures.map((measure) => (
            <tr key={measure.measure}>
              <th scope="row">{measure.label}</th>
              <td className="numeric">{cell(measure.total)}</td>
              <td className="numeric">{cell(measure.women)}</td>
              <td className="numeric">{cell(measure.men)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
