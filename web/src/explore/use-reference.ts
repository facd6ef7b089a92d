/**
 * Reference data several pages share (glossary, major group titles), fetched once per language and kept
 * for the session; the hooks re-render when it arrives.
 */
import { useEffect, useState } from 'react';
import { apiGet } from '../api/client.ts';
import type { Language } from '../i18n/strings.ts';
import type { ExposureLabel, Glossary, IscoGroup } from './types.ts';
import { MAJOR_GROUPS } from './types.ts';

const promises = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let found = promises.get(key) as Promise<T> | undefined;
  if (!found) {
    found = load();
    promises.set(key, found);
    // A failed load is forgotten so the next page visit tries again.
    found.catch(() => promises.delete(key));
  }
  return found;
}

/** For tests: forget everything fetched so far. */
export function clearReferenceCache(): void {
  promises.clear();
}

function useCached<T>(key: string, load: () => Promise<T>): T | null {
  const [value, setValue] = useState<{ key: string; data: T } | null>(null);
  useEffect(() => {
    let live = true;
    cached(key, load).then(
      (data) => live && setValue({ key, data }),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // `load` is derived from `key`, so `key` alone decides when to load again.
  }, [key]);
  return value && value.key === key ? value.data : null;
}

export function useGlossary(): Glossary | null {
  return useCached('glossary', () => apiGet<Glossary>('/api/glossary'));
}

/** The ten ISCO-08 major groups' titles in the given language, by code. */
export function useMajorGroupTitles(language: Language): Record<string, string> | null {
  return useCached(`major:${language}`, async () => {
    const groups = await Promise.all(MAJOR_GROUPS.map((code) => apiGet<IscoGroup>(`/api/occupations/${code}?lang=${language}`)));
    return Object.fromEntries(groups.map((group) => [group.code, group.title]));
  });
}

/** Until the glossary arrives: "gradient_4" -> "Gradient 4", "not_exposed" -> "Not exposed". */
export const readableKey = (key: string) => key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');

/** A category's or gradient's name and definition in the interface language. */
export function exposureText(glossary: Glossary | null, key: string, language: Language): { label: string; definition: string } | null {
  const entry: ExposureLabel | undefined = glossary?.exposureLabels.find((label) => label.key === key);
  if (!entry) return null;
  return language === 'zh-TW'
    ? { label: entry.labelZhTw, definition: entry.definitionZhTw }
    : { label: entry.labelEn, definition: entry.definitionEn };
}
