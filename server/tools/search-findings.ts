import { tool } from 'ai';
import { z } from 'zod';
import { findingRef } from '../data/source-refs.ts';
import { languageOfText, searchFindings } from '../retrieval/hybrid-search.ts';
import { languageInput, type ToolDeps } from './tool-deps.ts';

export const createSearchFindingsTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      "Search the cited findings cards (methods, results, definitions, caveats and policy advice from ILO WP96, WP140 and related ILO work) by meaning and keywords. Use for 'how', 'why' and 'what should be done' questions. Cards exist in English and Traditional Chinese; the default is the language of the query.",
    inputSchema: z.object({ query: z.string().trim().min(1).max(500), language: languageInput, limit: z.number().int().min(1).max(8).default(4) }),
    execute: async ({ query, language, limit }) => {
      const catalog = await kb.catalog();
      const items = await searchFindings(kb.db, kb.embedder, query, { language: language ?? languageOfText(query), limit });
      return { data: { query, items }, sources: items.map((item) => findingRef(catalog, item)) };
    },
  });
