/** "Download CSV" for a result table: the rows with the CC BY attribution and disclaimer in the current language. */
import { useState } from 'react';
import { downloadText, toCsv } from '../shared/csv.ts';
import { useLanguage } from '../i18n/language.tsx';
import { loadNotices } from './chat-api.ts';
import { fileSlug } from './format.ts';

export interface CsvColumn {
  key: string;
  label: string;
}

export function CsvButton({ name, columns, rows }: { name: string; columns: CsvColumn[]; rows: Record<string, unknown>[] }) {
  const { t, language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const notices = await loadNotices();
      const csv = toCsv(columns, rows, {
        attribution: notices.attribution[language] ?? notices.attribution.en ?? '',
        disclaimer: notices.disclaimer[language] ?? notices.disclaimer.en ?? '',
      });
      downloadText(`${fileSlug(name)}.csv`, csv);
    } catch (caught) {
      setError(t('chatCsvFailed', { message: (caught as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="csv-action">
      <button type="button" className="button secondary small" onClick={download} disabled={busy} aria-label={`${t('downloadCsv')}: ${name}`}>
        {busy ? t('chatCsvPreparing') : t('downloadCsv')}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
