import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { ChatMessage } from '../chat/chat-message.ts';
import { AppError } from '../errors.ts';
import { errorResponses } from './schemas.ts';

/** The anonymous browser id that owns conversations (the web app keeps a random one in localStorage). */
export const CLIENT_ID_HEADER = 'x-client-id';
export const clientIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,100}$/, 'must be 8-100 letters, digits or dashes');
const idParam = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be 1-100 letters, digits, dashes or underscores')
    .openapi({ example: 'example-chat' }),
});
const headers = z.object({
  [CLIENT_ID_HEADER]: clientIdSchema.openapi({ description: 'Anonymous browser id', example: 'browser-0000-example' }),
});

const summary = z.object({ id: z.string(), title: z.string(), language: z.string(), updatedAt: z.string() });

export const conversationRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/conversations',
      summary: "This browser's saved conversations, newest first",
      request: { headers },
      responses: {
        200: { description: 'Conversations', content: { 'application/json': { schema: z.object({ items: z.array(summary) }) } } },
        400: errorResponses[400],
      },
    }),
    async (c) => c.json({ items: await c.var.deps.conversations.list(c.req.valid('header')[CLIENT_ID_HEADER]) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/conversations/{id}',
      summary: 'A saved conversation (read-only; anyone with the id can read it)',
      request: { params: idParam },
      responses: {
        200: {
          description: 'The conversation',
          content: {
            'application/json': {
              // The chat's UI messages as /api/chat streamed them (typed for the web client, not re-validated).
              schema: summary.extend({
                createdAt: z.string(),
                messages: z.array(z.custom<ChatMessage>().openapi({ type: 'object', description: 'A UI message (AI SDK)' })),
              }),
            },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const conversation = await c.var.deps.conversations.get(c.req.valid('param').id);
      if (!conversation) throw new AppError('not_found', 'No saved conversation with this id.');
      return c.json(conversation, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/api/conversations/{id}',
      summary: "Delete one of this browser's conversations",
      request: { params: idParam, headers },
      responses: {
        200: { description: 'Deleted', content: { 'application/json': { schema: z.object({ deleted: z.literal(true) }) } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const deleted = await c.var.deps.conversations.delete(c.req.valid('param').id, c.req.valid('header')[CLIENT_ID_HEADER]);
      if (!deleted) throw new AppError('not_found', 'No conversation with this id belongs to this browser.');
      return c.json({ deleted: true as const }, 200);
    },
  );
