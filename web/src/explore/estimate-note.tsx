/** The sentence that must accompany every country estimate: whose it is, the method and its error. */
import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/language.tsx';
import { formatPercent } from './format.ts';
import { methodDescription } from './labels.ts';
import type { EstimateMethod } from './types.ts';

export function EstimateNote({ estimate, validationLink, id }: { estimate: EstimateMethod; validationLink?: ReactNode; id?: string }) {
  const { t, language } = useLanguage();
  const { validation } = estimate;
  return (
    <div className="estimate-note" id={id}>
      <span className="badge badge-estimate">{t('estimateBadge')}</span>
      <p>
        {t('exploreEstimateNote', {
          method: methodDescription(estimate.method, estimate.description, t),
          mean: formatPercent(validation.meanAbsoluteErrorPp, language),
          max: formatPercent(validation.maxAbsoluteErrorPp, language),
          n: validation.figures,
        })}{' '}
        {validationLink}
      </p>
    </div>
  );
}
