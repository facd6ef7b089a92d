import { tool } from 'ai';
import { z } from 'zod';
import { scoresOf } from '../data/occupation-views.ts';
import { occupationRef } from '../data/source-refs.ts';
import { type Language, pickTitle } from '../domain/language.ts';
import { searchTasks } from '../retrieval/hybrid-search.ts';
import { languageInput, type ToolDeps } from './tool-deps.ts';

/** Task hits fetched per occupation asked for: several tasks of one occupation often match together. */
const HITS_PER_OCCUPATION = 3;

export const createSearchTasksTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      'Find the occupations whose tasks match a description of work ("writing reports", "answering customer calls"): ' +
      "the ILO's task statements (English) closest in meaning and words, grouped by ISCO-08 unit group, with each task's " +
      "2025 and 2023 exposure score and the occupation's 2025 gradient. Optionally within one ISCO group (1-3 digit prefix).",
    inputSchema: z.object({
      query: z.string().trim().min(2).max(300).describe('The kind of work, in English words (the task statements are in English)'),
      group: z
        .string()
        .regex(/^\d{1,3}$/, 'must be an ISCO-08 group prefix of 1 to 3 digits')
        .optional()
        .describe('Only occupations in this ISCO-08 group, e.g. "2" professionals, "41" general and keyboard clerks'),
      limit: z.number().int().min(1).max(20).default(8).describe('How many occupations'),
      language: languageInput,
    }),
    execute: (input) => findTaskMatches(kb, input),
  });

/** The occupations whose tasks match the words, best first (the tool's output; REST serves the same). */
export async function findTaskMatches(
  kb: ToolDeps['kb'],
  { query, group, limit, language = 'en' }: { query: string; group?: string; limit: number; language?: Language },
) {
  const catalog = await kb.catalog();
  const hits = await searchTasks(kb.db, kb.embedder, query, { codePrefix: group, limit: limit * HITS_PER_OCCUPATION });
  // Hits come best first, so each occupation's rank is that of its best matching task.
  const byOccupation = new Map<string, typeof hits>();
  for (const hit of hits) byOccupation.set(hit.occupationCode, [...(byOccupation.get(hit.occupationCode) ?? []), hit]);
  const items = [...byOccupation.entries()].slice(0, limit).flatMap(([code, tasks]) => {
    const isco = catalog.groups.get(code);
    const occupation = catalog.occupations.get(code);
    if (!isco || !occupation) return [];
    return [
      {
        code,
        title: pickTitle(language, isco.titleEn, isco.titleZhTw),
        titleEn: isco.titleEn,
        wp140: scoresOf(catalog, occupation, language).wp140,
        tasks: tasks.map(({ id, taskNo, text, score2025, score2023, score }) => ({
          id,
          taskNo,
          text,
          score2025,
          score2023,
          relevance: score,
        })),
      },
    ];
  });
  const groupInfo = group ? catalog.groups.get(group) : undefined;
  return {
    data: {
      query,
      group: groupInfo ? { code: groupInfo.code, title: pickTitle(language, groupInfo.titleEn, groupInfo.titleZhTw) } : null,
      items,
    },
    sources: items.map((item) => occupationRef(catalog, item.code, item.titleEn)),
  };
}
