/**
 * The singular of English strings that count something ("1 row", not "1 rows"): `t` uses `<key>_one` when
 * the count (`count`, else `total`, else `n`) is one by the language's plural rules. Chinese has no plural.
 */
export const PLURAL_STRINGS = {
  en: {
    chatCharactersLeft_one: '1 character left',
    chatRankedCount_one: '{shown} of 1 scored occupation',
    chatGroupDistribution_one: 'How its 1 scored unit group spreads',
    chatRankedCountriesCount_one: '{shown} of 1 country with data',
    exploreDownloadCsvAll_one: 'Download CSV (1 row)',
    exploreTasksHeading_one: 'Tasks (1), highest 2025 score first',
    exploreGroupCounts_one: '{scored} of its 1 unit group has ILO scores.',
    exploreCountriesCount_one: '1 country or territory',
    sectorsSuppressed_one: '1 cell not published',
    sectorCoverageSuppressed_one: 'Not published: 1 cell or occupation',
    sectorMixCount_one: '{shown} of 1 occupation',
  },
  'zh-TW': {},
} as const;
