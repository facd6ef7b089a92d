/**
 * "Download CSV" for any table: gathers the rows on demand, adds the CC BY attribution and the
 * adaptation disclaimer (from /api/sources, in the interface language) and saves the file.
 */
import { useState } from 'react';
import { useLanguage } from '../i18n/language.tsx';
import { downloadText, toCsv } from './csv.ts';
import { loadNotices } from './notices.ts';

export interface CsvContent {
  filename: string;
  columns: { key: string; label: string }[];
  rows: Record<string, unknown>[];
  /** Comment lines after the attribution and disclaimer (estimate label, other sources' attribution). */
  notes?: string[];
}

/** `name` says which table the file holds, for buttons that sit beside several tables. */
export function CsvButton({ build, label, name }: { build: () => Promise<CsvContent> | CsvContent; label?: string; name?: string }) {
  const { t, language } = useLanguage();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function download() {
    setState({ busy: true, error: null });
    try {
      const [content, notices] = await Promise.all([build(), loadNotices()]);
      const text = toCsv(
        content.columns,
        content.rows,
        {
          attribution: notices.attribution[language] ?? notices.attribution.en ?? '',
          disclaimer: notices.disclaimer[language] ?? notices.disclaimer.en ?? '',
        },
        content.notes,
      );
      downloadText(content.filename, text);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: t('csvFailed', { message: (error as Error).message }) });
    }
  }

  return (
    <span className="csv-action">
      <button
        type="button"
        className="button secondary small"
        onClick={download}
        disabled={state.busy}
        aria-label={name ? `${t('downloadCsv')}: ${name}` : undefined}
        title={t('csvNote')}
      >
        {state.busy ? t('csvPreparing') : (label ?? t('downloadCsv'))}
      </button>
      {state.error && (
        <span className="error" role="alert">
          {state.error}
        </span>
      )}
    </span>
  );
}
