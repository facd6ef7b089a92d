import { tool } from 'ai';
import { z } from 'zod';
import { publicationRef } from '../data/source-refs.ts';
import type { ToolDeps } from './tool-deps.ts';

export const createResolveOccupationTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      'Find ISCO-08 occupations matching everyday job names (English or Traditional Chinese, e.g. "bookkeeper", "call centre agent", ' +
      '"會計") or ISCO codes ("2513", "ISCO 41"). Returns ranked candidates with the label that matched and a 0-1 score. Call this ' +
      'before getOccupation when the user names a job in words.',
    inputSchema: z.object({
      query: z.string().trim().min(1).max(200).describe('The job name or code as the user wrote it'),
      limit: z.number().int().min(1).max(10).default(5),
    }),
    execute: async ({ query, limit }) => {
      const catalog = await kb.catalog();
      const candidates = (await catalog.resolver).resolve(query, limit);
      return {
        data: { query, candidates },
        sources: [
          publicationRef(catalog, 'isco-08', 'ISCO-08 titles'),
          publicationRef(catalog, 'esco-occupations', 'ESCO occupation labels mapped to ISCO-08'),
        ],
      };
    },
  });
