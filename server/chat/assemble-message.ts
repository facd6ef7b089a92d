/**
 * The assistant message a client builds from the UI message chunks of one answer (what useChat shows), built
 * the same way for storage. The SDK's own builder (processUIMessageStream) is reachable only through web
 * streams (createUIMessageStream, readUIMessageStream), which cost about as much as the rest of a saved turn;
 * this one folds the chunks this server sends, and test/unit/assemble-message.test.ts checks it against the SDK
 * on real answers of both model paths. A chunk it does not know stops the save rather than store something else.
 */
import type { ChatChunk, ChatMessage } from './chat-message.ts';

type Part = ChatMessage['parts'][number];
type ToolPart = Extract<Part, { toolCallId: string }> & Record<string, unknown>;

/** A tool part's fields as the SDK leaves them: undefined ones are dropped when stored as JSON. */
const defined = <T extends Record<string, unknown>>(fields: T): T =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;

export function assembleMessage(chunks: readonly ChatChunk[]): ChatMessage {
  const message: ChatMessage = { id: '', role: 'assistant', parts: [] };
  const texts = new Map<string, Extract<Part, { type: 'text' }>>();
  // Tool calls are found in the current step, as the SDK finds them.
  let stepStart = 0;
  const tool = (toolCallId: string) =>
    message.parts.slice(stepStart).find((part): part is ToolPart => 'toolCallId' in part && part.toolCallId === toolCallId);
  const updateTool = (toolCallId: string, toolName: string | undefined, fields: Record<string, unknown>) => {
    const part = tool(toolCallId);
    if (part) Object.assign(part, fields);
    else if (toolName) message.parts.push(defined({ type: `tool-${toolName}`, toolCallId, ...fields }) as Part);
    else throw new Error(`No tool call ${toolCallId} for its result`);
    if (part) for (const key of Object.keys(part)) if (part[key] === undefined) delete part[key];
  };

  for (const chunk of chunks) {
    if ('dynamic' in chunk && chunk.dynamic) throw new Error('Dynamic tools are not stored');
    switch (chunk.type) {
      case 'start':
        if (chunk.messageId !== undefined) message.id = chunk.messageId;
        break;
      case 'start-step':
        stepStart = message.parts.push({ type: 'step-start' });
        break;
      case 'finish-step':
        texts.clear();
        break;
      case 'text-start': {
        const part = defined({ type: 'text' as const, text: '', providerMetadata: chunk.providerMetadata, state: 'streaming' as const });
        texts.set(chunk.id, part);
        message.parts.push(part);
        break;
      }
      case 'text-delta':
      case 'text-end': {
        const part = texts.get(chunk.id);
        if (!part) throw new Error(`No text part ${chunk.id}`);
        if (chunk.type === 'text-delta') part.text += chunk.delta;
        else {
          part.state = 'done';
          texts.delete(chunk.id);
        }
        if (chunk.providerMetadata !== undefined) part.providerMetadata = chunk.providerMetadata;
        break;
      }
      case 'tool-input-start':
        updateTool(chunk.toolCallId, chunk.toolName, {
          state: 'input-streaming',
          title: chunk.title,
          providerExecuted: chunk.providerExecuted,
          callProviderMetadata: chunk.providerMetadata,
        });
        break;
      // Its only lasting effect, the raw input text, is cleared when the whole input arrives.
      case 'tool-input-delta':
        break;
      case 'tool-input-available':
        updateTool(chunk.toolCallId, chunk.toolName, {
          state: 'input-available',
          input: chunk.input,
          rawInput: undefined,
          ...(chunk.title !== undefined ? { title: chunk.title } : {}),
          ...(chunk.providerExecuted !== undefined ? { providerExecuted: chunk.providerExecuted } : {}),
          ...(chunk.providerMetadata !== undefined ? { callProviderMetadata: chunk.providerMetadata } : {}),
        });
        break;
      case 'tool-input-error':
        updateTool(chunk.toolCallId, chunk.toolName, {
          state: 'output-error',
          input: undefined,
          rawInput: chunk.input,
          errorText: chunk.errorText,
          ...(chunk.providerExecuted !== undefined ? { providerExecuted: chunk.providerExecuted } : {}),
          ...(chunk.providerMetadata !== undefined ? { callProviderMetadata: chunk.providerMetadata } : {}),
        });
        break;
      case 'tool-output-available':
      case 'tool-output-error':
        if (!tool(chunk.toolCallId)) throw new Error(`No tool call ${chunk.toolCallId} for its result`);
        updateTool(chunk.toolCallId, undefined, {
          state: chunk.type === 'tool-output-available' ? 'output-available' : 'output-error',
          output: chunk.type === 'tool-output-available' ? chunk.output : undefined,
          errorText: chunk.type === 'tool-output-error' ? chunk.errorText : undefined,
          preliminary: chunk.type === 'tool-output-available' ? chunk.preliminary : undefined,
          ...(chunk.providerExecuted !== undefined ? { providerExecuted: chunk.providerExecuted } : {}),
          ...(chunk.providerMetadata !== undefined ? { resultProviderMetadata: chunk.providerMetadata } : {}),
        });
        break;
      case 'source-document':
        message.parts.push(
          defined({
            type: 'source-document' as const,
            sourceId: chunk.sourceId,
            mediaType: chunk.mediaType,
            title: chunk.title,
            filename: chunk.filename,
            providerMetadata: chunk.providerMetadata,
          }),
        );
        break;
      // Neither adds a part: an error is reported, and the message ends where it stopped.
      case 'error':
      case 'abort':
      case 'finish':
        break;
      default: {
        if (!chunk.type.startsWith('data-')) throw new Error(`Unexpected chunk "${chunk.type}" in an answer`);
        const data = chunk as Extract<ChatChunk, { type: `data-${string}` }>;
        if (data.transient) break;
        // A data chunk with the id of an earlier one replaces its data; otherwise the chunk is the part.
        const earlier =
          data.id === undefined ? undefined : message.parts.find((part) => part.type === data.type && 'id' in part && part.id === data.id);
        if (earlier) (earlier as { data: unknown }).data = data.data;
        else message.parts.push({ ...data } as Part);
      }
    }
  }
  return message;
}
