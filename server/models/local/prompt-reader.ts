/** Reads a LanguageModelV3 prompt the way the local model needs it: the question, earlier questions, this turn's tool results. */
import type { LanguageModelV3Prompt } from '@ai-sdk/provider';
import { ANSWER_LANGUAGE_PATTERN } from '../../chat/system-prompt.ts';
import type { Language } from '../../domain/language.ts';
import { languageOfText } from '../../retrieval/hybrid-search.ts';

export interface ToolOutcome {
  toolName: string;
  input: Record<string, unknown>;
  output: { data: any; sources: { n: number; id: string }[] } | null;
}

export interface Conversation {
  language: Language;
  question: string;
  /** Earlier user questions, oldest first. */
  history: string[];
  /** Tool calls and results made since the last user message, in order. */
  outcomes: ToolOutcome[];
}

const textOf = (content: unknown): string =>
  Array.isArray(content)
    ? content
        .map((part) =>
          part && typeof part === 'object' && (part as { type?: string }).type === 'text' ? (part as { text: string }).text : '',
        )
        .join(' ')
    : String(content ?? '');

export function readPrompt(prompt: LanguageModelV3Prompt): Conversation {
  const system = prompt
    .filter((message) => message.role === 'system')
    .map((message) => message.content)
    .join('\n');
  const lastUser = prompt.map((message) => message.role).lastIndexOf('user');
  const users = prompt.filter((message) => message.role === 'user').map((message) => textOf(message.content).trim());
  const question = users.at(-1) ?? '';
  const inputs = new Map<string, { toolName: string; input: Record<string, unknown> }>();
  const outcomes: ToolOutcome[] = [];
  for (const message of prompt.slice(lastUser + 1)) {
    if (message.role === 'assistant') {
      for (const part of message.content) {
        if (part.type === 'tool-call')
          inputs.set(part.toolCallId, {
            toolName: part.toolName,
            input: (typeof part.input === 'string' ? JSON.parse(part.input) : part.input) as Record<string, unknown>,
          });
      }
    }
    if (message.role === 'tool') {
      for (const part of message.content) {
        if (part.type !== 'tool-result') continue;
        const output = part.output.type === 'json' ? (part.output.value as ToolOutcome['output']) : null;
        outcomes.push({ toolName: part.toolName, input: inputs.get(part.toolCallId)?.input ?? {}, output });
      }
    }
  }
  const declared = ANSWER_LANGUAGE_PATTERN.exec(system)?.[1] as Language | undefined;
  return { language: declared ?? languageOfText(question), question, history: users.slice(0, -1), outcomes };
}
