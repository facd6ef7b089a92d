/**
 * The names of the four estimate measures as the server serves them (knowledge/data/data-labels.csv, in
 * the interface language): one source for the chat, the explorer's controls and tables, and MCP.
 */
import { api, get } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useCached } from './use-cached.ts';

/** A measure's name; its code until the names have arrived. */
export function useMeasureNames(): (measure: string) => string {
  const { language } = useLanguage();
  const names = useCached(`measures:${language}`, async () => {
    const { measures } = await get(api.sectors, { query: { lang: language } }).load();
    return new Map(measures.map(({ measure, label }) => [measure, label]));
  });
  return (measure) => names?.get(measure) ?? measure;
}
