import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { checkStorage } from '../db/storage-check.ts';

const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']).openapi({
      description:
        'degraded: answers work but something needs attention: saving conversations fails (see storage), ' +
        'or the knowledge files deployed with this server were refused and the last good dataset is ' +
        'served (see knowledgeError)',
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
    storage: z.object({
      writable: z.boolean(),
      freeBytes: z.number().nullable().openapi({ description: 'Free space under DATA_DIR (embedded database only)' }),
      problem: z.string().nullable(),
      lastSaveError: z.object({ message: z.string(), at: z.string() }).nullable(),
    }),
    knowledgeError: z.string().optional().openapi({
      description: 'Why the knowledge files deployed with this server were refused, e.g. a file whose checksum does not match',
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
      summary: 'Service, dataset and storage status',
      responses: { 200: { description: 'Serving', content: { 'application/json': { schema: healthSchema } } } },
    }),
    async (c) => {
      const { kb, config, conversations } = c.var.deps;
      const catalog = await kb.catalog();
      const counts = catalog.dataset.counts;
      const disk =
        kb.db.kind === 'pglite' && !config.DATABASE_URL
          ? await checkStorage(config.dataDir)
          : { writable: true, freeBytes: null, problem: null };
      const lastSaveError = conversations.lastError;
      return c.json(
        {
          status: disk.writable && !disk.problem && !lastSaveError && !kb.knowledgeError ? ('ok' as const) : ('degraded' as const),
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
          storage: { ...disk, lastSaveError },
          ...(kb.knowledgeError ? { knowledgeError: kb.knowledgeError } : {}),
        },
        200,
      );
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
