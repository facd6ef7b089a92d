/** The sentence that must accompany every country estimate: whose it is, the method and its error. */
import type { ReactNode } from 'react';
import type { EstimateMethod } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { EstimateBadge } from './badges.tsx';
import { formatPoints } from './format.ts';

/** `badged`: false where the heading above already carries the estimate badge, so that it shows once. */
export function EstimateNote({
  estimate,
  validationLink,
  badged = true,
}: {
  estimate: EstimateMethod;
  validationLink?: ReactNode;
  badged?: boolean;
}) {
  const { t, language } = useLanguage();
  const { validation } = estimate;
  return (
    <div className="estimate-note" data-testid="estimate-note">
      {badged && <EstimateBadge />}
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
