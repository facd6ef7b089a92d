import { CHAT_STRINGS } from '../chat/chat-strings.ts';
import { EXPLORE_STRINGS } from '../explore/explore-strings.ts';
import { SECTOR_STRINGS } from '../sectors/sector-strings.ts';
import { DATA_STRINGS } from '../shared/data-strings.ts';
import { COMMON_STRINGS } from './common-strings.ts';

export type { Language } from '../../../server/domain/language.ts';

import type { Language } from '../../../server/domain/language.ts';

export const STRINGS = {
  en: { ...COMMON_STRINGS.en, ...DATA_STRINGS.en, ...CHAT_STRINGS.en, ...EXPLORE_STRINGS.en, ...SECTOR_STRINGS.en },
  'zh-TW': {
    ...COMMON_STRINGS['zh-TW'],
    ...DATA_STRINGS['zh-TW'],
    ...CHAT_STRINGS['zh-TW'],
    ...EXPLORE_STRINGS['zh-TW'],
    ...SECTOR_STRINGS['zh-TW'],
  },
} satisfies Record<Language, Record<string, string>>;

export type StringKey = keyof (typeof STRINGS)['en'] & keyof (typeof STRINGS)['zh-TW'];
