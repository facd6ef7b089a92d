export const EXPLORE_STRINGS = {
  en: {},
  'zh-TW': {},
} as const;
