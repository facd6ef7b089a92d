import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { convertToModelMessages, createUIMessageStream, createUIMessageStreamResponse, validateUIMessages } from 'ai';
import type { AppEnv } from '../app-env.ts';
import type { ChatMessage } from '../chat/chat-message.ts';
import { finishTurn, startTurn } from '../chat/turn.ts';
import { saveConversation } from '../data/conversations.ts';
import { LANGUAGES } from '../domain/language.ts';
import { AppError } from '../errors.ts';
import { languageOfText } from '../retrieval/hybrid-search.ts';
import { CLIENT_ID_HEADER, clientIdSchema } from './conversation-routes.ts';
import { errorSchema } from './schemas.ts';

const chatRequest = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be 1-100 letters, digits, dashes or underscores')
      .optional()
      .openapi({ description: 'Conversation id; with an x-client-id header the conversation is saved under it' }),
    messages: z
      .array(
        z.object({ id: z.string().max(100), role: z.enum(['user', 'assistant', 'system']), parts: z.array(z.unknown()) }).passthrough(),
      )
      .min(1, 'must contain at least one message'),
    trigger: z.string().max(40).optional(),
    messageId: z.string().max(100).optional(),
    language: z.enum(LANGUAGES).optional(),
  })
  .passthrough()
  .openapi('ChatRequest', {
    description: 'What useChat (AI SDK UI) sends: the conversation as UI messages',
    example: {
      id: 'example-chat',
      trigger: 'submit-message',
      language: 'en',
      messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'How exposed is Brazil?' }] }],
    },
  });

/** How many of the latest messages the model sees: enough for follow-ups, bounded in cost. */
const MODEL_CONTEXT_MESSAGES = 12;

const lastUserText = (messages: ChatMessage[]) =>
  [...messages]
    .reverse()
    .find((message) => message.role === 'user')
    ?.parts.map((part) => (part.type === 'text' ? part.text : ''))
    .join(' ')
    .trim() ?? '';

export function chatRoutes(limits: { maxQuestion: number; maxHistory: number }) {
  return new OpenAPIHono<AppEnv>().openapi(
    createRoute({
      method: 'post',
      path: '/api/chat',
      summary:
        'Chat: the AI SDK UI message stream (server-sent events) with tool parts, source-document parts, data-citations and a final ' +
        'data-grounding part',
      request: { body: { required: true, content: { 'application/json': { schema: chatRequest } } } },
      responses: {
        200: { description: 'UI message stream (text/event-stream)', content: { 'text/event-stream': { schema: z.string() } } },
        400: { description: 'Invalid request', content: { 'application/json': { schema: errorSchema } } },
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const { tools, models, config, logger, kb } = c.var.deps;
      if (body.messages.length > limits.maxHistory + 1)
        throw new AppError('bad_request', `Invalid parameter "messages": must have at most ${limits.maxHistory + 1} messages`);
      let messages: ChatMessage[];
      try {
        messages = await validateUIMessages<ChatMessage>({ messages: body.messages });
      } catch (error) {
        throw new AppError('bad_request', `Invalid parameter "messages": ${(error as Error).message.split('\n')[0]}`);
      }
      const question = lastUserText(messages);
      if (!question) throw new AppError('bad_request', 'Invalid parameter "messages": the last user message has no text');
      if (question.length > limits.maxQuestion)
        throw new AppError('bad_request', `Invalid parameter "messages": the question must be at most ${limits.maxQuestion} characters`);

      const language = body.language ?? languageOfText(question);
      const turn = startTurn({
        tools,
        models,
        // The model sees the recent turns; the whole conversation is still saved.
        messages: await convertToModelMessages(messages.slice(-MODEL_CONTEXT_MESSAGES), { ignoreIncompleteToolCalls: true }),
        question,
        language,
        abortSignal: AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(config.REQUEST_TIMEOUT_MS)]),
        repair: config.GROUNDING_REPAIR === 'on',
      });
      const owner = clientIdSchema.safeParse(c.req.header(CLIENT_ID_HEADER));
      const stream = createUIMessageStream<ChatMessage>({
        originalMessages: messages,
        // Saved when the answer is complete, under the browser's anonymous id (the only request-time write).
        onFinish: async ({ messages: conversation }) => {
          if (!body.id || !owner.success) return;
          await saveConversation(kb.db, { id: body.id, owner: owner.data, language, messages: conversation }).catch((error: Error) =>
            logger.error({ event: 'conversation', step: 'save', error: error.message }),
          );
        },
        execute: async ({ writer }) => {
          // Forwarded chunk by chunk, so the citations and grounding are guaranteed to come after the answer.
          for await (const chunk of turn.result.toUIMessageStream<ChatMessage>({ sendFinish: false, sendReasoning: false }))
            writer.write(chunk);
          const outcome = await finishTurn(turn);
          if (outcome.notice) writer.write({ type: 'data-notice', data: { message: outcome.notice } });
          for (const citation of outcome.citations) {
            writer.write({
              type: 'source-document',
              sourceId: citation.id,
              mediaType: 'application/json',
              title: citation.title,
              filename: citation.locator,
              providerMetadata: {
                citation: {
                  n: citation.n,
                  kind: citation.kind,
                  locator: citation.locator,
                  url: citation.url ?? null,
                  sourceClass: citation.sourceClass ?? null,
                },
              },
            });
          }
          writer.write({ type: 'data-citations', data: outcome.citations });
          writer.write({
            type: 'data-grounding',
            data: {
              ...outcome.grounding,
              ...(outcome.grounding.repaired ? { repairedAnswer: outcome.answer } : {}),
              model: outcome.model,
              language,
            },
          });
          writer.write({ type: 'finish' });
        },
        onError: (error) => {
          logger.error({ event: 'chat', error: (error as Error).message });
          return language === 'zh-TW'
            ? '抱歉，產生回答時發生錯誤。請再試一次。'
            : 'Sorry, something went wrong while answering. Please try again.';
        },
      });
      return createUIMessageStreamResponse({ stream });
    },
  );
}
