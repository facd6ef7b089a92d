/** Reads a LanguageModelV3 prompt the way the local model needs it: the question, earlier questions, this turn's tool results. */
import type { LanguageModelV3Prompt } from '@ai-sdk/provider';
import type { ToolOutcome } from './tool-outcomes.ts';

export interface Conversation {
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
  const lastUser = prompt.map((message) => message.role).lastIndexOf('user');
  const users = prompt.filter((message) => message.role === 'user').map((message) => textOf(message.content).trim());
  const inputs = new Map<string, { toolName: string; input: Record<string, unknown> }>();
  const outcomes: ToolOutcome[] = [];
  // Only this turn's tool calls and results count: anything before the last user message is history.
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
        const call = inputs.get(part.toolCallId);
        // A result with no call of this turn was not produced by this turn's tools: ignore it.
        if (!call) continue;
        const output = part.output.type === 'json' ? (part.output.value as ToolOutcome['output']) : null;
        outcomes.push({ toolName: part.toolName, input: call.input, output });
      }
    }
  }
  return { question: users.at(-1) ?? '', history: users.slice(0, -1), outcomes };
}
