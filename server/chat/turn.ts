/**
 * One question-and-answer turn through the AI SDK tool loop, shared by /api/chat (streamed) and
 * /api/ask (JSON): numbered citations, the grounding check and, for LLMs, one repair round.
 */
import {
  type Experimental_DownloadFunction as DownloadFunction,
  generateId,
  generateText,
  type ModelMessage,
  stepCountIs,
  streamText,
} from 'ai';
import type { Language } from '../domain/language.ts';
import { localModelProviderOptions } from '../models/local/local-model.ts';
import type { ModelProvider } from '../models/model-provider.ts';
import type { Tools } from '../tools/registry.ts';
import { describeUnderstanding } from '../understanding/describe-understanding.ts';
import type { Understanding } from '../understanding/understanding.ts';
import type { ChatChunk, ChatMessage } from './chat-message.ts';
import { type Citation, CitationRegistry, withCitations } from './citations.ts';
import { clarifyChoices, followUpQuestions } from './follow-ups.ts';
import { checkGrounding, type GroundingResult } from './grounding.ts';
import { stepChunks } from './step-chunks.ts';
import { systemPrompt } from './system-prompt.ts';

const MAX_STEPS = 6;

export interface TurnOptions {
  tools: Tools;
  /** What the question was understood to ask (the local model answers from it; every answer reports it). */
  understanding: Understanding;
  models: ModelProvider;
  messages: ModelMessage[];
  question: string;
  /** The questions asked earlier in the conversation, which the follow-ups never repeat. */
  earlierQuestions?: readonly string[];
  language: Language;
  abortSignal?: AbortSignal;
  repair: boolean;
  /** Longest answer an LLM may write per call (MODEL_MAX_OUTPUT_TOKENS). */
  maxOutputTokens: number;
}

/**
 * The AI SDK downloads any file URL in a prompt that the model cannot take as a URL; a client could make
 * the server fetch thousands of URLs of its choosing. The app sends no files, so none is ever fetched.
 */
const refuseDownloads: DownloadFunction = async (files) => {
  if (files.length > 0) throw new Error(`Refused to download ${files.length} file(s): this server sends no files to the model.`);
  return [];
};

export interface TurnOutcome {
  answer: string;
  citations: Citation[];
  toolCalls: { name: string; input: unknown }[];
  grounding: GroundingResult & { repaired: boolean };
  model: string;
  language: Language;
  understood: Understood;
  /** Questions to offer as one-click follow-ups. */
  followUps: string[];
  notice?: string;
}

/**
 * The understanding as reported with the answer: its one-line summary in the answer language, and for a
 * name read several ways, the question that picks each reading.
 */
export type Understood = Omit<Understanding, 'clarify'> & { clarify: ReturnType<typeof clarifyChoices>; summary: string };

export const reportUnderstanding = (understanding: Understanding, language: Language, question: string): Understood => ({
  ...understanding,
  clarify: clarifyChoices(understanding, question, language),
  summary: describeUnderstanding(understanding, language),
});

function prepare(options: TurnOptions) {
  const registry = new CitationRegistry();
  const fallback: { error?: unknown } = {};
  const model = options.models.forTurn((error) => {
    fallback.error = error;
  });
  const settings = {
    model,
    system: systemPrompt(options.language),
    messages: options.messages,
    tools: withCitations(options.tools, registry),
    stopWhen: stepCountIs(MAX_STEPS),
    abortSignal: options.abortSignal,
    maxRetries: 1,
    // Typed options for the local model (ignored by other providers): no prose to parse back.
    providerOptions: localModelProviderOptions({ language: options.language, understanding: options.understanding }),
    maxOutputTokens: options.maxOutputTokens,
    experimental_download: refuseDownloads,
    // Instructions come from the server's system prompt only, never from a message.
    allowSystemInMessages: false,
  };
  return { registry, fallback, model, settings, options };
}

type Prepared = ReturnType<typeof prepare>;

/** The turn at once (generateText), with the steps it took. */
async function runAtOnce(options: TurnOptions) {
  const prepared = prepare(options);
  const result = await generateText(prepared.settings);
  return { steps: result.steps, outcome: await conclude(prepared, result.steps, result.text, result.response.messages) };
}

/** The turn without streaming (for /api/ask, scripts and evals): one result at the end. */
export async function answerTurn(options: TurnOptions): Promise<TurnOutcome> {
  return (await runAtOnce(options)).outcome;
}

/**
 * A turn for /api/chat: its UI message chunks from the message start to the end of its last step, in batches of
 * those that are ready together, then its outcome.
 */
export interface ChatTurn {
  chunks: AsyncIterable<readonly ChatChunk[]>;
  /** Read once the chunks are done. */
  outcome: () => Promise<TurnOutcome>;
}

