/**
 * A question in its conversation: the earlier user questions are read first (the last few, oldest
 * first), so a follow-up ("and for women?", 那老師呢？) inherits the previous subject and operation.
 */
import type { Language } from '../domain/language.ts';
import { type UnderstandingResources, understand } from './understand.ts';
import type { Understanding } from './understanding.ts';

/** How many earlier questions can shape a follow-up: enough for a chain of "and…?" questions. */
const CONTEXT_QUESTIONS = 3;

export function understandConversation(
  question: string,
  earlierQuestions: readonly string[],
  language: Language,
  resources: UnderstandingResources,
): Understanding {
  let context: Understanding | null = null;
  for (const earlier of earlierQuestions.slice(-CONTEXT_QUESTIONS)) context = understand(earlier, context, language, resources);
  return understand(question, context, language, resources);
}
