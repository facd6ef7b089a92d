/**
 * What a question was understood to ask: the frame the planner and the composer work from, and what the user is shown.
 * Plain JSON types (aliases, not interfaces), so the turn hands them to the local model as typed provider options.
 */
import type { EntityKind } from './entities.ts';
import type { Operation } from './operation-classifier.ts';

export type Measure =
  | 'exposure'
  | 'gradient_1'
  | 'gradient_2'
  | 'gradient_3'
  | 'gradient_4'
  | 'exposed'
  | 'minimal_exposure'
  | 'not_exposed'
  | 'automation'
  | 'augmentation'
  | 'big_unknown'
  | 'not_affected'
  | 'tasks'
  | 'change'
  | 'gender_gap'
  | 'employment';

export type Subject = {
  kind: Exclude<EntityKind, 'measure' | 'study'>;
  id: string;
  /** Display name in the answer language. */
  label: string;
  /** The words of the question it was read from ('' when it came from the previous question). */
  fromText: string;
  confidence: number;
  fromContext?: boolean;
};

export type ClarifyOption = {
  kind: Subject['kind'];
  id: string;
  label: string;
};

export type Understanding = {
  operation: Operation;
  /** The classifier's probability for the operation (1 when it was carried over from the previous question). */
  confidence: number;
  subjects: Subject[];
  measure: Measure | null;
  /** Every measure the question names ("gradient 3 and gradient 4"), in order. */
  measures: Measure[];
  study: 'wp96' | 'wp140' | null;
  order: 'desc' | 'asc';
  /** How many the user asked for ("top 5"); null = the default. */
  limit: number | null;
  /** Words of the question that informed nothing: shown so a misreading is visible. */
  unused: string[];
  /** Set when a name had several readings, or only a doubtful one: the answer asks instead of guessing. */
  clarify: { reason: 'ambiguous' | 'low_confidence'; fromText: string; options: ClarifyOption[] } | null;
  /** For a claim to check: the figures it asserts, and whether it speaks of jobs being lost. */
  claim: { values: number[]; jobLoss: boolean; ratio: number | null } | null;
  /** Carried over from the previous question: its subjects, its operation. */
  fromContext: ('subjects' | 'operation')[];
  /** Data the question asks for that the knowledge base does not hold (wages, unemployment…). */
  missingData: string | null;
  /** A request to change the rules or reveal them: answered with a refusal, no tools. */
  manipulation: boolean;
};
