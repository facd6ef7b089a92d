export const CHAT_STRINGS = {
  en: {},
  'zh-TW': {},
} as const;
