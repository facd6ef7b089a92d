import { useEffect } from 'react';
import { useLanguage } from '../i18n/language.tsx';

/** Sets the browser tab title to "<page> · <app name>" while the page is open. */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useLanguage();
  const appName = t('appName');
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = `${title} · ${appName}`;
    return () => {
      document.title = previous;
    };
  }, [title, appName]);
}
