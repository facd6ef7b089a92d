/** How the sector estimates are made and how far they are from the figures they can be checked against. */
import { useId } from 'react';
import { api, get } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import { formatPercent, formatPoints, formatPublishedPercent, formatSignedPoints } from '../shared/format.ts';
import { measureName, sourceClassText } from '../shared/labels.ts';
import { TableScroll } from '../shared/table-scroll.tsx';
import { useApi } from '../shared/use-api.ts';

export function SectorMethod() {
  const { t, language } = useLanguage();
  const ids = { published: useId(), country: useId() };
  const { data } = useApi(get(api.sectors.validation, {}));
  const published = data?.rows.filter((row) => row.reference !== 'country-estimate') ?? [];
  return (
    <section id="method" className="panel" aria-labelledby="method-heading">
      <h2 id="method-heading">{t('sectorsMethodHeading')}</h2>
      <p>{t('sectorsMethodMajorGroup')}</p>
      <p>{t('sectorsMethodOccupation')}</p>
      <p>{t('sectorsMethodCoverage')}</p>
      {data && (
        <>
          <h3>{t('sectorsValidationPublished')}</h3>
          <TableScroll labelledBy={ids.published}>
            <table className="data-table" data-testid="sector-validation">
              <caption id={ids.published}>{t('sectorsValidationCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sectorsColArea')}</th>
                  <th scope="col">{t('dataColMeasure')}</th>
                  <th scope="col">{t('sectorsColReference')}</th>
                  <th scope="col" className="numeric">
                    {t('exploreColPublished')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('sectorsColAggregate')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('sectorsColError')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {published.map((row) => (
                  <tr key={`${row.areaCode}-${row.reference}`}>
                    <th scope="row">{row.areaCode}</th>
                    <td>{measureName(row.measure, t)}</td>
                    <td>
                      <code>{row.reference}</code> <span className="muted small">({sourceClassText(row.referenceClass, t)})</span>
                    </td>
                    <td className="numeric">{formatPublishedPercent(row.referencePercent, language)}</td>
                    <td className="numeric">{formatPercent(row.sectorAggregatePercent, language)}</td>
                    <td className="numeric">{formatSignedPoints(row.errorPp, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p>
            {t('sectorsMeanPublished', {
              count: data.summary.published.figures,
              error: formatPoints(data.summary.published.meanAbsoluteErrorPp, language),
            })}
          </p>
          <h3>{t('sectorsValidationCountry')}</h3>
          <TableScroll labelledBy={ids.country}>
            <table className="data-table">
              <caption id={ids.country}>{t('sectorsCountryCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dataColMeasure')}</th>
                  <th scope="col" className="numeric">
                    {t('sectorsColAreas')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('sectorsColMeanError')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('sectorsColLargest')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.summary.countryEstimate.map((row) => (
                  <tr key={row.measure}>
                    <th scope="row">{measureName(row.measure, t)}</th>
                    <td className="numeric">{row.areas}</td>
                    <td className="numeric">{formatPoints(row.meanAbsoluteDifferencePp, language)}</td>
                    <td className="numeric">
                      {formatSignedPoints(row.largest.errorPp, language)} ({row.largest.areaCode})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
