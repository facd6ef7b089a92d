/**
 * The server refuses request bodies over MAX_BODY_BYTES (1 MB by default), and useChat sends the whole
 * conversation each time, tool results included: a handful of data-heavy answers would exceed it. When a
 * request would, earlier messages are sent lighter, as little as needed: first without the parts that
 * only repeat what others hold, then, oldest answer first, with their tool results reduced to sources.
 * The page keeps the full messages; the server saves what it receives.
 */
import type { UIMessage } from 'ai';

export const REQUEST_BUDGET_BYTES = 900_000;

const encoder = new TextEncoder();
export const jsonBytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

type Part = UIMessage['parts'][number];

/** Without source-document parts (data-citations carries the same) and the grounding check's exclusion list. */
function lighten(message: UIMessage): UIMessage {
  if (message.role !== 'assistant') return message;
  const parts = message.parts
    .filter((part) => part.type !== 'source-document')
    .map((part) =>
      part.type === 'data-grounding' && part.data && typeof part.data === 'object'
        ? ({ ...part, data: { ...(part.data as object), excluded: [] } } as Part)
        : part,
    );
  return { ...message, parts };
}

/** Tool results reduced to their numbered sources, so the answer's citations still resolve. */
function withoutToolData(message: UIMessage): UIMessage {
  const parts = message.parts.map((part) => {
    const raw = part as unknown as { type: string; output?: { sources?: unknown } };
    if (!(raw.type.startsWith('tool-') || raw.type === 'dynamic-tool') || !raw.output || typeof raw.output !== 'object') return part;
    return { ...part, output: { data: null, sources: raw.output.sources ?? [], omitted: true } } as unknown as Part;
  });
  return { ...message, parts };
}

export function fitMessages(messages: UIMessage[], overheadBytes = 0, budget = REQUEST_BUDGET_BYTES): UIMessage[] {
  const fits = (candidate: UIMessage[]) => jsonBytes(candidate) + overheadBytes <= budget;
  if (fits(messages)) return messages;
  const fitted = messages.map((message, index) => (index === messages.length - 1 ? message : lighten(message)));
  for (let index = 0; index < fitted.length - 1 && !fits(fitted); index += 1) {
    if (fitted[index]!.role === 'assistant') fitted[index] = withoutToolData(fitted[index]!);
  }
  return fitted;
}
