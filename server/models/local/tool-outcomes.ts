/** This turn's tool results as the composer reads them: each tool's own output type, with numbered sources. */
import type { Cited } from '../../chat/chat-message.ts';
import type { Citation } from '../../chat/citations.ts';
import type { ToolName } from '../../domain/tool-names.ts';
import type { ToolOutputs } from '../../tools/registry.ts';

export type OutputOf<Name extends ToolName> = Cited<ToolOutputs[Name]>;

export interface ToolOutcome {
  toolName: string;
  input: Record<string, unknown>;
  output: { data: unknown; sources: Citation[] } | null;
}

/**
 * The outputs of one tool, typed. The prompt carries them as JSON, so this is the one place the
 * composer trusts that a result named after a tool has that tool's shape (the tool loop guarantees it).
 */
export function outputsOf<Name extends ToolName>(outcomes: readonly ToolOutcome[], toolName: Name): OutputOf<Name>[] {
  return outcomes.filter((outcome) => outcome.toolName === toolName && outcome.output).map((outcome) => outcome.output as OutputOf<Name>);
}

/** "[n]" markers for the given source ids of one result, in that order. */
export function cite(output: { sources: readonly Citation[] } | null | undefined, ...ids: string[]): string {
  return ids
    .map((id) => output?.sources.find((source) => source.id === id)?.n)
    .filter((n): n is number => n !== undefined)
    .map((n) => `[${n}]`)
    .join('');
}
