/**
 * A country's answer first: this project's estimate of its exposed employment (one decimal, with the
 * method's average error beside it), its income group and region, the figure to read it against (the
 * income group's published share, else this project's estimate for the group), the estimate label, and any
 * source row to read with care. The chat's country card and the explorer's country page open with it.
 */
import { useId } from 'react';
import type { CountryDetail } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { EstimateBadge, SourceClassBadge } from './badges.tsx';
import { formatPercent, formatPoints, formatPublished } from './format.ts';
import './country-summary.css';

type Summary = Pick<
  CountryDetail,
  'name' | 'incomeGroup' | 'regionName' | 'smallArea' | 'estimate' | 'incomeGroupFigures' | 'readAgainst' | 'warnings'
>;

export function CountrySummary({ country, headingLevel = 2 }: { country: Summary; headingLevel?: 2 | 3 | 4 }) {
  const { t, language } = useLanguage();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const exposed = country.estimate?.measures.find((measure) => measure.measure === 'wp140_exposed');
  const error = country.estimate?.validation.meanAbsoluteErrorPp;
  const figure = country.incomeGroupFigures.find((candidate) => candidate.id === country.readAgainst?.figureId);
  const groupEstimate = country.readAgainst?.incomeGroupEstimatePercent ?? null;
  return (
    <section className="country-summary" data-testid="country-summary" aria-labelledby={headingId}>
      <Heading id={headingId} className="visually-hidden">
        {t('dataSummaryHeading', { name: country.name })}
      </Heading>
      {exposed?.total && country.estimate ? (
        <>
          <p className="summary-lead">
            <span className="summary-value" data-testid="summary-value">
              {formatPercent(exposed.total.sharePercent, language)}
            </span>{' '}
            <span className="summary-error">{t('dataSummaryError', { error: formatPoints(error, language) })}</span>
          </p>
          <p className="summary-what">{exposed.label}</p>
          {exposed.women && exposed.men && (
            <p className="muted">
              {t('dataSummaryWomenMen', {
                women: formatPercent(exposed.women.sharePercent, language),
                men: formatPercent(exposed.men.sharePercent, language),
              })}
            </p>
          )}
          <p className="summary-label">
            <EstimateBadge /> {country.estimate.label}
          </p>
        </>
      ) : (
        <p>{t('dataSummaryNoEstimate')}</p>
      )}
      <dl className="summary-facts">
        <div>
          <dt>{t('dataSummaryIncomeGroup')}</dt>
          <dd>{country.incomeGroup?.name ?? t('dataIncomeNone')}</dd>
        </div>
        {country.regionName && (
          <div>
            <dt>{t('dataSummaryRegion')}</dt>
            <dd>{country.regionName}</dd>
          </div>
        )}
        {country.incomeGroup && (figure || groupEstimate !== null) && (
          <div>
            <dt>{t('dataSummaryReadAgainst', { group: country.incomeGroup.name })}</dt>
            <dd>
              {figure ? (
                <>
                  <span className="strong">{formatPublished(figure)}</span> {t('dataSummaryPublished')}{' '}
                  <SourceClassBadge sourceClass={figure.sourceClass} />
                </>
              ) : (
                <>
                  <span className="strong">{formatPercent(groupEstimate, language)}</span> {t('dataSummaryGroupEstimate')}
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
      {country.warnings.map((warning) => (
        <p key={warning} className="summary-warning" role="note">
          {warning}
        </p>
      ))}
    </section>
  );
}
