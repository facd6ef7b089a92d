/**
 * One question-and-answer turn through the AI SDK tool loop, shared by /api/chat (streamed) and
 * /api/ask (JSON): numbered citations, the grounding check and, for LLMs, one repair round.
 */
import { generateText, type ModelMessage, stepCountIs, streamText } from 'ai';
import type { Language } from '../domain/language.ts';
import type { ModelProvider } from '../models/model-provider.ts';
import type { Tools } from '../tools/registry.ts';
import { type Citation, CitationRegistry, withCitations } from './citations.ts';
import { checkGrounding, type GroundingResult } from './grounding.ts';
import { systemPrompt } from './system-prompt.ts';

const MAX_STEPS = 6;

export interface TurnOptions {
  tools: Tools;
  models: ModelProvider;
  messages: ModelMessage[];
  question: string;
  language: Language;
  abortSignal?: AbortSignal;
  repair: boolean;
}

export interface TurnOutcome {
  answer: string;
  citations: Citation[];
  toolCalls: { name: string; input: unknown }[];
  grounding: GroundingResult & { repaired: boolean };
  model: string;
  language: Language;
  notice?: string;
}

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
  };
  return { registry, fallback, model, settings, options };
}

type Prepared = ReturnType<typeof prepare>;

/** Streams the turn (for /api/chat); call finishTurn after forwarding the stream. */
export function startTurn(options: TurnOptions) {
  const prepared = prepare(options);
  // Errors reach the caller through the result's promises (finishTurn) or the UI stream's onError.
  return { ...prepared, result: streamText({ ...prepared.settings, onError: () => {} }) };
}

export type Turn = ReturnType<typeof startTurn>;

/** Waits for a streamed turn to end and checks its numbers. */
export async function finishTurn(turn: Turn): Promise<TurnOutcome> {
  await turn.result.consumeStream();
  return conclude(turn, await turn.result.steps, await turn.result.text, (await turn.result.response).messages);
}

/** The same turn without streaming (for /api/ask, scripts and evals): one result at the end. */
export async function answerTurn(options: TurnOptions): Promise<TurnOutcome> {
  const prepared = prepare(options);
  const result = await generateText(prepared.settings);
  return conclude(prepared, result.steps, result.text, result.response.messages);
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
    ...(fallback.error !== undefined ? { notice: fallbackNotice(options.models.id, fallback.error, options.language) } : {}),
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
  });
  return text.trim() || answer;
}

function fallbackNotice(modelId: string, error: unknown, language: Language): string {
  const reason = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
  return language === 'zh-TW'
    ? `模型 ${modelId} 無法使用（${reason}），此回答改由內建的本機模型產生。`
    : `The model ${modelId} was unavailable (${reason}), so the built-in local model answered instead.`;
}
