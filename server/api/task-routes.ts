import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { findTaskMatches } from '../tools/search-tasks.ts';
import { errorResponses, languageQuery, sourcesField, wp140Schema } from './schemas.ts';

const matchSchema = z
  .object({
    query: z.string(),
    group: z.object({ code: z.string(), title: z.string() }).nullable(),
    items: z.array(
      z.object({
        code: z.string(),
        title: z.string(),
        titleEn: z.string(),
        wp140: wp140Schema,
        tasks: z.array(
          z.object({
            id: z.string(),
            taskNo: z.number(),
            text: z.string(),
            score2025: z.number(),
            score2023: z.number().nullable(),
            relevance: z.number().openapi({ description: 'Reciprocal-rank-fusion score of the match (higher is closer)' }),
          }),
        ),
      }),
    ),
    sources: sourcesField,
  })
  .openapi('TaskMatches');

/** The searchTasks tool's search over REST: the same function and output as in the chat and over MCP. */
export const taskRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/api/tasks/search',
    summary: 'Occupations whose ILO task statements match a kind of work, grouped by unit group, with the tasks and their scores',
    request: {
      query: z.object({
        q: z.string().trim().min(2, 'must be at least 2 characters').max(300).openapi({ example: 'writing reports' }),
        group: z
          .string()
          .regex(/^\d{1,3}$/, 'must be an ISCO-08 group prefix of 1 to 3 digits')
          .optional()
          .openapi({ example: '2' }),
        limit: z.coerce.number().int().min(1).max(20).default(8),
        lang: languageQuery,
      }),
    },
    responses: {
      200: { description: 'Occupations, best match first', content: { 'application/json': { schema: matchSchema } } },
      400: errorResponses[400],
    },
  }),
  async (c) => {
    const { q, group, limit, lang } = c.req.valid('query');
    const { data, sources } = await findTaskMatches(c.var.deps.kb, { query: q, group, limit, language: lang });
    return c.json({ ...data, sources }, 200);
  },
);
