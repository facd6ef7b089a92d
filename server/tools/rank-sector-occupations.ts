import { tool } from 'ai';
import { z } from 'zod';
import { rankSectorOccupations, resolveSectorRequest } from '../data/sector-views.ts';
import { rankingInput } from './rank-sectors.ts';
import { naicsInput, sectorInput } from './sector-exposure.ts';
import { languageInput, sectorAreaInput, type ToolDeps } from './tool-deps.ts';

export const createRankSectorOccupationsTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      'The occupations inside a sector of a country or region, ranked by their workers (thousands) ' +
      'in the measure, or by share: detailed occupations (with their ISCO-08 matches) in the United ' +
      'States, ISCO-08 major groups elsewhere; each with its employment and most exposed tasks. Part ' +
      "of this project's sector ESTIMATE: say so.",
    inputSchema: z.object({
      sector: sectorInput,
      area: sectorAreaInput,
      naics: naicsInput,
      ...rankingInput,
      by: rankingInput.by.default('workers'),
      language: languageInput,
    }),
    execute: async ({ sector, area, naics, measure, by, order, limit, language = 'en' }) => {
      const catalog = await kb.catalog();
      const request = resolveSectorRequest(catalog, { area, sector, naics }, language);
      if (request.status === 'failed') return { data: request.data, sources: [] };
      const { sources, ...data } = rankSectorOccupations(catalog, request.area, request.section, request.naics, {
        measure,
        by,
        order,
        limit,
        language,
      })!;
      return { data: { ...data, matched: request.matched, alternatives: request.alternatives }, sources };
    },
  });
