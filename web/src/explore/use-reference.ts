/** Reference data the explorer pages share: the glossary and the major groups' titles. */
import { ISCO_MAJOR_GROUPS } from '../../../server/domain/areas.ts';
import { api, get } from '../api/client.ts';
import type { Glossary } from '../api/types.ts';
import type { Language } from '../i18n/strings.ts';
import { useCached } from '../shared/use-cached.ts';

export function useGlossary(): Glossary | null {
  return useCached('glossary', () => get(api.glossary, {}).load());
}

/** The ten ISCO-08 major groups' titles in the given language, by code. */
export function useMajorGroupTitles(language: Language): Record<string, string> | null {
  return useCached(`major:${language}`, async () => {
    const groups = await Promise.all(
      ISCO_MAJOR_GROUPS.map((code) => get(api.occupations[':code'], { param: { code }, query: { lang: language } }).load()),
    );
    return Object.fromEntries(groups.map((group) => [group.code, group.title]));
  });
}

/** A category's or gradient's name and definition in the interface language. */
export function exposureText(glossary: Glossary | null, key: string, language: Language): { label: string; definition: string } | null {
  const entry = glossary?.exposureLabels.find((label) => label.key === key);
  if (!entry) return null;
  return language === 'zh-TW'
    ? { label: entry.labelZhTw, definition: entry.definitionZhTw }
    : { label: entry.labelEn, definition: entry.definitionEn };
}
