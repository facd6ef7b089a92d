/**
 * Questions the reader can send with one click: the follow-ups after an answer (by what the answer
 * looked up, the same for every model) and, for a name read several ways, the question again with each
 * reading. Written without figures, so they never need grounding.
 */
import type { Language } from '../domain/language.ts';
import type { ClarifyOption, Understanding } from '../understanding/understanding.ts';

type Topic = 'occupation' | 'ranking' | 'group' | 'country' | 'sector' | 'tasks' | 'knowledge' | 'start';

const FOLLOW_UPS: Record<Topic, Record<Language, string[]>> = {
  occupation: {
    en: [
      'Which tasks of this occupation are least exposed?',
      'Which clerical jobs are most exposed?',
      'What does the ILO recommend for affected workers?',
    ],
    'zh-TW': ['這個職業哪些任務的暴露程度最低？', '哪些事務類職業的暴露程度最高？', 'ILO 對受影響的勞工有什麼建議？'],
  },
  ranking: {
    en: ['How exposed are women compared with men?', 'How did the 2025 index change the scores?', 'Which occupations are least exposed?'],
    'zh-TW': ['女性與男性的暴露程度有何不同？', '2025 年指數如何改變了分數？', '哪些職業的暴露程度最低？'],
  },
  group: {
    en: ['And in low-income countries?', 'Why are women more exposed?', 'Which countries are most exposed?'],
    'zh-TW': ['那低所得國家呢？', '為什麼女性的暴露程度較高？', '哪些國家的暴露程度最高？'],
  },
  country: {
    en: ['What about women?', 'Which countries are most exposed?', 'Why might estimates overstate exposure in poorer countries?'],
    'zh-TW': ['那女性呢？', '哪些國家的暴露程度最高？', '為什麼估計可能高估較貧窮國家的暴露程度？'],
  },
  sector: {
    en: [
      'Which sectors in Europe are most exposed?',
      'Which occupations drive exposure in US finance?',
      'What does the ILO recommend for affected workers?',
    ],
    'zh-TW': ['歐洲哪些產業的暴露程度最高？', '美國金融業哪些職業最容易受到影響？', 'ILO 對受影響的勞工有什麼建議？'],
  },
  tasks: {
    en: [
      'Which jobs involve answering customer calls?',
      'Which tasks of a bookkeeper are most exposed?',
      'Which occupations are most exposed?',
    ],
    'zh-TW': ['哪些工作需要接聽客戶電話？', '會計哪些任務的暴露程度最高？', '哪些職業的暴露程度最高？'],
  },
  knowledge: {
    en: ['How exposed are clerical jobs?', 'What does the ILO recommend for women?', 'Is exposure the same as job loss?'],
    'zh-TW': ['事務類工作的暴露程度如何？', 'ILO 對女性有什麼建議？', '暴露程度等於失業嗎？'],
  },
  start: {
    en: [
      'How exposed are bookkeepers?',
      'Which occupations are most exposed?',
      'How exposed is Brazil?',
      'What does the ILO recommend for women?',
    ],
    'zh-TW': ['會計的暴露程度如何？', '哪些職業的暴露程度最高？', '台灣的情況如何？', 'ILO 對女性有什麼建議？'],
  },
};

/** The first tool the answer called that names a topic decides it; an answer that looked nothing up gets the starters. */
const TOPIC_OF_TOOL: Record<string, Topic> = {
  sectorExposure: 'sector',
  rankSectors: 'sector',
  rankSectorOccupations: 'sector',
  countryExposure: 'country',
  rankCountries: 'country',
  rankOccupations: 'ranking',
  getOccupation: 'occupation',
  compareOccupations: 'occupation',
  groupExposure: 'group',
  searchTasks: 'tasks',
  searchFindings: 'knowledge',
  defineTerms: 'knowledge',
};

/** Case, spaces and punctuation aside, two questions are the same. */
const bare = (text: string) => text.toLowerCase().replace(/[\s?？!！。.,，、]/g, '');

/** Two follow-ups for an answer that called `toolNames`, never one of the questions already `asked`. */
export function followUpQuestions(toolNames: readonly string[], language: Language, asked: readonly string[]): string[] {
  const topic = toolNames.map((name) => TOPIC_OF_TOOL[name]).find(Boolean) ?? 'start';
  const seen = new Set(asked.map(bare));
  return FOLLOW_UPS[topic][language].filter((question) => !seen.has(bare(question))).slice(0, 2);
}

/**
 * The question again with one reading of the doubtful name in place of the words it was read from
 * ("How exposed are nurses?" -> "How exposed are Nursing Professionals?"); where those words cannot be
 * found as typed, a plain question about that reading.
 */
function questionFor(question: string, fromText: string, option: ClarifyOption, language: Language): string {
  const at = fromText ? question.toLowerCase().indexOf(fromText.toLowerCase()) : -1;
  // "a nurse" becomes "Nursing Professionals", not "a Nursing Professionals".
  if (at >= 0) return `${question.slice(0, at).replace(/\b(a|an|the)\s+$/i, '')}${option.label}${question.slice(at + fromText.length)}`;
  return language === 'zh-TW' ? `${option.label}的暴露程度如何？` : `How exposed is ${option.label}?`;
}

/** The readings the answer asks the reader to choose from, each with the question that picks it. */
export function clarifyChoices(understanding: Understanding, question: string, language: Language) {
  const clarify = understanding.clarify;
  if (!clarify) return null;
  return {
    ...clarify,
    options: clarify.options.map((option) => ({ ...option, question: questionFor(question, clarify.fromText, option, language) })),
  };
}
