/** Chooses the model from MODEL: the built-in local model, or an OpenAI-compatible one with local fallback. */
import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
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

/** Raised for a turn that skips the provider because it failed moments ago (the circuit breaker is open). */
class ProviderCoolingDown extends Error {
  override readonly name = 'ProviderCoolingDown';
}

/**
 * The configured model. With MODEL_FALLBACK=local, a failure makes the rest of the turn use the local
 * model, and opens a circuit breaker: for MODEL_CIRCUIT_BREAKER_MS later turns go straight to the local
 * model too, then the provider is tried again. The provider's own error text (which can name hosts,
 * accounts or key fragments) goes to the log only.
 */
export function createModelProvider(
  config: Pick<Config, 'MODEL' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'MODEL_TIMEOUT_MS' | 'MODEL_FALLBACK' | 'MODEL_CIRCUIT_BREAKER_MS'>,
  understanding: () => Promise<UnderstandingResources>,
  logger: Logger,
): ModelProvider {
  const local = new LocalModel(understanding);
  if (config.MODEL === 'local') return { id: 'local', isLocal: true, forTurn: () => local, local };
  const primary = createOpenAIModel({
    modelId: config.MODEL.slice('openai:'.length),
    apiKey: config.OPENAI_API_KEY!,
    baseURL: config.OPENAI_BASE_URL,
    timeoutMs: config.MODEL_TIMEOUT_MS,
  });
  let openUntil = 0;
  return {
    id: config.MODEL,
    isLocal: false,
    forTurn: (onFallback) => {
      if (config.MODEL_FALLBACK !== 'local') return primary;
      if (Date.now() < openUntil) {
        onFallback(new ProviderCoolingDown(`${config.MODEL} failed recently; retried after ${new Date(openUntil).toISOString()}`));
        return local;
      }
      return new FallbackModel(primary, local, (error) => {
        openUntil = Date.now() + config.MODEL_CIRCUIT_BREAKER_MS;
        logger.warn({
          event: 'model',
          step: 'fallback',
          model: config.MODEL,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          localUntil: new Date(openUntil).toISOString(),
        });
        onFallback(error);
      });
    },
    local,
  };
}
