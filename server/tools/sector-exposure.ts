import { tool } from 'ai';
import { z } from 'zod';
import { resolveSectorRequest, sectorExposure } from '../data/sector-views.ts';
import { languageInput, sectorAreaInput, type ToolDeps } from './tool-deps.ts';

export const sectorInput = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .describe(
    'Sector: ISIC/NACE section letter (A-U), name or everyday name in English or Chinese ("K", ' +
      '"banking", "retail", "公務員"); "all" for every sector',
  );
export const naicsInput = z
  .string()
  .regex(/^\d{2}(-\d{2})?$/, 'must be a NAICS sector code such as 52 or 44-45')
  .optional()
  .describe('United States only: one NAICS sector, e.g. "44-45" (retail) within section G');

export const createSectorExposureTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      "How exposed a sector's workers are in a country or region: this project's ESTIMATE (no ILO " +
      "publication reports sectors; always say it is this project's estimate) of the share of the " +
      "sector's employment in exposed occupations for the four measures, with its coverage (suppressed " +
      'cells, unreliable cells, share of employment with an ILO score), the occupations that drive ' +
      'it (major groups in Europe and the Philippines, detailed occupations in the US) with their ' +
      "employment and most exposed tasks, caveats and the area's validation. Data: 33 European countries, " +
      'the EU-27 and Europe (Eurostat), the Philippines (ILOSTAT), the United States (BLS OEWS). ' +
      'Other countries, Taiwan among them, return no_sector_data with the list of areas that have ' +
      'data.',
    inputSchema: z.object({ sector: sectorInput, area: sectorAreaInput, naics: naicsInput, language: languageInput }),
    execute: async ({ sector, area, naics, language = 'en' }) => {
      const catalog = await kb.catalog();
      const request = resolveSectorRequest(catalog, { area, sector, naics }, language);
      if (request.status === 'failed') return { data: request.data, sources: [] };
      const { sources, ...data } = sectorExposure(catalog, request.area, request.section, request.naics, language)!;
      return {
        data: { ...data, matched: request.matched, alternatives: request.alternatives },
        sources,
      };
    },
  });
