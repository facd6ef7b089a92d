/** What the question understanding recognises in a question, and how sure it is of each. */

const ENTITY_KINDS = ['occupation', 'country', 'income_group', 'region', 'world', 'sex', 'study', 'measure', 'sector'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** One reading of a span of the question. */
export interface Candidate {
  kind: EntityKind;
  id: string;
  /** 0-1: 1 is an exact match of an official name, lower for alternative names and typos. */
  score: number;
  /** The label that matched, as written in the data. */
  matched: string;
}

/** A span of the question and its readings, best first. */
export interface Span {
  start: number;
  end: number;
  /** The words of the question this span covers (normalised). */
  text: string;
  candidates: Candidate[];
  /** How the span was found: an exact label, a corrected typo, a one-character Chinese variant. */
  via: 'exact' | 'typo' | 'variant';
}
