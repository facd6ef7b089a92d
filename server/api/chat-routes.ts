import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { assembleMessage } from '../chat/assemble-message.ts';
import type { ChatChunk, ChatMessage } from '../chat/chat-message.ts';
import { newQuestion, textHistory } from '../chat/client-messages.ts';
import { chatTurn, reportUnderstanding } from '../chat/turn.ts';
import { uiMessageSseResponse } from '../chat/ui-message-sse.ts';
import type { ConversationStore } from '../data/conversations.ts';
import { LANGUAGES, type Language } from '../domain/language.ts';
import { AppError } from '../errors.ts';
import { clientAddress } from '../http/client-address.ts';
import type { Logger } from '../logger.ts';
import { languageOfText } from '../retrieval/hybrid-search.ts';
import { understandConversation } from '../understanding/understand-conversation.ts';
import { CLIENT_ID_HEADER, clientIdSchema } from './conversation-routes.ts';
import { errorSchema } from './schemas.ts';

const chatRequest = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be 1-100 letters, digits, dashes or underscores')
      .optional()
      .openapi({ description: 'Conversation id; with an x-client-id header the server keeps the conversation under it' }),
    messages: z
      .array(z.object({ id: z.string().max(100), role: z.enum(['user', 'assistant']), parts: z.array(z.unknown()) }).passthrough())
      .min(1, 'must contain at least one message')
      .openapi({
        description:
          'The new question last (text parts only). Earlier messages are read as plain text, and only ' +
          'for a conversation the server has not saved: a saved one continues from what the server stored.',
      }),
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

const saveFailedNotice = (language: Language, reason: 'taken' | 'error') =>
  language === 'zh-TW'
    ? reason === 'taken'
      ? '此對話編號已屬於其他瀏覽器，這次的問答沒有儲存。請開始新的對話。'
      : '這次的問答無法儲存（伺服器的儲存空間發生問題），重新整理後將不會出現。'
    : reason === 'taken'
      ? 'This conversation id belongs to another browser, so this answer was not saved. Please start a new conversation.'
      : 'This answer could not be saved (a storage problem on the server), so it will be gone when you reload.';

/**
 * Saves the turn: the question and the answer as the client assembles it from these chunks. A failure is
 * logged, and the returned notice tells the user.
 */
async function saveTurn(
  store: ConversationStore,
  logger: Logger,
  turn: { id: string; owner: string; address: string; language: Language; question: ChatMessage; answer: readonly ChatChunk[] },
): Promise<string | null> {
  try {
    const result = await store.append({
      id: turn.id,
      owner: turn.owner,
      address: turn.address,
      language: turn.language,
      messages: [turn.question, assembleMessage(turn.answer)],
    });
    if (result.saved) return null;
    logger.warn({ event: 'conversation', step: 'save', id: turn.id, refused: result.reason });
    return saveFailedNotice(turn.language, result.reason);
  } catch (error) {
    logger.error({ event: 'conversation', step: 'save', id: turn.id, error: (error as Error).message });
    return saveFailedNotice(turn.language, 'error');
  }
}

