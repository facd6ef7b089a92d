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

const limitsSchema = z
  .object({
    maxQuestionChars: z.number().openapi({ description: 'Longest question accepted (MAX_QUESTION_CHARS)' }),
    maxHistoryMessages: z.number().openapi({ description: 'Most earlier messages sent with a question (MAX_HISTORY_MESSAGES)' }),
    maxBodyBytes: z.number().openapi({ description: 'Largest request body accepted (MAX_BODY_BYTES)' }),
  })
  .openapi('Limits');

export const healthRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
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
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/limits',
      summary: "The server's configured limits on questions, conversations and request bodies, for clients to check before sending",
      responses: { 200: { description: 'Limits', content: { 'application/json': { schema: limitsSchema } } } },
    }),
    (c) => {
      const { config } = c.var.deps;
      return c.json(
        {
          maxQuestionChars: config.MAX_QUESTION_CHARS,
          maxHistoryMessages: config.MAX_HISTORY_MESSAGES,
          maxBodyBytes: config.MAX_BODY_BYTES,
        },
        200,
      );
    },
  );
