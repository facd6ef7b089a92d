/**
 * The UI message chunks of a turn that was answered at once (generateText), as the SDK's
 * toUIMessageStream sends a streamed turn's: the message start, then per step its tool calls with their
 * inputs, their outputs (or errors) and its text. Only what the app's models produce has a chunk:
 * no reasoning (never sent), sources (the app sends its own citations) or files.
 */
import type { StepResult, ToolSet } from 'ai';
import type { ChatChunk } from './chat-message.ts';

export function stepChunks<TOOLS extends ToolSet>(
  steps: readonly StepResult<TOOLS>[],
  messageId: string,
  errorText: (error: unknown) => string,
): ChatChunk[] {
  const chunks: ChatChunk[] = [{ type: 'start', messageId }];
  for (const step of steps) {
    chunks.push({ type: 'start-step' });
    for (const [index, part] of step.content.entries()) {
      if (part.type === 'text') {
        const id = `${step.stepNumber}-${index}`;
        chunks.push({ type: 'text-start', id }, { type: 'text-delta', id, delta: part.text }, { type: 'text-end', id });
      } else if (part.type === 'tool-call') {
        chunks.push(
          part.invalid
            ? {
                type: 'tool-input-error',
                toolCallId: part.toolCallId,
                toolName: part.toolName,
                input: part.input,
                errorText: errorText(part.error),
              }
            : { type: 'tool-input-available', toolCallId: part.toolCallId, toolName: part.toolName, input: part.input },
        );
      } else if (part.type === 'tool-result') {
        // As the SDK does: JSON drops undefined, and a tool part needs its output field.
        chunks.push({ type: 'tool-output-available', toolCallId: part.toolCallId, output: part.output ?? null });
      } else if (part.type === 'tool-error') {
        chunks.push({ type: 'tool-output-error', toolCallId: part.toolCallId, errorText: errorText(part.error) });
      }
    }
    chunks.push({ type: 'finish-step' });
  }
  return chunks;
}
