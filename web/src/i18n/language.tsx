/** The interface language (English / Traditional Chinese), remembered per browser. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { PLURAL_STRINGS } from './plural-strings.ts';
import { type Language, STRINGS, type StringKey } from './strings.ts';

const STORAGE_KEY = 'genai-jobs-language';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: StringKey, values?: Record<string, string | number>) => string;
}

const LanguageContext = createContext<LanguageState | null>(null);

const pluralRules = new Map<Language, Intl.PluralRules>();
/** The string for a key, in its singular form where the count it shows is one ("1 row"). */
function textFor(language: Language, key: StringKey, values: Record<string, string | number>): string {
  const count = values.count ?? values.total ?? values.n;
  const singulars: Record<string, string> = PLURAL_STRINGS[language];
  if (typeof count === 'number' && `${key}_one` in singulars) {
    const rules = pluralRules.get(language) ?? pluralRules.set(language, new Intl.PluralRules(language)).get(language)!;
    if (rules.select(count) === 'one') return singulars[`${key}_one`]!;
  }
  return STRINGS[language][key];
}

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'zh-TW') return stored;
  return typeof navigator !== 'undefined' && /^zh/i.test(navigator.language) ? 'zh-TW' : 'en';
}

export function LanguageProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(initial ?? initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    localStorage.setItem(STORAGE_KEY, next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<LanguageState>(
    () => ({
      language,
      setLanguage,
      t: (key, values = {}) => textFor(language, key, values).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? '')),
    }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage needs a <LanguageProvider>');
  return state;
}
