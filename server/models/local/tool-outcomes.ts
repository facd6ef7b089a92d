/** This turn's tool results as the composer reads them: each tool's own output type, with numbered sources. */
import type { InferToolOutput } from 'ai';
import type { SourceRef } from '../../domain/source-ref.ts';
import type { Tools } from '../../tools/registry.ts';

export type ToolName = keyof Tools & string;
type Numbered<Output> = Output extends { data: infer Data; sources: SourceRef[] }
  ? { data: Data; sources: (SourceRef & { n: number })[] }
  : never;
export type OutputOf<Name extends ToolName> = Numbered<InferToolOutput<Tools[Name]>>;

export interface ToolOutcome {
  toolName: string;
  input: Record<string, unknown>;
  output: { data: unknown; sources: (SourceRef & { n: number })[] } | null;
}

/**
 * The outputs of one tool, typed. The prompt carries them as JSON, so this is the one place the
 * composer trusts that a result named after a tool has that tool's shape (the tool loop guarantees it).
 */
export function outputsOf<Name extends ToolName>(outcomes: readonly ToolOutcome[], toolName: Name): OutputOf<Name>[] {
  return outcomes.filter((outcome) => outcome.toolName === toolName && outcome.output).map((outcome) => outcome.output as OutputOf<Name>);
}

/** "[n]" markers for the given source ids of one result, in that order. */
export function cite(output: { sources: readonly (SourceRef & { n: number })[] } | null | undefined, ...ids: string[]): string {
  return ids
    .map((id) => output?.sources.find((source) => source.id === id)?.n)
    .filter((n): n is number => n !== undefined)
    .map((n) => `[${n}]`)
    .join('');
}
