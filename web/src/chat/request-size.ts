/**
 * The server refuses request bodies over MAX_BODY_BYTES (GET /api/limits), and useChat sends the whole
 * conversation each time, tool results included: a handful of data-heavy answers would exceed it. When a
 * request would, earlier messages are sent lighter, as little as needed: first without the parts that
 * only repeat what others hold, then, oldest answer first, with their tool results reduced to sources.
 * The page keeps the full messages; the server saves what it receives.
 */
import type { ChatMessage, Limits } from '../api/types.ts';

/** Room for the request's other fields and for JSON that grows on the way: a tenth of the limit. */
export const requestBudget = (limits: Pick<Limits, 'maxBodyBytes'> | null) =>
  limits ? Math.floor(limits.maxBodyBytes * 0.9) : Number.POSITIVE_INFINITY;

const encoder = new TextEncoder();
export const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

type Part = ChatMessage['parts'][number];

/** Without source-document parts (data-citations carries the same) and the grounding check's exclusion list. */
function lighten(message: ChatMessage): ChatMessage {
  if (message.role !== 'assistant') return message;
  const parts = message.parts
    .filter((part) => part.type !== 'source-document')
    .map((part) => (part.type === 'data-grounding' ? { ...part, data: { ...part.data, excluded: [] } } : part));
  return { ...message, parts };
}

/** Tool results reduced to their numbered sources, so the answer's citations still resolve. */
function withoutToolData(message: ChatMessage): ChatMessage {
  const parts = message.parts.map((part) =>
    part.type.startsWith('tool-') && 'output' in part && part.output
      ? ({ ...part, output: { data: null, sources: (part.output as { sources: unknown }).sources } } as Part)
      : part,
  );
  return { ...message, parts };
}

export function fitMessages(messages: ChatMessage[], overheadBytes: number, budget: number): ChatMessage[] {
  const fits = (candidate: ChatMessage[]) => jsonBytes(candidate) + overheadBytes <= budget;
  if (fits(messages)) return messages;
  const fitted = messages.map((message, index) => (index === messages.length - 1 ? message : lighten(message)));
  for (let index = 0; index < fitted.length - 1 && !fits(fitted); index += 1) {
    if (fitted[index]!.role === 'assistant') fitted[index] = withoutToolData(fitted[index]!);
  }
  return fitted;
}
