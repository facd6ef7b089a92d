import { tool } from 'ai';
import { z } from 'zod';
import { lookupSectorArea } from '../data/sector-lookup.ts';
import { noSectorData, rankSectors } from '../data/sector-views.ts';
import { languageInput, measureInput, sectorAreaInput, type ToolDeps } from './tool-deps.ts';

export const rankingInput = {
  measure: measureInput,
  by: z
    .enum(['share', 'workers'])
    .default('share')
    .describe('share: percent of the workers; workers: number of workers (thousands) in the measure'),
  order: z.enum(['desc', 'asc']).default('desc'),
  limit: z.number().int().min(1).max(50).default(10),
};

export const createRankSectorsTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      "Rank the sectors of a country or region by this project's ESTIMATE of the share (or number) " +
      'of their workers in exposed occupations (measure: wp140_exposed = gradients 1-4, wp140_gradient_4, ' +
      'wp96_automation, wp96_augmentation). Sections A-U in Europe (33 countries, EU27, EUR = Europe) ' +
      'and the Philippines; the 20 NAICS sectors in the United States. Estimates, not ILO figures: ' +
      'say so. A country without sector data (Taiwan among them) returns no_sector_data with the ' +
      'areas that have data.',
    inputSchema: z.object({ area: sectorAreaInput, ...rankingInput, language: languageInput }),
    execute: async ({ area, measure, by, order, limit, language = 'en' }) => {
      const catalog = await kb.catalog();
      const lookup = lookupSectorArea(catalog, area);
      if (lookup.status === 'not_found') return { data: { kind: 'not_found' as const, query: area }, sources: [] };
      if (lookup.status === 'no_sector_data') return { data: noSectorData(catalog, lookup.code, language), sources: [] };
      const { sources, ...data } = rankSectors(catalog, lookup.area, { measure, by, order, limit, language });
      return { data, sources };
    },
  });
