/** Loading and error states shared by the explorer and About pages. */
import { useLanguage } from '../i18n/language.tsx';

export function Loading() {
  const { t } = useLanguage();
  return (
    <p className="status" role="status">
      {t('loading')}
    </p>
  );
}

export function ErrorState({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useLanguage();
  return (
    <div className="explore-error" role="alert">
      <p>{t('errorLoading', { message: error.message || t('exploreUnknownError') })}</p>
      <button type="button" className="button secondary" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
