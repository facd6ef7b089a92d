import { tool } from 'ai';
import { z } from 'zod';
import { exposureLabel, listOccupations } from '../data/occupation-views.ts';
import { occupationRef } from '../data/source-refs.ts';
import { WP96_CATEGORIES, WP140_EXPOSURES } from '../domain/exposure.ts';
import { languageInput, type ToolDeps } from './tool-deps.ts';

export const createRankOccupationsTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      'Rank ISCO-08 unit groups by their mean task exposure score: most exposed (order "desc") or least exposed ("asc"), by the 2025 ' +
      'index (by "wp140", default) or the 2023 study ("wp96"), or by the change from 2023 to 2025 ("change"). Filter by ISCO group ' +
      '(1-3 digit prefix, e.g. "2" professionals, "4" clerical support workers, "25" ICT professionals), 2025 gradient ("exposed" = ' +
      'gradients 1-4 together) or 2023 category. The output counts the matching occupations by major group.',
    inputSchema: z.object({
      by: z.enum(['wp140', 'wp96', 'change']).default('wp140'),
      order: z.enum(['desc', 'asc']).default('desc'),
      limit: z.number().int().min(1).max(500).default(10).describe('How many; up to 500 for a complete list'),
      group: z
        .string()
        .regex(/^\d{1,3}$/)
        .optional()
        .describe('ISCO-08 group prefix of 1-3 digits'),
      exposure: z
        .enum([...WP140_EXPOSURES, 'exposed'])
        .optional()
        .describe('Only this 2025 gradient, or "exposed" for gradients 1-4'),
      category: z.enum(WP96_CATEGORIES).optional().describe('Only this 2023 category'),
      language: languageInput,
    }),
    execute: async ({ by, order, limit, group, exposure, category, language = 'en' }) => {
      const catalog = await kb.catalog();
      const sort = by === 'change' ? 'change' : by === 'wp96' ? 'wp96_mean' : 'wp140_mean';
      const listed = listOccupations(catalog, {
        major: undefined,
        exposure,
        category,
        scored: true,
        sort,
        order,
        limit: 500,
        offset: 0,
        language,
      });
      const matching = group ? listed.items.filter((item) => item.code.startsWith(group)) : listed.items;
      const items = matching.slice(0, limit).map((item, index) => ({ rank: index + 1, ...item }));
      // How many of the matching occupations each major group holds ("14 of the 20 are clerical").
      const counts = new Map<string, number>();
      for (const item of matching) counts.set(item.code[0]!, (counts.get(item.code[0]!) ?? 0) + 1);
      const byMajorGroup = [...counts]
        .map(([code, count]) => {
          const major = catalog.groups.get(code)!;
          return { code, title: language === 'zh-TW' && major.titleZhTw ? major.titleZhTw : major.titleEn, count };
        })
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
      const groupInfo = group ? catalog.groups.get(group) : undefined;
      return {
        data: {
          by,
          order,
          group: groupInfo
            ? { code: group!, title: language === 'zh-TW' && groupInfo.titleZhTw ? groupInfo.titleZhTw : groupInfo.titleEn }
            : null,
          filter: exposure
            ? {
                key: exposure,
                label:
                  exposure === 'exposed'
                    ? [exposureLabel(catalog, 'gradient_1', language), exposureLabel(catalog, 'gradient_4', language)].join(
                        language === 'zh-TW' ? '至' : ' to ',
                      )
                    : exposureLabel(catalog, exposure, language),
              }
            : category
              ? { key: category, label: exposureLabel(catalog, category, language) }
              : null,
          totalMatching: matching.length,
          byMajorGroup,
          items,
        },
        // The study (or both, for the change) whose scores rank the list.
        sources: [
          ...items.map((item) => occupationRef(catalog, item.code, item.titleEn)),
          ...listed.sources
            .slice(1)
            .filter((source) => by === 'change' || source.id === (by === 'wp96' ? 'ilo-wp96-2023' : 'ilo-wp140-2025')),
        ],
      };
    },
  });
