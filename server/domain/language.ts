export const LANGUAGES = ['en', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The title in the requested language, falling back to English where no translation exists. */
export const pickTitle = (language: Language, english: string, chinese: string | null | undefined) =>
  language === 'zh-TW' && chinese ? chinese : english;
