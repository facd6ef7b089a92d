/**
 * "Download CSV": gathers the rows on demand, adds the CC BY attribution and the adaptation disclaimer
 * from /api/sources in the interface language, and saves the file.
 */
import { useState } from 'react';
import { apiGet } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import { downloadText, toCsv } from '../shared/csv.ts';
import type { SourcesResponse } from './types.ts';

export interface CsvContent {
  filename: string;
  columns: { key: string; label: string }[];
  rows: Record<string, unknown>[];
}

export function CsvButton({ build, label }: { build: () => Promise<CsvContent> | CsvContent; label?: string }) {
  const { t, language } = useLanguage();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function download() {
    setState({ busy: true, error: null });
    try {
      const [content, sources] = await Promise.all([build(), apiGet<SourcesResponse>('/api/sources')]);
      const notices = {
        attribution: sources.attribution[language] ?? sources.attribution.en ?? '',
        disclaimer: sources.disclaimer[language] ?? sources.disclaimer.en ?? '',
      };
      downloadText(content.filename, toCsv(content.columns, content.rows, notices));
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: (error as Error).message || t('exploreUnknownError') });
    }
  }

  return (
    <div className="csv-button">
      <button type="button" className="button secondary" onClick={download} disabled={state.busy} aria-describedby="csv-note">
        <span aria-hidden="true">⤓ </span>
        {state.busy ? t('exploreCsvPreparing') : (label ?? t('downloadCsv'))}
      </button>
      <span id="csv-note" className="visually-hidden">
        {t('exploreCsvNote')}
      </span>
      {state.error && (
        <p className="error" role="alert">
          {t('exploreCsvError', { message: state.error })}
        </p>
      )}
    </div>
  );
}
