/** Published ILO figures: each with its value as published, sex, study and how directly it was seen. */
import { useId } from 'react';
import type { PublishedFigure, SourceRef } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { SourceClassBadge } from './badges.tsx';
import { formatPublished } from './format.ts';
import { sexName } from './labels.ts';
import { TableScroll } from './table-scroll.tsx';
import { isWebUrl } from './web-url.ts';

/** WP96, WP140, WP166 as the ILO numbers them; the regional report in words. */
const studyName = (study: string, t: ReturnType<typeof useLanguage>['t']) =>
  /^wp\d+$/i.test(study) ? study.toUpperCase() : study === 'ilo-regional' ? t('dataStudyRegional') : study;

/** `sources`, where given, link each figure's locator to its publication. */
export function FigureTable({ figures, caption, sources = [] }: { figures: PublishedFigure[]; caption: string; sources?: SourceRef[] }) {
  const { t } = useLanguage();
  const captionId = useId();
  const urlOf = (figure: PublishedFigure) => sources.find((source) => source.id === `figure:${figure.id}`)?.url;
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dataColPublishedFigure')}</th>
            <th scope="col" className="numeric">
              {t('dataColValue')}
            </th>
            <th scope="col">{t('dataColSex')}</th>
            <th scope="col">{t('dataColStudy')}</th>
            <th scope="col">{t('dataColSourceClass')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => {
            const url = urlOf(figure);
            return (
              <tr key={figure.id} data-figure={figure.id}>
                <th scope="row">
                  {figure.label}
                  {figure.note && <span className="locator">{figure.note}</span>}
                  <span className="locator" lang="en">
                    {isWebUrl(url) ? (
                      <a href={url} target="_blank" rel="noreferrer">
                        {figure.locator}
                      </a>
                    ) : (
                      figure.locator
                    )}
                  </span>
                </th>
                <td className="numeric strong">{formatPublished(figure)}</td>
                <td>{sexName(figure.sex, t)}</td>
                <td>{studyName(figure.study, t)}</td>
                <td>
                  <SourceClassBadge sourceClass={figure.sourceClass} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
