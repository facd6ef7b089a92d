/** The files whose bytes define the dataset version (the ingest hashes exactly these). */
export const KNOWLEDGE_DATA_FILES = [
  'isco08-groups.csv',
  'isco08-titles-zh-tw.csv',
  'occupations.csv',
  'tasks.csv',
  'occupation-labels.csv',
  'occupation-aliases-en.csv',
  'occupation-aliases-zh-tw.csv',
  'countries.csv',
  'employment.csv',
  'published-figures.csv',
  'estimate-methods.csv',
  'country-estimates.csv',
  'estimate-validation.csv',
  'exposure-labels-zh-tw.csv',
  'glossary.csv',
] as const;
