/**
 * A UI message stream as server-sent events, framed as the AI SDK frames them (`data: <json>` per chunk,
 * `data: [DONE]` at the end) but written straight from the chunks to bytes: the SDK's response helper passes
 * each chunk through three more web-stream stages, which made a streamed answer cost several times a JSON one.
 * Chunks come in batches, the ones that are ready together (a whole answer of the local model is one), and each
 * batch is one write.
 */
import { UI_MESSAGE_STREAM_HEADERS } from 'ai';
import type { ChatChunk } from './chat-message.ts';

export function uiMessageSseResponse(batches: AsyncGenerator<readonly ChatChunk[]>, onError: (error: unknown) => ChatChunk): Response {
  const encoder = new TextEncoder();
  const events = (data: readonly string[]) => encoder.encode(data.map((item) => `data: ${item}\n\n`).join(''));
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await batches.next();
        if (!next.done) return controller.enqueue(events(next.value.map((chunk) => JSON.stringify(chunk))));
      } catch (error) {
        controller.enqueue(events([JSON.stringify(onError(error))]));
      }
      controller.enqueue(events(['[DONE]']));
      controller.close();
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(body, { headers: UI_MESSAGE_STREAM_HEADERS });
}
