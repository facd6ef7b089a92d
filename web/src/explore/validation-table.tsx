/**
 * This project's country-estimate method compared with every comparable published ILO figure
 * (GET /api/estimates/validation): one row per figure, one column per method, and the methods' errors.
 */
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { api, get } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import { formatPercent, formatPoints, formatPublishedPercent, formatSignedPoints } from '../shared/format.ts';
import { areaName, measureName, methodName, sexName, sourceClassText } from '../shared/labels.ts';
import { TableScroll } from '../shared/table-scroll.tsx';
import { useApi } from '../shared/use-api.ts';
import { ErrorState, Loading } from './status.tsx';
import './explore.css';

export function ValidationTable({ id = 'validation' }: { id?: string }) {
  const { t, language } = useLanguage();
  const { data, error, loading, retry } = useApi(get(api.estimates.validation, {}));
  const location = useLocation();

  // Arriving from a "see the validation table" link: scroll here once the table exists.
  useEffect(() => {
    if (data && location.hash === `#${id}`) document.getElementById(id)?.scrollIntoView?.({ block: 'start' });
  }, [data, location.hash, id]);

  const methods = data ? [...data.methods].sort((a, b) => Number(b.selected) - Number(a.selected)) : [];
  const figureIds = data ? [...new Set(data.rows.map((row) => row.figureId))] : [];
  const sourceOf = (figureId: string) => data?.sources.find((source) => source.id === `figure:${figureId}`);

  return (
    <section className="validation" id={id} aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <h2 id={`${id}-heading`}>{t('exploreValidationHeading')}</h2>
      <p>{t('exploreValidationIntro')}</p>
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} onRetry={retry} />}
      {data && (
        <>
          <TableScroll labelledBy={`${id}-methods-caption`}>
            <table className="data-table">
              <caption id={`${id}-methods-caption`}>{t('exploreValidationMethodsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exploreColMethod')}</th>
                  <th scope="col" className="numeric">
                    {t('exploreColMeanError')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('exploreColMaxError')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('exploreColFigures')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {methods.map((method) => (
                  <tr key={method.method}>
                    <th scope="row">
                      {methodName(method.method, t)}
                      {method.selected && <span className="badge badge-selected">{t('exploreMethodSelected')}</span>}
                    </th>
                    <td className="numeric">{formatPoints(method.meanAbsoluteErrorPp, language)}</td>
                    <td className="numeric">{formatPoints(method.maxAbsoluteErrorPp, language)}</td>
                    <td className="numeric">{method.validationFigures}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <TableScroll labelledBy={`${id}-rows-caption`}>
            <table className="data-table">
              <caption id={`${id}-rows-caption`}>{t('exploreValidationRowsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dataColPublishedFigure')}</th>
                  <th scope="col">{t('dataColMeasure')}</th>
                  <th scope="col">{t('exploreColArea')}</th>
                  <th scope="col">{t('dataColSex')}</th>
                  <th scope="col" className="numeric">
                    {t('exploreColPublished')}
                  </th>
                  {methods.map((method) => (
                    <th scope="col" className="numeric" key={method.method}>
                      {t('exploreColMethodEstimate', { method: methodName(method.method, t) })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figureIds.map((figureId) => {
                  const rows = data.rows.filter((row) => row.figureId === figureId);
                  const first = rows[0]!;
                  const source = sourceOf(figureId);
                  return (
                    <tr key={figureId}>
                      <th scope="row">
                        {source?.url ? (
                          <a href={source.url} target="_blank" rel="noreferrer" lang="en">
                            {source.title}
                          </a>
                        ) : (
                          <span lang="en">{source?.title ?? figureId}</span>
                        )}
                        {source?.sourceClass && <div className="muted small">{sourceClassText(source.sourceClass, t)}</div>}
                      </th>
                      <td>{measureName(first.measure, t)}</td>
                      <td>{areaName(first.areaCode, t)}</td>
                      <td>{sexName(first.sex, t)}</td>
                      <td className="numeric">{formatPublishedPercent(first.publishedPercent, language)}</td>
                      {methods.map((method) => {
                        const row = rows.find((candidate) => candidate.method === method.method);
                        return (
                          <td className="numeric" key={method.method}>
                            {row ? (
                              <>
                                {formatPercent(row.estimatePercent, language)}{' '}
                                <span className="muted">({t('dataErrorPp', { value: formatSignedPoints(row.errorPp, language) })})</span>
                              </>
                            ) : (
                              '—'
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted">{t('exploreValidationUnderestimate')}</p>
        </>
      )}
    </section>
  );
}
