/**
 * The chat's UI message as /api/chat streams it and useChat holds it: each tool's input and output
 * (sources numbered as citations), and the data parts written after the answer. The web imports these
 * types, so a renamed field fails the web's type check instead of breaking at run time.
 */
import type { InferToolInput, InferUIMessageChunk, UIMessage } from 'ai';
import type { Language } from '../domain/language.ts';
import type { SourceRef } from '../domain/source-ref.ts';
import type { ToolName } from '../domain/tool-names.ts';
import type { ToolOutputs, Tools } from '../tools/registry.ts';
import type { Citation } from './citations.ts';
import type { GroundingResult } from './grounding.ts';
import type { Understood } from './turn.ts';

/** A tool output as the chat gets it: the same data, its sources numbered in the order of first use. */
export type Cited<Output> = Output extends { sources: readonly SourceRef[] } ? Omit<Output, 'sources'> & { sources: Citation[] } : Output;

type ChatTools = { [Name in ToolName]: { input: InferToolInput<Tools[Name]>; output: Cited<ToolOutputs[Name]> } };

export type ChatDataParts = {
  /** What the question was understood to ask, right after the message starts. */
  understood: Understood;
  citations: Citation[];
  /** Questions to offer as one-click follow-ups, after the citations. */
  'follow-ups': string[];
  grounding: GroundingResult & { repaired: boolean; repairedAnswer?: string; model: string; language: Language };
  /** saved: false when the turn could not be stored. */
  notice: { message: string; saved?: false };
};

export type ChatMessage = UIMessage<unknown, ChatDataParts, ChatTools>;

/** One chunk of the chat's UI message stream. */
export type ChatChunk = InferUIMessageChunk<ChatMessage>;
