/** A country's 2024 employment by ISCO-08 major group: thousands and each group's share, by sex. */
import { useId } from 'react';
import type { Employment } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { formatPercent, formatThousands } from './format.ts';
import { TableScroll } from './table-scroll.tsx';

export function EmploymentTable({ employment }: { employment: Employment }) {
  const { t, language } = useLanguage();
  const captionId = useId();
  const bySex = (sex: string) => employment.find((entry) => entry.sex === sex);
  const [total, women, men] = [bySex('total'), bySex('women'), bySex('men')];
  const shareOf = (entry: Employment[number] | undefined, majorGroup: string) =>
    entry?.groups.find((group) => group.majorGroup === majorGroup)?.sharePercent;
  return (
    <>
      <TableScroll labelledBy={captionId}>
        <table className="data-table">
          <caption id={captionId}>{t('dataEmploymentCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dataColGroup')}</th>
              <th scope="col" className="numeric">
                {t('dataColThousands')}
              </th>
              <th scope="col" className="numeric">
                {t('dataColShareTotal')}
              </th>
              <th scope="col" className="numeric">
                {t('dataColShareWomen')}
              </th>
              <th scope="col" className="numeric">
                {t('dataColShareMen')}
                {men?.derived && <span aria-hidden="true">*</span>}
              </th>
            </tr>
          </thead>
          <tbody>
            {(total ?? employment[0])?.groups.map((group) => (
              <tr key={group.majorGroup}>
                <th scope="row">
                  <span className="code-chip">{group.majorGroup}</span> {group.title}
                </th>
                <td className="numeric">{formatThousands(group.thousands, language)}</td>
                <td className="numeric">{formatPercent(shareOf(total, group.majorGroup), language)}</td>
                <td className="numeric">{formatPercent(shareOf(women, group.majorGroup), language)}</td>
                <td className="numeric">{formatPercent(shareOf(men, group.majorGroup), language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {men?.derived && <p className="muted small">* {t('dataNoteMenDerived')}</p>}
    </>
  );
}
