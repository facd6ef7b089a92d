/** Chooses the model from MODEL: the built-in local model, or an OpenAI-compatible one with local fallback. */
import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { Config } from '../config.ts';
import type { UnderstandingResources } from '../understanding/understand.ts';
import { FallbackModel } from './fallback-model.ts';
import { LocalModel } from './local/local-model.ts';
import { createOpenAIModel } from './openai-model.ts';

export interface ModelProvider {
  /** The configured model, e.g. "local" or "openai:gpt-4o-mini". */
  readonly id: string;
  readonly isLocal: boolean;
  /** The model for one turn; onFallback is called if the primary fails and the local model answers. */
  forTurn(onFallback: (error: unknown) => void): LanguageModelV3;
  readonly local: LocalModel;
}

export function createModelProvider(
  config: Pick<Config, 'MODEL' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'MODEL_TIMEOUT_MS' | 'MODEL_FALLBACK'>,
  understanding: () => Promise<UnderstandingResources>,
): ModelProvider {
  const local = new LocalModel(understanding);
  if (config.MODEL === 'local') return { id: 'local', isLocal: true, forTurn: () => local, local };
  const primary = createOpenAIModel({
    modelId: config.MODEL.slice('openai:'.length),
    apiKey: config.OPENAI_API_KEY!,
    baseURL: config.OPENAI_BASE_URL,
    timeoutMs: config.MODEL_TIMEOUT_MS,
  });
  return {
    id: config.MODEL,
    isLocal: false,
    forTurn: (onFallback) => (config.MODEL_FALLBACK === 'local' ? new FallbackModel(primary, local, onFallback) : primary),
    local,
  };
}