/** What the user sees of a failed tool call; the error itself (which may carry internals) stays on the server. */
const toolErrorText = () => 'An error occurred.';

/**
 * The turn for /api/chat. An LLM's turn streams (streamText), so its answer shows as it is written. The
 * local model writes its whole answer at once, in a few milliseconds, so streaming would show nothing
 * sooner, and streamText costs about three times what generateText does (each part passes some twenty
 * web-stream stages, and every step builds new ones): its turn runs as /api/ask's does and its steps are
 * sent as the same chunks once it is done.
 */
export function chatTurn(options: TurnOptions): ChatTurn {
  if (options.models.isLocal) {
    const done = runAtOnce(options);
    // A client that leaves before the chunks are read must not leave the failure unhandled.
    done.catch(() => {});
    return {
      chunks: (async function* () {
        yield stepChunks((await done).steps, generateId(), toolErrorText);
      })(),
      outcome: async () => (await done).outcome,
    };
  }
  const prepared = prepare(options);
  // Errors reach the caller through the result's promises (outcome) or the UI stream's error chunk.
  const result = streamText({ ...prepared.settings, onError: () => {} });
  const stream = result.toUIMessageStream<ChatMessage>({
    sendFinish: false,
    sendReasoning: false,
    generateMessageId: generateId,
    onError: toolErrorText,
  });
  return {
    chunks: (async function* () {
      for await (const chunk of stream) yield [chunk];
    })(),
    // Awaited after the UI stream was read to its end (reading the stream a second time, to wait for it,
    // would pass every chunk through the SDK's pipeline again).
    outcome: async () => conclude(prepared, await result.steps, await result.text, (await result.response).messages),
  };
}

/** What the check needs of each step: the calls made and their outputs. */
type Steps = readonly { toolCalls: readonly { toolName: string; input: unknown }[]; toolResults: readonly { output: unknown }[] }[];

async function conclude(turn: Prepared, steps: Steps, text: string, responseMessages: ModelMessage[]): Promise<TurnOutcome> {
  const { registry, fallback, options } = turn;
  const toolCalls = steps.flatMap((step) => step.toolCalls.map((call) => ({ name: call.toolName, input: call.input })));
  const outputs = steps.flatMap((step) => step.toolResults.map((toolResult) => toolResult.output));
  let answer = text.trim();
  let grounding = { ...checkGrounding(answer, outputs, options.question), repaired: false };

  const answeredLocally = options.models.isLocal || fallback.error !== undefined;
  if (!answeredLocally && options.repair && grounding.unverified.length > 0) {
    const repaired = await repairAnswer(turn, answer, grounding.unverified, responseMessages);
    const recheck = checkGrounding(repaired, outputs, options.question);
    if (recheck.unverified.length < grounding.unverified.length) {
      answer = repaired;
      grounding = { ...recheck, repaired: true };
    }
  }
  return {
    answer,
    citations: registry.citedIn(answer),
    toolCalls,
    grounding,
    model: fallback.error !== undefined ? 'local' : options.models.id,
    language: options.language,
    understood: reportUnderstanding(options.understanding, options.language, options.question),
    followUps: followUpQuestions(
      toolCalls.map((call) => call.name),
      options.language,
      [options.question, ...(options.earlierQuestions ?? [])],
    ),
    ...(fallback.error !== undefined ? { notice: fallbackNotice(options.models.id, options.language) } : {}),
  };
}

/** One more model call: the same conversation and tool results, asked to fix the numbers it could not back. */
async function repairAnswer(turn: Prepared, answer: string, unverified: string[], responseMessages: ModelMessage[]): Promise<string> {
  const { text } = await generateText({
    model: turn.model,
    system: turn.settings.system,
    messages: [
      ...turn.options.messages,
      ...responseMessages,
      {
        role: 'user',
        content:
          `Your answer contains numbers that do not appear in the tool results of this turn: ${unverified.join(', ')}. Rewrite the ` +
          `whole answer using only numbers from the tool results (rounded at most), each with its [n] citation; remove any figure you ` +
          `cannot back. Reply with the corrected answer only.`,
      },
    ],
    abortSignal: turn.options.abortSignal,
    maxRetries: 0,
    maxOutputTokens: turn.options.maxOutputTokens,
    experimental_download: refuseDownloads,
  });
  return text.trim() || answer;
}

/** What the user is told; the provider's error text (hosts, account ids, key fragments) stays in the log. */
function fallbackNotice(modelId: string, language: Language): string {
  return language === 'zh-TW'
    ? `模型 ${modelId} 目前無法使用，此回答改由內建的本機模型產生。`
    : `The model ${modelId} was unavailable, so the built-in local model answered instead.`;
}