export function chatRoutes(limits: { maxQuestion: number; maxHistory: number }) {
  return new OpenAPIHono<AppEnv>().openapi(
    createRoute({
      method: 'post',
      path: '/api/chat',
      summary:
        'Chat: the AI SDK UI message stream (server-sent events): data-understood right after the start, tool parts, source-document ' +
        'parts, data-citations, data-follow-ups and a final data-grounding part',
      request: { body: { required: true, content: { 'application/json': { schema: chatRequest } } } },
      responses: {
        200: { description: 'UI message stream (text/event-stream)', content: { 'text/event-stream': { schema: z.string() } } },
        400: { description: 'Invalid request', content: { 'application/json': { schema: errorSchema } } },
        409: { description: 'The conversation id belongs to another browser', content: { 'application/json': { schema: errorSchema } } },
        413: { description: 'The saved conversation is full', content: { 'application/json': { schema: errorSchema } } },
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const { tools, models, config, logger, conversations, kb } = c.var.deps;
      if (body.messages.length > limits.maxHistory + 1)
        throw new AppError('bad_request', `Invalid parameter "messages": must have at most ${limits.maxHistory + 1} messages`);
      const { message: userMessage, question } = newQuestion(body.messages, limits.maxQuestion);
      const owner = clientIdSchema.safeParse(c.req.header(CLIENT_ID_HEADER));
      const saveAs = body.id && owner.success ? { id: body.id, owner: owner.data, address: clientAddress(c, config.TRUST_PROXY) } : null;

      // A saved conversation continues from what the server stored; the client's copy of it is not read.
      let history = textHistory(body.messages);
      if (saveAs) {
        const stored = await conversations.load(saveAs.id, MODEL_CONTEXT_MESSAGES);
        if (stored && stored.owner !== saveAs.owner)
          throw new AppError('conflict', 'This conversation id belongs to another browser. Start a new conversation to ask a question.');
        if (stored && stored.messageCount >= limits.maxHistory)
          throw new AppError(
            'bad_request',
            `This conversation has reached ${limits.maxHistory} messages. Please start a new conversation.`,
          );
        if (stored && stored.bytes >= conversations.limits.MAX_CONVERSATION_BYTES_PER_CLIENT)
          throw new AppError('payload_too_large', 'This conversation has reached its storage limit. Please start a new conversation.');
        if (stored) history = stored.recent;
      }

      const language = body.language ?? languageOfText(question);
      const earlier = history.filter((turn) => turn.role === 'user').map((turn) => turn.content);
      const understanding = understandConversation(question, earlier, language, await (await kb.catalog()).understanding);
      const turn = chatTurn({
        tools,
        understanding,
        models,
        messages: [...history, { role: 'user' as const, content: question }].slice(-MODEL_CONTEXT_MESSAGES),
        question,
        earlierQuestions: earlier,
        language,
        abortSignal: AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(config.REQUEST_TIMEOUT_MS)]),
        repair: config.GROUNDING_REPAIR === 'on',
        maxOutputTokens: config.MODEL_MAX_OUTPUT_TOKENS,
      });
      /** The answer's chunks: the model's stream as it comes, then sources, citations and the grounding result. */
      async function* answer(): AsyncGenerator<readonly ChatChunk[]> {
        // Every chunk the client gets is kept when saving, so the saved answer is exactly the one shown.
        const sent: ChatChunk[] = [];
        const send = (batch: ChatChunk[]) => {
          if (saveAs) sent.push(...batch);
          return batch;
        };
        for await (const batch of turn.chunks) {
          // What was understood comes right after the message starts, so the answer can open with it.
          yield send(
            batch.flatMap((chunk): ChatChunk[] =>
              chunk.type === 'start'
                ? [chunk, { type: 'data-understood', data: reportUnderstanding(understanding, language, question) }]
                : [chunk],
            ),
          );
        }
        const outcome = await turn.outcome();
        yield send([
          ...(outcome.notice ? [{ type: 'data-notice' as const, data: { message: outcome.notice } }] : []),
          ...outcome.citations.map(
            (citation): ChatChunk => ({
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
            }),
          ),
          { type: 'data-citations', data: outcome.citations },
          { type: 'data-follow-ups', data: outcome.followUps },
          {
            type: 'data-grounding',
            data: {
              ...outcome.grounding,
              ...(outcome.grounding.repaired ? { repairedAnswer: outcome.answer } : {}),
              model: outcome.model,
              language,
            },
          },
        ]);
        // Saved before the stream ends, so the user learns if it failed (the only request-time write).
        const failed = saveAs ? await saveTurn(conversations, logger, { ...saveAs, language, question: userMessage, answer: sent }) : null;
        const end: ChatChunk = { type: 'finish' };
        yield failed ? [{ type: 'data-notice', data: { message: failed, saved: false } }, end] : [end];
      }

      return uiMessageSseResponse(answer(), (error) => {
        logger.error({ event: 'chat', error: (error as Error).message });
        return {
          type: 'error',
          errorText:
            language === 'zh-TW'
              ? '抱歉，產生回答時發生錯誤。請再試一次。'
              : 'Sorry, something went wrong while answering. Please try again.',
        };
      });
    },
  );
}
