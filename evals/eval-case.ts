/** One evaluation question and what a correct answer must show. */
export interface EvalCase {
  id: string;
  /** occupation, ranking, comparison, group, country, country-ranking, knowledge, follow-up, ambiguity, refusal */
  intent: string;
  language: 'en' | 'zh-TW';
  question: string;
  /** Earlier user questions (the assistant turns in between are not needed by the pipeline). */
  history?: string[];
  /** The tools that must be called, in order. */
  tools: string[];
  /** Strings that must appear in the answer: figures as printed (e.g. "0.70", "5.5%"), ISCO codes, names. */
  facts: string[];
  citationKinds?: string[];
  /** A refusal: no tool call and no figure at all. */
  refusal?: boolean;
}
