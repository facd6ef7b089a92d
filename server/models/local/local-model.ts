/**
 * The built-in, offline, deterministic model. It implements LanguageModelV3, so it runs through exactly
 * the same tool loop as an LLM: it reads the prompt (history and this turn's tool results), then answers
 * with tool calls or text. The turn hands it the question's understanding and the answer language as
 * typed provider options; a caller that does not (a test driving the model directly) gets them worked
 * out from the prompt. It never touches the database itself.
 */
import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
  LanguageModelV3Usage,
  SharedV3ProviderOptions,
} from '@ai-sdk/provider';
import { LANGUAGES, type Language } from '../../domain/language.ts';
import { languageOfText } from '../../retrieval/hybrid-search.ts';
import type { UnderstandingResources } from '../../understanding/understand.ts';
import { understandConversation } from '../../understanding/understand-conversation.ts';
import type { Understanding } from '../../understanding/understanding.ts';
import { fullWidthPunctuation } from './chinese-punctuation.ts';
import { compose } from './compose.ts';
import { type PlannedCall, plan } from './plan.ts';
import { readPrompt } from './prompt-reader.ts';

const LOCAL_MODEL_ID = 'local';

/** What the turn passes to the local model under providerOptions.local. */
type LocalModelOptions = {
  language: Language;
  understanding: Understanding;
};

/** The provider options that hand the local model its typed options (plain JSON, so no cast; other providers ignore them). */
export const localModelProviderOptions = (options: LocalModelOptions) => ({ local: options }) satisfies SharedV3ProviderOptions;

const usage = (input: number, output: number): LanguageModelV3Usage => ({
  inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: output, text: output, reasoning: undefined },
});

type Step = { kind: 'tools'; calls: (PlannedCall & { toolCallId: string })[] } | { kind: 'text'; text: string };

export class LocalModel implements LanguageModelV3 {
  readonly specificationVersion = 'v3' as const;
  readonly provider = 'genai-jobs-assistant';
  readonly modelId = LOCAL_MODEL_ID;
  readonly supportedUrls = {};

  /** resources: the current dataset's understanding resources (rebuilt when the catalog reloads). */
  constructor(private readonly resources: () => Promise<UnderstandingResources>) {}

  /** plan -> (tool calls | compose), from the understanding and this turn's results. */
  async decide(options: LanguageModelV3CallOptions): Promise<Step> {
    const conversation = readPrompt(options.prompt);
    const given = options.providerOptions?.local as Partial<LocalModelOptions> | undefined;
    const language = given?.language && LANGUAGES.includes(given.language) ? given.language : languageOfText(conversation.question);
    const understanding =
      given?.understanding ?? understandConversation(conversation.question, conversation.history, language, await this.resources());
    const available = new Set((options.tools ?? []).map((tool) => tool.name));
    if (conversation.outcomes.length === 0) {
      const calls = plan(understanding, conversation.question, language).filter((call) => available.has(call.toolName));
      if (calls.length > 0) return { kind: 'tools', calls: calls.map((call, index) => ({ ...call, toolCallId: `local_0_${index}` })) };
    }
    const text = compose(understanding, conversation.outcomes, conversation.question, language);
    return { kind: 'text', text: language === 'zh-TW' ? fullWidthPunctuation(text) : text };
  }

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const step = await this.decide(options);
    const content: LanguageModelV3Content[] =
      step.kind === 'tools'
        ? step.calls.map((call) => ({
            type: 'tool-call',
            toolCallId: call.toolCallId,
            toolName: call.toolName,
            input: JSON.stringify(call.input),
          }))
        : [{ type: 'text', text: step.text }];
    return {
      content,
      finishReason: step.kind === 'tools' ? { unified: 'tool-calls', raw: 'tool_calls' } : { unified: 'stop', raw: 'stop' },
      usage: usage(0, 0),
      warnings: [],
    };
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const step = await this.decide(options);
    const parts: LanguageModelV3StreamPart[] = [
      { type: 'stream-start', warnings: [] },
      { type: 'response-metadata', modelId: this.modelId },
    ];
    if (step.kind === 'tools') {
      for (const call of step.calls) {
        const input = JSON.stringify(call.input);
        parts.push(
          { type: 'tool-input-start', id: call.toolCallId, toolName: call.toolName },
          { type: 'tool-input-delta', id: call.toolCallId, delta: input },
          { type: 'tool-input-end', id: call.toolCallId },
          { type: 'tool-call', toolCallId: call.toolCallId, toolName: call.toolName, input },
        );
      }
      parts.push({ type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage: usage(0, 0) });
    } else {
      // The whole answer in one delta: it is composed at once, so splitting it would only make every piece
      // pass the SDK's stream stages on its own (and the client would get it in one go anyway).
      parts.push(
        { type: 'text-start', id: 'answer' },
        { type: 'text-delta', id: 'answer', delta: step.text },
        { type: 'text-end', id: 'answer' },
        { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage: usage(0, 0) },
      );
    }
    return {
      stream: new ReadableStream<LanguageModelV3StreamPart>({
        start(controller) {
          for (const part of parts) controller.enqueue(part);
          controller.close();
        },
      }),
    };
  }
}
