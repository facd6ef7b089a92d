import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { Catalog } from '../data/catalog.ts';
import {
  rankSectorOccupations,
  rankSectors,
  resolveSectorRequest,
  sectorExposure,
  sectorList,
  sectorMatrix,
  sectorValidation,
} from '../data/sector-views.ts';
import type { Language } from '../domain/language.ts';
import { SECTOR_REGIONS, type SectorRegion } from '../domain/sector-estimate.ts';
import { AppError } from '../errors.ts';
import { errorResponses, languageQuery } from './schemas.ts';
import {
  areaQuery,
  measureQuery,
  naicsQuery,
  sectorExposureSchema,
  sectorListSchema,
  sectorMatrixSchema,
  sectorOccupationsSchema,
  sectorRankingSchema,
  sectorValidationSchema,
} from './sector-schemas.ts';

const sectionParam = z.object({
  section: z
    .string()
    .regex(/^([A-Ua-u]|TOTAL|total)$/, 'must be an ISIC/NACE section letter A-U, or TOTAL for all sectors')
    .openapi({ example: 'K' }),
});
const rankingQuery = {
  measure: measureQuery,
  by: z.enum(['share', 'workers']).default('share').openapi({ description: 'share of the workers, or number of workers in the measure' }),
  order: z.enum(['desc', 'asc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  lang: languageQuery,
};
const json = <Schema extends z.ZodType>(schema: Schema, description: string) => ({
  200: { description, content: { 'application/json': { schema } } },
  ...errorResponses,
});

/** The area and sector asked for, or the 404 that says why there is no estimate (and where there is one). */
function requireSector(catalog: Catalog, request: { area: string; sector: string; naics?: string }, language: Language) {
  const resolved = resolveSectorRequest(catalog, request, language);
  if (resolved.status === 'ok') return resolved;
  const { data } = resolved;
  if (data.kind === 'no_sector_data')
    throw new AppError('no_sector_data', data.message, {
      areasWithData: data.areasWithData.map((area) => area.code),
      sectorsWithData: data.sectorsWithData.map((sector) => sector.section),
    });
  if (data.kind === 'not_found')
    throw new AppError('not_found', `No country or region "${data.query}" in the data. See /api/sectors for the areas with sector data.`);
  throw new AppError('not_found', data.message);
}

export const sectorRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/sectors',
      summary:
        'The common sector list (ISIC Rev.4 / NACE Rev.2 sections) with names, aliases and US NAICS ' +
        'sectors, and the areas with sector data',
      request: { query: z.object({ lang: languageQuery }) },
      responses: {
        200: { description: 'Sectors', content: { 'application/json': { schema: sectorListSchema } } },
        400: errorResponses[400],
      },
    }),
    async (c) => c.json(sectorList(await c.var.deps.kb.catalog(), c.req.valid('query').lang), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/sectors/validation',
      summary:
        "How this project's all-sector aggregates compare with its country estimates and the published figures, and the totals check",
      responses: { 200: { description: 'Validation', content: { 'application/json': { schema: sectorValidationSchema } } } },
    }),
    async (c) => c.json(sectorValidation(await c.var.deps.kb.catalog()), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/sectors/ranking',
      summary: "The sectors of a country or region ranked by this project's estimate (sections; NAICS sectors in the US)",
      request: { query: z.object({ area: areaQuery, ...rankingQuery }) },
      responses: json(sectorRankingSchema, 'Sectors, ranked'),
    }),
    async (c) => {
      const { area, lang, ...options } = c.req.valid('query');
      const catalog = await c.var.deps.kb.catalog();
      const resolved = requireSector(catalog, { area, sector: 'all' }, lang);
      const { sources, ...data } = rankSectors(catalog, resolved.area, { ...options, language: lang });
      return c.json({ ...data, sources }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/sectors/matrix',
      summary: "Every country of a European region × every section: this project's estimate (the explorer's heat map)",
      request: {
        query: z.object({
          region: z.enum(Object.keys(SECTOR_REGIONS) as [SectorRegion, ...SectorRegion[]]).default('EUR'),
          measure: measureQuery,
          lang: languageQuery,
        }),
      },
      responses: {
        200: { description: 'Matrix', content: { 'application/json': { schema: sectorMatrixSchema } } },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const { region, measure, lang } = c.req.valid('query');
      return c.json(sectorMatrix(await c.var.deps.kb.catalog(), region, measure, lang), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/sectors/{section}',
      summary: "A sector's exposure in a country or region: this project's estimate with coverage, drivers, caveats and validation",
      request: {
        params: sectionParam,
        query: z.object({ area: areaQuery, naics: naicsQuery, lang: languageQuery }),
      },
      responses: json(sectorExposureSchema, 'The sector'),
    }),
    async (c) => {
      const { section } = c.req.valid('param');
      const { area, naics, lang } = c.req.valid('query');
      const catalog = await c.var.deps.kb.catalog();
      const resolved = requireSector(catalog, { area, sector: section, naics }, lang);
      return c.json(sectorExposure(catalog, resolved.area, resolved.section, resolved.naics, lang)!, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/sectors/{section}/occupations',
      summary: 'The occupations of a sector ranked by their workers in the measure (detailed in the US, major groups elsewhere)',
      request: {
        params: sectionParam,
        query: z.object({ area: areaQuery, naics: naicsQuery, ...rankingQuery, by: rankingQuery.by.default('workers') }),
      },
      responses: json(sectorOccupationsSchema, 'Occupations, ranked'),
    }),
    async (c) => {
      const { section } = c.req.valid('param');
      const { area, naics, lang, ...options } = c.req.valid('query');
      const catalog = await c.var.deps.kb.catalog();
      const resolved = requireSector(catalog, { area, sector: section, naics }, lang);
      return c.json(rankSectorOccupations(catalog, resolved.area, resolved.section, resolved.naics, { ...options, language: lang })!, 200);
    },
  );
