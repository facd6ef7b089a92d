import { tool } from 'ai';
import { z } from 'zod';
import { findingRef } from '../data/source-refs.ts';
import { languageOfText, searchFindings } from '../retrieval/hybrid-search.ts';
import { languageInput, type ToolDeps } from './tool-deps.ts';

// Results only change with the dataset, so repeated questions reuse them (keyed by dataset version).
const CACHE_LIMIT = 1_000;

export const createSearchFindingsTool = ({ kb }: ToolDeps) => {
  const cache = new Map<string, Awaited<ReturnType<typeof searchFindings>>>();
  return tool({
    description:
      'Search the cited findings cards (methods, results, definitions, caveats and policy advice from ILO WP96, WP140 and related ' +
      "ILO work) by meaning and keywords. Use for 'how', 'why' and 'what should be done' questions. Cards exist in English and " +
      'Traditional Chinese; the default is the language of the query.',
    inputSchema: z.object({
      query: z.string().trim().min(1).max(500),
      language: languageInput,
      limit: z.number().int().min(1).max(8).default(4),
    }),
    execute: async ({ query, language, limit }) => {
      const catalog = await kb.catalog();
      const wanted = language ?? languageOfText(query);
      const key = `${catalog.dataset.version}|${wanted}|${limit}|${query}`;
      const items = cache.get(key) ?? (await searchFindings(kb.db, kb.embedder, query, { language: wanted, limit }));
      if (!cache.has(key) && cache.size < CACHE_LIMIT) cache.set(key, items);
      return { data: { query, items }, sources: items.map((item) => findingRef(catalog, item)) };
    },
  });
};
