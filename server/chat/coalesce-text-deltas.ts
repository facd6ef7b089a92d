/**
 * A streamText transform that joins text deltas already waiting in the stream into one. A model that
 * produces its whole answer at once (the local model emits it word by word in one go) would otherwise
 * cost one UI-stream chunk, one server-sent event and one client re-render per word; deltas that arrive
 * over time (an LLM over the network) still pass one by one, since each arrives after the flush.
 */
import type { TextStreamPart, ToolSet } from 'ai';

type Part<TOOLS extends ToolSet> = TextStreamPart<TOOLS>;
type TextDelta = { type: 'text-delta'; id: string; text: string; providerMetadata?: unknown };

export function coalesceTextDeltas<TOOLS extends ToolSet>() {
  return () => {
    let pending: TextDelta | null = null;
    let timer: NodeJS.Immediate | null = null;
    const release = (controller: TransformStreamDefaultController<Part<TOOLS>>) => {
      if (timer) clearImmediate(timer);
      timer = null;
      if (pending) controller.enqueue(pending as Part<TOOLS>);
      pending = null;
    };
    return new TransformStream<Part<TOOLS>, Part<TOOLS>>({
      transform(part, controller) {
        if (part.type === 'text-delta' && !part.providerMetadata) {
          const delta = part as TextDelta;
          if (pending && pending.id === delta.id) {
            pending = { ...pending, text: pending.text + delta.text };
            return;
          }
          release(controller);
          pending = delta;
          // Whatever is already queued is read before this runs; what arrives later goes out on its own.
          timer = setImmediate(() => release(controller));
          return;
        }
        release(controller);
        controller.enqueue(part);
      },
      flush: release,
    });
  };
}
