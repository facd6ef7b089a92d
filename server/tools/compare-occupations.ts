import { tool } from 'ai';
import { z } from 'zod';
import { occupationDetail } from '../data/occupation-views.ts';
import { languageInput, occupationCodeInput, type ToolDeps } from './tool-deps.ts';

export const createCompareOccupationsTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      "Compare 2 to 5 ISCO-08 unit groups side by side: 2023 and 2025 mean scores, categories, gradients, the change, and each one's " +
      'three most exposed tasks.',
    inputSchema: z.object({ codes: z.array(occupationCodeInput).min(2).max(5), language: languageInput }),
    execute: async ({ codes, language = 'en' }) => {
      const catalog = await kb.catalog();
      const found = [...new Set(codes)].map((code) => occupationDetail(catalog, code, language)).filter((item) => item !== null);
      const items = found.map(({ sources: _sources, tasks, ...occupation }) => ({
        ...occupation,
        topTasks: [...tasks].sort((a, b) => b.score2025 - a.score2025).slice(0, 3),
      }));
      const sources = found.flatMap((occupation) => occupation.sources);
      return {
        data: { items, notFound: codes.filter((code) => !found.some((item) => item.code === code)) },
        sources: sources.filter((source, i) => sources.findIndex((other) => other.id === source.id) === i),
      };
    },
  });
