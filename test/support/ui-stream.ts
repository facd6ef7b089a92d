import { parseJsonEventStream, readUIMessageStream, type UIMessage, type UIMessageChunk, uiMessageChunkSchema } from 'ai';

/** Reads a /api/chat response the way useChat does: the raw chunks and the assembled assistant message. */
export async function readChatResponse(response: Response): Promise<{ chunks: UIMessageChunk[]; message: UIMessage }> {
  const chunks: UIMessageChunk[] = [];
  const stream = parseJsonEventStream({ stream: response.body!, schema: uiMessageChunkSchema }).pipeThrough(
    new TransformStream<{ success: boolean; value?: UIMessageChunk; error?: unknown }, UIMessageChunk>({
      transform(result, controller) {
        if (!result.success) throw result.error;
        chunks.push(result.value!);
        controller.enqueue(result.value!);
      },
    }),
  );
  let message: UIMessage | undefined;
  for await (const assembled of readUIMessageStream({ stream })) message = assembled;
  return { chunks, message: message! };
}

export const userMessage = (text: string, id: string = crypto.randomUUID()): UIMessage => ({
  id,
  role: 'user',
  parts: [{ type: 'text', text }],
});
