/** The sentence that must accompany every country estimate: whose it is, the method and its error. */
import type { ReactNode } from 'react';
import type { EstimateMethod } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { EstimateBadge } from './badges.tsx';
import { formatPoints } from './format.ts';

export function EstimateNote({ estimate, validationLink }: { estimate: EstimateMethod; validationLink?: ReactNode }) {
  const { t, language } = useLanguage();
  const { validation } = estimate;
  return (
    <div className="estimate-note" data-testid="estimate-note">
      <EstimateBadge />
      <p>
        {t('dataEstimateNote', {
          method: estimate.description,
          mean: formatPoints(validation.meanAbsoluteErrorPp, language),
          max: formatPoints(validation.maxAbsoluteErrorPp, language),
          n: validation.figures,
        })}{' '}
        {validationLink}
      </p>
    </div>
  );
}
