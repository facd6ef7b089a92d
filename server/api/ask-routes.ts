import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ModelMessage } from 'ai';
import type { AppEnv } from '../app-env.ts';
import { answerTurn } from '../chat/turn.ts';
import { LANGUAGES } from '../domain/language.ts';
import { AppError } from '../errors.ts';
import { languageOfText } from '../retrieval/hybrid-search.ts';
import { understandConversation } from '../understanding/understand-conversation.ts';
import { errorSchema, sourceRefSchema, understoodSchema } from './schemas.ts';

const askRequest = (maxQuestion: number, maxHistory: number) =>
  z
    .object({
      question: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(maxQuestion, `must be at most ${maxQuestion} characters`)
        .openapi({ example: 'How exposed are bookkeepers?' }),
      history: z
        .array(
          z.object({
            role: z.enum(['user', 'assistant']),
            content: z.string().max(maxQuestion * 4, `must be at most ${maxQuestion * 4} characters`),
          }),
        )
        .max(maxHistory, `must have at most ${maxHistory} messages`)
        .default([])
        .openapi({ description: 'Earlier turns, oldest first, for follow-up questions' }),
      language: z.enum(LANGUAGES).optional().openapi({ description: 'Answer language; default: the language of the question' }),
    })
    .openapi('AskRequest', {
      example: {
        question: 'and its tasks?',
        history: [
          { role: 'user', content: 'How exposed are bookkeepers?' },
          { role: 'assistant', content: '…' },
        ],
        language: 'en',
      },
    });

const askResponse = z
  .object({
    answer: z.string().openapi({ description: 'Markdown with [n] citation markers' }),
    citations: z.array(sourceRefSchema.extend({ n: z.number().openapi({ description: 'The number the answer cites as [n]' }) })),
    toolCalls: z.array(z.object({ name: z.string(), input: z.unknown() })),
    grounding: z.object({
      numbers: z.number(),
      verified: z.number(),
      unverified: z.array(z.string()),
      excluded: z.array(z.object({ text: z.string(), reason: z.string() })),
      repaired: z.boolean(),
    }),
    model: z.string(),
    language: z.enum(LANGUAGES),
    understood: understoodSchema,
    followUps: z.array(z.string()).openapi({ description: 'Questions to offer next (never one already asked), without figures' }),
    notice: z.string().optional().openapi({ description: 'Set when the configured model failed and the local model answered' }),
  })
  .openapi('AskResponse');

export function askRoutes(limits: { maxQuestion: number; maxHistory: number }) {
  return new OpenAPIHono<AppEnv>().openapi(
    createRoute({
      method: 'post',
      path: '/api/ask',
      summary: 'Ask a question and get a cited, grounding-checked answer as JSON (the chat pipeline, for scripts and evals)',
      request: { body: { required: true, content: { 'application/json': { schema: askRequest(limits.maxQuestion, limits.maxHistory) } } } },
      responses: {
        200: { description: 'The answer', content: { 'application/json': { schema: askResponse } } },
        400: { description: 'Invalid request', content: { 'application/json': { schema: errorSchema } } },
        413: { description: 'Body too large', content: { 'application/json': { schema: errorSchema } } },
      },
    }),
    async (c) => {
      const { question, history, language } = c.req.valid('json');
      const { tools, models, config, kb } = c.var.deps;
      const messages: ModelMessage[] = [
        ...history.map((turn) => ({ role: turn.role, content: turn.content }) as ModelMessage),
        { role: 'user', content: question },
      ];
      const answerLanguage = language ?? languageOfText(question);
      const earlier = history.filter((turn) => turn.role === 'user').map((turn) => turn.content);
      const understanding = understandConversation(question, earlier, answerLanguage, await (await kb.catalog()).understanding);
      const turn = answerTurn({
        tools,
        understanding,
        models,
        messages,
        question,
        earlierQuestions: earlier,
        language: answerLanguage,
        abortSignal: AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(config.REQUEST_TIMEOUT_MS)]),
        repair: config.GROUNDING_REPAIR === 'on',
        maxOutputTokens: config.MODEL_MAX_OUTPUT_TOKENS,
      });
      try {
        return c.json(await turn, 200);
      } catch (error) {
        if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError')
          throw new AppError('timeout', `The answer took longer than ${config.REQUEST_TIMEOUT_MS} ms and was stopped.`);
        // The provider's error text stays in the log (handleError logs the cause of every 5xx).
        throw new AppError('model_unavailable', 'The model could not answer. Please try again later.', undefined, { cause: error });
      }
    },
  );
}
