/**
 * A UI message stream as server-sent events, framed as the AI SDK frames them (`data: <json>` per chunk,
 * `data: [DONE]` at the end) but written straight from the chunk generator to bytes: the SDK's response
 * helper passes each chunk through three more web-stream stages, which made a streamed answer cost
 * several times a JSON one.
 */
import { UI_MESSAGE_STREAM_HEADERS, type UIMessageChunk } from 'ai';

export function uiMessageSseResponse(chunks: AsyncGenerator<UIMessageChunk>, onError: (error: unknown) => UIMessageChunk): Response {
  const encoder = new TextEncoder();
  const event = (data: string) => encoder.encode(`data: ${data}\n\n`);
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (!next.done) return controller.enqueue(event(JSON.stringify(next.value)));
      } catch (error) {
        controller.enqueue(event(JSON.stringify(onError(error))));
      }
      controller.enqueue(event('[DONE]'));
      controller.close();
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, { headers: UI_MESSAGE_STREAM_HEADERS });
}
