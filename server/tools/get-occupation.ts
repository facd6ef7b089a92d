import { tool } from 'ai';
import { z } from 'zod';
import { groupSummary, occupationDetail } from '../data/occupation-views.ts';
import { languageInput, type ToolDeps } from './tool-deps.ts';

export const createGetOccupationTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      "Get one ISCO-08 group's GenAI exposure. For a 4-digit unit group: the 2023 study (WP96: mean task score, SD, category) and " +
      'the 2025 refined index (WP140: mean, SD, gradient), its hierarchy, and its tasks sorted from most to least exposed in 2025. ' +
      'For a 1-3 digit group: how its unit groups spread over the categories and gradients.',
    inputSchema: z.object({
      code: z
        .string()
        .regex(/^\d{1,4}$/, 'must be an ISCO-08 code of 1 to 4 digits')
        .describe('ISCO-08 code, 1 to 4 digits'),
      language: languageInput,
    }),
    execute: async ({ code, language = 'en' }) => {
      const catalog = await kb.catalog();
      if (code.length < 4) {
        const group = groupSummary(catalog, code, language);
        return group
          ? { data: { kind: 'group' as const, ...group }, sources: group.sources }
          : { data: { kind: 'not_found' as const, code }, sources: [] };
      }
      const occupation = occupationDetail(catalog, code, language);
      if (!occupation) return { data: { kind: 'not_found' as const, code }, sources: [] };
      const { sources, tasks, ...rest } = occupation;
      const byExposure = [...tasks].sort((a, b) => b.score2025 - a.score2025 || a.taskNo - b.taskNo);
      return { data: { kind: 'occupation' as const, ...rest, tasks: byExposure }, sources };
    },
  });
