/** The fixed mix of questions the chat benchmarks send: every intent, English and Chinese. */
export const QUESTION_MIX = [
  'How exposed are bookkeepers?',
  'ISCO 2513',
  'Top 10 most exposed jobs',
  'bank tellers vs translators',
  'How exposed are women compared with men?',
  'automation exposure in high-income countries',
  'How exposed is Brazil?',
  'Which countries are most exposed?',
  'What does the ILO recommend for women?',
  '會計的暴露程度?',
  '台灣的情況如何?',
  "What's the weather in Paris?",
];
