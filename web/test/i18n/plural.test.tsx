/** Counted strings read right in the singular ("1 row"), and every singular belongs to a string that counts. */
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { LanguageProvider, useLanguage } from '../../src/i18n/language.tsx';
import { PLURAL_STRINGS } from '../../src/i18n/plural-strings.ts';
import { type Language, STRINGS } from '../../src/i18n/strings.ts';

const translate = (language: Language) =>
  renderHook(() => useLanguage(), {
    wrapper: ({ children }: { children: ReactNode }) => <LanguageProvider initial={language}>{children}</LanguageProvider>,
  }).result.current.t;

describe('plurals', () => {
  it('says "1 row" and "2 rows"', () => {
    const t = translate('en');
    expect(t('exploreDownloadCsvAll', { total: 1 })).toBe('Download CSV (1 row)');
    expect(t('exploreDownloadCsvAll', { total: 2 })).toBe('Download CSV (2 rows)');
    expect(t('exploreDownloadCsvAll', { total: 0 })).toBe('Download CSV (0 rows)');
    expect(t('exploreCountriesCount', { count: 1 })).toBe('1 country or territory');
  });

  it('leaves Chinese as it is', () => {
    expect(translate('zh-TW')('exploreDownloadCsvAll', { total: 1 })).toBe(STRINGS['zh-TW'].exploreDownloadCsvAll.replace('{total}', '1'));
  });

  it('has a singular only for strings that exist and show the count it is chosen by', () => {
    for (const key of Object.keys(PLURAL_STRINGS.en)) {
      const base = key.replace(/_one$/, '') as keyof (typeof STRINGS)['en'];
      expect(STRINGS.en[base], key).toMatch(/\{(count|total|n)\}/);
    }
  });
});
