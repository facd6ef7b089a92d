import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModelV3 } from '@ai-sdk/provider';

/**
 * An OpenAI chat-completions model (also any OpenAI-compatible server: Ollama, vLLM, LM Studio) with a
 * hard timeout on every HTTP request, so a slow or hung provider cannot hold a request open.
 */
export function createOpenAIModel(options: { modelId: string; apiKey: string; baseURL?: string; timeoutMs: number }): LanguageModelV3 {
  const provider = createOpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    fetch: (input, init) => {
      const timeout = AbortSignal.timeout(options.timeoutMs);
      return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
    },
  });
  return provider.chat(options.modelId);
}
