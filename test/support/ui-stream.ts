import { parseJsonEventStream, readUIMessageStream, type UIMessageChunk, uiMessageChunkSchema } from 'ai';
import type { ChatChunk, ChatMessage } from '../../server/chat/chat-message.ts';

/** Reads a /api/chat response the way useChat does: the raw chunks and the assembled assistant message. */
export async function readChatResponse(response: Response): Promise<{ chunks: ChatChunk[]; message: ChatMessage }> {
  const chunks: ChatChunk[] = [];
  const stream = parseJsonEventStream({ stream: response.body!, schema: uiMessageChunkSchema }).pipeThrough(
    new TransformStream<{ success: true; value: UIMessageChunk } | { success: false; error: unknown }, ChatChunk>({
      transform(result, controller) {
        if (!result.success) throw result.error;
        // Valid UI message chunks from /api/chat, whose parts are typed by ChatMessage (server/chat/chat-message.ts).
        const chunk = result.value as ChatChunk;
        chunks.push(chunk);
        controller.enqueue(chunk);
      },
    }),
  );
  let message: ChatMessage | undefined;
  for await (const assembled of readUIMessageStream<ChatMessage>({ stream })) message = assembled;
  return { chunks, message: message! };
}

export const userMessage = (text: string, id: string = crypto.randomUUID()): ChatMessage => ({
  id,
  role: 'user',
  parts: [{ type: 'text', text }],
});
