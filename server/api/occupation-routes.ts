import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { groupSummary, listOccupations, OCCUPATION_SORTS, occupationDetail } from '../data/occupation-views.ts';
import { WP96_CATEGORIES, WP140_EXPOSURES } from '../domain/exposure.ts';
import { AppError } from '../errors.ts';
import { errorResponses, groupRefSchema, languageQuery, sourcesField, wp96Schema, wp140Schema } from './schemas.ts';

const listItem = z.object({
  code: z.string(),
  title: z.string(),
  titleEn: z.string(),
  titleZhTw: z.string().nullable(),
  majorGroup: z.string(),
  scored: z.boolean(),
  nTasks: z.number(),
  wp96: wp96Schema,
  wp140: wp140Schema,
  change: z.number().nullable().openapi({ description: 'WP140 mean minus WP96 mean' }),
  matchedLabel: z.string().nullable().openapi({ description: 'With q in words: the job name or title that matched' }),
});

const taskSchema = z.object({
  id: z.string(),
  taskNo: z.number(),
  text: z.string(),
  score2023: z.number().nullable(),
  score2025: z.number(),
  score2025Gpt4o: z.number().nullable(),
  score2025Gemini: z.number().nullable(),
  score2025Source: z.enum(['predicted', 'reconciled']),
});

const unitGroupSchema = z
  .object({
    code: z.string(),
    level: z.literal(4),
    title: z.string(),
    titleEn: z.string(),
    titleZhTw: z.string().nullable(),
    hierarchy: z.array(groupRefSchema),
    scored: z.boolean(),
    nTasks: z.number(),
    wp96: wp96Schema,
    wp140: wp140Schema,
    change: z.number().nullable().openapi({ description: 'WP140 mean minus WP96 mean' }),
    tasks: z.array(taskSchema),
    note: z.string().optional(),
    sources: sourcesField,
  })
  .openapi('UnitGroup');

const groupSchema = z
  .object({
    code: z.string(),
    level: z.number(),
    title: z.string(),
    titleEn: z.string(),
    titleZhTw: z.string().nullable(),
    hierarchy: z.array(groupRefSchema),
    children: z.array(groupRefSchema),
    unitGroups: z.number(),
    scoredUnitGroups: z.number(),
    distribution: z.object({ wp96: z.record(z.string(), z.number()), wp140: z.record(z.string(), z.number()) }),
    note: z.string(),
    sources: sourcesField,
  })
  .openapi('IscoGroup');

const candidateSchema = z.object({
  code: z.string(),
  level: z.number(),
  title: z.string(),
  titleZhTw: z.string().nullable(),
  scored: z.boolean(),
  matchedLabel: z.string(),
  matchKind: z.string(),
  score: z.number(),
});

export const occupationRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/occupations',
      summary: 'List, filter and sort the 436 ISCO-08 unit groups with their exposure scores',
      request: {
        query: z.object({
          q: z
            .string()
            .max(200)
            .optional()
            .openapi({ description: 'A code prefix, or an everyday job name matched as the chat resolves occupations', example: 'nurse' }),
          major: z.string().regex(/^\d$/, 'must be one digit (ISCO-08 major group)').optional().openapi({ example: '4' }),
          exposure: z.enum(WP140_EXPOSURES).optional().openapi({ description: 'WP140 (2025) gradient' }),
          category: z.enum(WP96_CATEGORIES).optional().openapi({ description: 'WP96 (2023) category' }),
          scored: z
            .enum(['true', 'false'])
            .transform((value) => value === 'true')
            .optional(),
          sort: z.enum(OCCUPATION_SORTS).optional().openapi({ description: 'Default: relevance when q holds words, else code' }),
          order: z.enum(['asc', 'desc']).default('asc'),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).max(10_000).default(0),
          lang: languageQuery,
        }),
      },
      responses: {
        200: {
          description: 'Matching unit groups',
          content: { 'application/json': { schema: z.object({ items: z.array(listItem), total: z.number(), sources: sourcesField }) } },
        },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const catalog = await c.var.deps.kb.catalog();
      return c.json(listOccupations(catalog, { ...query, language: query.lang }, await catalog.resolver), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/occupations/resolve',
      summary: 'Everyday job names or ISCO codes to ranked ISCO-08 candidates',
      request: {
        query: z.object({
          q: z.string().trim().min(1, 'must not be empty').max(200).openapi({ example: 'bookkeeper' }),
          limit: z.coerce.number().int().min(1).max(20).default(5),
        }),
      },
      responses: {
        200: {
          description: 'Candidates, best first',
          content: {
            'application/json': { schema: z.object({ query: z.string(), candidates: z.array(candidateSchema), sources: sourcesField }) },
          },
        },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const { q, limit } = c.req.valid('query');
      const catalog = await c.var.deps.kb.catalog();
      return c.json(
        {
          query: q,
          candidates: (await catalog.resolver).resolve(q, limit),
          sources: [
            { id: 'isco-08', kind: 'source' as const, title: catalog.sources.get('isco-08')!.title, locator: 'ISCO-08 titles' },
            {
              id: 'esco-occupations',
              kind: 'source' as const,
              title: catalog.sources.get('esco-occupations')!.title,
              locator: 'ESCO preferred and alternative labels',
            },
          ],
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/occupations/{code}',
      summary: 'One ISCO-08 group: a unit group with scores and tasks, or a 1-3 digit group with its distribution',
      request: {
        params: z.object({
          code: z
            .string()
            .regex(/^\d{1,4}$/, 'must be an ISCO-08 code of 1 to 4 digits')
            .openapi({ example: '4132' }),
        }),
        query: z.object({ lang: languageQuery }),
      },
      responses: {
        200: { description: 'The group', content: { 'application/json': { schema: z.union([unitGroupSchema, groupSchema]) } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      const { lang } = c.req.valid('query');
      const catalog = await c.var.deps.kb.catalog();
      const found = code.length === 4 ? occupationDetail(catalog, code, lang) : groupSummary(catalog, code, lang);
      if (!found) {
        const closest = closestCodes(
          code,
          [...catalog.groups.keys()].filter((candidate) => candidate.length === code.length),
        );
        throw new AppError('not_found', `No ISCO-08 group ${code}. Closest: ${closest.join(', ')}`, { closest });
      }
      return c.json(found, 200);
    },
  );

/** Codes sharing the longest prefix with the unknown one, nearest numerically first. */
function closestCodes(code: string, candidates: string[]): string[] {
  const shared = (other: string) => [...code].findIndex((digit, i) => other[i] !== digit);
  const prefixLength = (other: string) => (shared(other) === -1 ? code.length : shared(other));
  return [...candidates]
    .sort((a, b) => prefixLength(b) - prefixLength(a) || Math.abs(Number(a) - Number(code)) - Math.abs(Number(b) - Number(code)))
    .slice(0, 5);
}
