import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';

const healthSchema = z
  .object({
    status: z.literal('ok'),
    db: z.enum(['pglite', 'postgres']),
    model: z.string(),
    dataset: z.object({
      version: z.string(),
      ingestedAt: z.string(),
      embedder: z.string(),
      occupations: z.number(),
      scoredOccupations: z.number(),
      tasks: z.number(),
      countries: z.number(),
      findings: z.number(),
      figures: z.number(),
    }),
  })
  .openapi('Health');

export const healthRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/api/health',
    summary: 'Service and dataset status',
    responses: { 200: { description: 'Ready', content: { 'application/json': { schema: healthSchema } } } },
  }),
  async (c) => {
    const { kb, config } = c.var.deps;
    const catalog = await kb.catalog();
    const counts = catalog.dataset.counts;
    return c.json({
      status: 'ok' as const,
      db: kb.db.kind,
      model: config.MODEL,
      dataset: {
        version: catalog.dataset.version,
        ingestedAt: catalog.dataset.ingestedAt,
        embedder: catalog.dataset.embedder,
        occupations: counts.occupations!,
        scoredOccupations: counts.scoredOccupations!,
        tasks: counts.tasks!,
        countries: counts.countries!,
        findings: counts.findings!,
        figures: counts.figures!,
      },
    });
  },
);
