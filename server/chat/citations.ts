/**
 * Numbers the sources of one turn in order of first use. Every tool call's output reaches the model
 * with its sources already numbered, so any model (the local one or an LLM) cites them as [n].
 */
import type { Tool } from 'ai';
import type { SourceRef } from '../domain/source-ref.ts';

export interface Citation extends SourceRef {
  n: number;
}

export class CitationRegistry {
  private readonly byId = new Map<string, Citation>();

  number(sources: readonly SourceRef[]): Citation[] {
    return sources.map((source) => {
      const known = this.byId.get(source.id);
      if (known) return known;
      const citation = { n: this.byId.size + 1, ...source };
      this.byId.set(source.id, citation);
      return citation;
    });
  }

  all(): Citation[] {
    return [...this.byId.values()];
  }

  /** The citations an answer actually refers to with [n] markers, in number order. */
  citedIn(answer: string): Citation[] {
    const cited = new Set([...answer.matchAll(/\[(\d{1,3})\]/g)].map((match) => Number(match[1])));
    return this.all().filter((citation) => cited.has(citation.n));
  }
}

/**
 * Wraps each tool so its output's sources are numbered by the registry. Calls run one after another
 * in the order the model made them, so the numbering does not depend on which call finishes first.
 */
export function withCitations<Tools extends Record<string, Tool>>(tools: Tools, registry: CitationRegistry): Tools {
  let queue: Promise<unknown> = Promise.resolve();
  const wrapped: Record<string, Tool> = {};
  for (const [name, original] of Object.entries(tools)) {
    wrapped[name] = {
      ...original,
      execute: (input: unknown, options: unknown) => {
        const run = queue.then(async () => {
          const result = (await original.execute!(input as never, options as never)) as { data: unknown; sources: SourceRef[] };
          return { ...result, sources: registry.number(result.sources) };
        });
        queue = run.catch(() => {});
        return run;
      },
    } as Tool;
  }
  return wrapped as Tools;
}
