import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';

const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']).openapi({
      description: 'degraded: this server could not ingest its knowledge/ files and serves the last good dataset (see knowledgeError)',
    }),
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
    knowledgeError: z.string().optional().openapi({
      description: 'Why the knowledge files deployed with this server were refused, e.g. a file whose checksum does not match',
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
      status: kb.knowledgeError ? ('degraded' as const) : ('ok' as const),
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
      ...(kb.knowledgeError ? { knowledgeError: kb.knowledgeError } : {}),
    });
  },
);
